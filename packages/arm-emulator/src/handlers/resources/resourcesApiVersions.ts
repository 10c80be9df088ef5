import { newestFirst } from '../arm/apiVersions';

/** The api-version whose spec (resources.json) the emulator holds. */
export const RESOURCES_SPEC_API_VERSION = '2021-04-01';

/** The api-versions ARM lists for Microsoft.Resources (resource groups, resources, providers). */
export const RESOURCES_API_VERSIONS = newestFirst([
  '2016-02-01',
  '2016-09-01',
  '2017-05-10',
  '2018-02-01',
  '2018-05-01',
  '2019-03-01',
  '2019-05-01',
  '2019-05-10',
  '2019-07-01',
  '2019-08-01',
  '2019-10-01',
  '2020-06-01',
  '2020-10-01',
  '2021-01-01',
  RESOURCES_SPEC_API_VERSION,
  '2022-09-01',
  '2023-07-01',
  '2024-03-01',
  '2024-07-01',
  '2024-11-01',
  '2025-04-01',
]);
