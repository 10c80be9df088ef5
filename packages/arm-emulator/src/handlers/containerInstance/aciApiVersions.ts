import { newestFirst } from '../arm/apiVersions';

/** The api-version whose spec the emulator holds, the model of every answer. */
export const ACI_SPEC_API_VERSION = '2023-05-01';

/** The api-versions ARM lists for container groups, each answered in the current model. */
export const ACI_API_VERSIONS = newestFirst([
  '2017-08-01-preview',
  '2017-10-01-preview',
  '2017-12-01-preview',
  '2018-02-01-preview',
  '2018-04-01',
  '2018-06-01',
  '2018-09-01',
  '2018-10-01',
  '2019-12-01',
  '2020-11-01',
  '2021-03-01',
  '2021-07-01',
  '2021-09-01',
  '2021-10-01',
  '2022-04-01-preview',
  '2022-09-01',
  '2022-10-01-preview',
  '2023-02-01-preview',
  ACI_SPEC_API_VERSION,
  '2024-05-01-preview',
  '2024-09-01-preview',
  '2024-10-01-preview',
]);
