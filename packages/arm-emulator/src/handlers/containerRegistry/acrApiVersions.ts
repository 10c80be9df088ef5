import { newestFirst } from '../arm/apiVersions';

/** The api-version whose spec the emulator holds, the model of every answer. */
export const ACR_SPEC_API_VERSION = '2025-11-01';

/** The api-versions ARM lists for registries, each answered in the current model. */
export const ACR_API_VERSIONS = newestFirst([
  '2016-06-27-preview',
  '2017-03-01',
  '2017-06-01-preview',
  '2017-10-01',
  '2018-02-01-preview',
  '2019-05-01',
  '2019-05-01-preview',
  '2019-12-01-preview',
  '2020-11-01-preview',
  '2021-06-01-preview',
  '2021-08-01-preview',
  '2021-09-01',
  '2021-12-01-preview',
  '2022-02-01-preview',
  '2022-12-01',
  '2023-01-01-preview',
  '2023-06-01-preview',
  '2023-07-01',
  '2023-08-01-preview',
  '2023-11-01-preview',
  '2024-11-01-preview',
  '2025-04-01',
  ACR_SPEC_API_VERSION,
]);
