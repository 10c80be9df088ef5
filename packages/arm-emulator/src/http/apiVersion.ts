import { ArmError } from '../errors/armError';

/** ARM's 400 for a request without an api-version, or with one the route does not serve. */
export function checkApiVersion(
  query: URLSearchParams,
  supported: readonly string[],
): void {
  const apiVersion = query.get('api-version');
  if (!apiVersion) {
    throw new ArmError(
      400,
      'MissingApiVersionParameter',
      'The api-version query parameter (?api-version=) is required for all requests.',
    );
  }
  if (!supported.includes(apiVersion)) {
    throw new ArmError(
      400,
      'InvalidApiVersionParameter',
      `The api-version '${apiVersion}' is invalid. The supported versions are '${supported.join(
        ',',
      )}'.`,
    );
  }
}
