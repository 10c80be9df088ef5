import { isRestError, RestError } from '@azure/core-rest-pipeline';
import {
  ConflictError,
  CustomErrorBase,
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
  // The SDK puts the whole answer in the message of an answer it could not
  // read, and an answer may hold a kubeconfig.
  if (isRestError(error) && isUnreadableAnswer(error)) {
    return {
      code: error.code ?? 'UnreadableAnswer',
      message: `the answer (HTTP ${error.statusCode ?? '?'}) could not be read`,
    };
  }
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

function isUnreadableAnswer(error: RestError): boolean {
  return (
    error.code === RestError.PARSE_ERROR ||
    /occurred (in deserializing|while parsing) the response ?body/i.test(
      error.message,
    )
  );
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
 * A failure on the plugin's side of an Azure call: an answer it could not
 * read, or a fault in its own code. Azure is not to blame, so it is not
 * reported as Azure being unavailable; the backend's log has the cause.
 *
 * @public
 */
export class AzureAnswerUnreadableError extends CustomErrorBase {
  name = 'AzureAnswerUnreadableError' as const;
}

/**
 * Maps an error of an Azure call to the `@backstage/errors` type of its HTTP
 * status. The message says what happened in the plugin's terms; the cause
 * keeps ARM's code and message, and nothing else of the Azure error. Only
 * ARM's own unavailability (no connection, a timeout, throttling, a 5xx)
 * becomes a `ServiceUnavailableError`; anything that is not an answer of
 * Azure's becomes an {@link AzureAnswerUnreadableError}.
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
  if (isTransientAzureError(error)) {
    return new ServiceUnavailableError(
      `Azure Resource Manager is unavailable for subscription ${name}`,
      cause,
    );
  }
  if (!isAzureRefusal(error)) {
    // A fault in code keeps its stack for the log; an answer the SDK could
    // not read keeps only what describe() says of it.
    return new AzureAnswerUnreadableError(
      `The AKS plugin could not read Azure's answer for subscription ${name}; the backend's log has the cause`,
      error instanceof Error && !isRestError(error) ? error : cause,
    );
  }
  switch (error.statusCode) {
    case 401:
    case 403:
      return new NotAllowedError(
        `Azure refused the AKS plugin's credentials for subscription ${name}; check their role assignment on the subscription`,
        cause,
      );
    case 404:
      return new NotFoundError(`Not found in subscription ${name}`, cause);
    case 409:
    case 412:
      return new ConflictError(
        `Azure Resource Manager refused the change`,
        cause,
      );
    default:
      return new InputError(
        `Azure Resource Manager rejected the request`,
        cause,
      );
  }
}

/** ARM answered, and said no: a 4xx that is not throttling or a timeout. */
function isAzureRefusal(
  error: unknown,
): error is RestError & { statusCode: number } {
  return (
    isRestError(error) &&
    error.statusCode !== undefined &&
    error.statusCode >= 400 &&
    error.statusCode < 500 &&
    !isTransientAzureError(error)
  );
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
    if (status === undefined) return !isUnreadableAnswer(error);
    return status === 408 || status === 429 || status >= 500;
  }
  return error instanceof Error && error.name === 'AbortError';
}
