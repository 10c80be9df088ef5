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
    (error.name === 'CredentialUnavailableError' ||
      error.name === 'AuthenticationError' ||
      error.name === 'AggregateAuthenticationError')
  );
}

/**
 * Maps an error of an Azure call to the `@backstage/errors` type of its HTTP
 * status, keeping ARM's code and message.
 *
 * @public
 */
export function toBackstageError(
  error: unknown,
  subscription: Pick<AksSubscriptionConfig, 'subscriptionId' | 'displayName'>,
): Error {
  const { code, message } = describe(error);
  const armMessage = `${code}: ${message}`;
  const cause = Object.assign(new Error(armMessage), { name: 'AzureError' });
  const name = subscription.displayName
    ? `${subscription.displayName} (${subscription.subscriptionId})`
    : subscription.subscriptionId;

  if (isCredentialError(error)) {
    return new ServiceUnavailableError(
      `Could not get an Azure token for subscription ${name}; check the AKS plugin's credentials`,
      cause,
    );
  }
  const status = isRestError(error) ? error.statusCode : undefined;
  switch (status) {
    case 400:
      return new InputError(armMessage, cause);
    case 401:
    case 403:
      return new NotAllowedError(
        `Azure refused the AKS plugin's credentials for subscription ${name}: ${armMessage}. Check the credentials and their role assignment on the subscription`,
        cause,
      );
    case 404:
      return new NotFoundError(armMessage, cause);
    case 409:
      return new ConflictError(armMessage, cause);
    default:
      return new ServiceUnavailableError(
        `Azure Resource Manager is unavailable for subscription ${name}: ${armMessage}`,
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
