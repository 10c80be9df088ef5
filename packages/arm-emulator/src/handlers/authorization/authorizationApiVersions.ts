import { newestFirst } from '../arm/apiVersions';

/** The api-version whose specs (role assignments, role definitions) the emulator holds. */
export const AUTHORIZATION_SPEC_API_VERSION = '2022-04-01';

/** The api-versions ARM lists for role assignments, each answered in the current model. */
export const ROLE_ASSIGNMENT_API_VERSIONS = newestFirst([
  '2014-04-01-preview',
  '2015-06-01',
  '2015-07-01',
  '2017-10-01-preview',
  '2018-01-01-preview',
  '2018-07-01',
  '2018-09-01-preview',
  '2020-03-01-preview',
  '2020-04-01-preview',
  '2020-08-01-preview',
  '2020-10-01-preview',
  '2021-04-01-preview',
  '2022-01-01-preview',
  AUTHORIZATION_SPEC_API_VERSION,
]);

/** The api-versions ARM lists for role definitions. */
export const ROLE_DEFINITION_API_VERSIONS = newestFirst([
  '2014-04-01-preview',
  '2015-06-01',
  '2015-07-01',
  '2017-05-01',
  '2018-01-01-preview',
  '2018-07-01',
  AUTHORIZATION_SPEC_API_VERSION,
  '2022-05-01-preview',
]);
