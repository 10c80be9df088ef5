import { isRestError } from '@azure/core-rest-pipeline';
import {
  ConflictError,
  InputError,
  NotAllowedError,
  NotFoundError,
  ServiceUnavailableError,
} from '@backstage/errors';
import { AksSubscriptionConfig } from './config';

/**
 * What an Azure error says, and nothing else: no request, headers or token.
 */
function describe(error: unknown): { code: string; message: string } {
  if (isRestError(error)) {
    return {
      code: error.code ?? `HTTP${error.statusCode ?? ''}`,
      message: error.message,
    };
  }
  if (error instanceof Error) {
    return { code: error.name, message: error.message };
  }
  return { code: 'Unknown', message: String(error) };
}

function isCredentialError(error: unknown): boolean {
  return (
    error instanceof Error &&
    [
      'AuthenticationError',
      'AuthenticationRequiredError',
      'AggregateAuthenticationError',
      'CredentialUnavailableError',
    ].includes(error.name)
  );
}

/**
 * Maps an error of an Azure call to the `@backstage/errors` type of its HTTP
 * status. The message says what happened in the plugin's terms; the cause
 * keeps ARM's code and message, and nothing else of the Azure error.
 *
 * @public
 */
export function toBackstageError(
  error: unknown,
  subscription: Pick<AksSubscriptionConfig, 'subscriptionId' | 'displayName'>,
): Error {
  const { code, message } = describe(error);
  const cause = Object.assign(new Error(`${code}: ${message}`), {
    name: 'AzureError',
  });
  const name = subscription.displayName
    ? `${subscription.displayName} (${subscription.subscriptionId})`
    : subscription.subscriptionId;

  if (isCredentialError(error)) {
    return new ServiceUnavailableError(
      `Could not get an Azure token for subscription ${name}; check the AKS plugin's credentials`,
      cause,
    );
  }
  switch (isRestError(error) ? error.statusCode : undefined) {
    case 400:
      return new InputError(
        `Azure Resource Manager rejected the request`,
        cause,
      );
    case 401:
    case 403:
      return new NotAllowedError(
        `Azure refused the AKS plugin's credentials for subscription ${name}; check their role assignment on the subscription`,
        cause,
      );
    case 404:
      return new NotFoundError(`Not found in subscription ${name}`, cause);
    case 409:
      return new ConflictError(
        `Azure Resource Manager refused the change`,
        cause,
      );
    default:
      return new ServiceUnavailableError(
        `Azure Resource Manager is unavailable for subscription ${name}`,
        cause,
      );
  }
}

/**
 * Whether an Azure call failed in a way that may pass: throttling, a server
 * error, a timeout or a broken connection.
 *
 * @public
 */
export function isTransientAzureError(error: unknown): boolean {
  if (isRestError(error)) {
    const status = error.statusCode;
    return (
      status === undefined || status === 408 || status === 429 || status >= 500
    );
  }
  return error instanceof Error && error.name === 'AbortError';
}
