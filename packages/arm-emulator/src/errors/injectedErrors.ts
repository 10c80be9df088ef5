import { randomUUID } from 'node:crypto';
import type { InstalledFault } from '../faults/faultTypes';
import { ArmError } from './armError';

/** The error an `error` fault answers with, in the words ARM uses for its status. */
export function injectedError(
  fault: Extract<InstalledFault, { kind: 'error' }>,
  subscriptionId: string | undefined,
  correlationId: string,
): ArmError {
  const headers: Record<string, string> = {};
  if (fault.status === 429) {
    headers['Retry-After'] = String(fault.retryAfterSeconds ?? 1);
    return new ArmError(
      429,
      fault.code ?? 'TooManyRequests',
      fault.message ??
        'The request is being throttled as the limit has been reached for operation type - Read_ObservationWindow_00:05:00. For more information, refer to - https://aka.ms/srpthrottlinglimits',
      undefined,
      headers,
    );
  }
  if (fault.retryAfterSeconds !== undefined)
    headers['Retry-After'] = String(fault.retryAfterSeconds);
  if (fault.status === 503) {
    return new ArmError(
      503,
      fault.code ?? 'ServiceUnavailable',
      fault.message ??
        'The service is temporarily unavailable. Please try again later.',
      undefined,
      headers,
    );
  }
  return new ArmError(
    500,
    fault.code ?? 'InternalServerError',
    fault.message ??
      `Encountered internal server error. Diagnostic information: timestamp '${new Date().toISOString()}', subscription id '${
        subscriptionId ?? ''
      }', tracking id '${randomUUID()}', request correlation id '${correlationId}'.`,
    undefined,
    headers,
  );
}
