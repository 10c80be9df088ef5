/** Api-versions of Microsoft.Resources that current SDKs and tools use. */
export const RESOURCES_API_VERSIONS = [
  '2019-10-01',
  '2020-06-01',
  '2021-04-01',
  '2022-09-01',
  '2023-07-01',
  '2024-03-01',
  '2024-07-01',
  '2024-11-01',
  '2025-04-01',
];
