import type { ArmEmulator } from '../types';
import type { ArmFetchResponse } from './armFetch';

/**
 * ARM's response contracts as lists of problems, so a test asserts
 * `toEqual([])` and a failure lists every broken rule at once.
 */

const header = (response: ArmFetchResponse, name: string) => {
  const value = response.headers[name.toLowerCase()];
  return Array.isArray(value) ? value.join(',') : value;
};

/** Headers every ARM response carries. */
export function armHeaderProblems(response: ArmFetchResponse): string[] {
  return ['x-ms-request-id', 'x-ms-correlation-request-id']
    .filter(name => !header(response, name)?.trim())
    .map(name => `header ${name} is missing`);
}

/** `{ error: { code, message } }`, both non-empty strings (HEAD responses have no body). */
export function armErrorProblems(
  response: ArmFetchResponse,
  method: string,
): string[] {
  const problems = armHeaderProblems(response);
  if (response.status < 400)
    problems.push(`status ${response.status} is not an error status`);
  if (method === 'HEAD') return problems;
  for (const field of ['code', 'message']) {
    const value = response.body?.error?.[field];
    if (typeof value !== 'string' || !value.trim())
      problems.push(`error.${field} is missing or empty`);
  }
  return problems;
}

/** An absolute https URL on the emulator that keeps the request's api-version. */
export function monitorUrlProblems(
  emulator: ArmEmulator,
  name: string,
  value: string | undefined,
): string[] {
  if (value === undefined) return [];
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return [`${name} '${value}' is not an absolute URL`];
  }
  const problems: string[] = [];
  if (url.origin !== new URL(emulator.url).origin)
    problems.push(`${name} '${value}' does not point at the service`);
  if (!url.searchParams.get('api-version'))
    problems.push(`${name} '${value}' has no api-version`);
  return problems;
}

/**
 * The headers of a long-running operation's first response: every header
 * the spec declares for the status, at least one monitor (`Azure-AsyncOperation`
 * or `Location`) on 201/202, absolute monitor URLs, and an integer `Retry-After`.
 */
export function lroHeaderProblems(
  emulator: ArmEmulator,
  response: ArmFetchResponse,
  declaredHeaders: string[],
): string[] {
  const problems = armHeaderProblems(response);
  for (const name of declaredHeaders) {
    if (!header(response, name)) problems.push(`header ${name} is missing`);
  }
  const asyncOperation = header(response, 'Azure-AsyncOperation');
  const location = header(response, 'Location');
  if ([201, 202].includes(response.status) && !asyncOperation && !location)
    problems.push('neither Azure-AsyncOperation nor Location is set');
  problems.push(
    ...monitorUrlProblems(emulator, 'Azure-AsyncOperation', asyncOperation),
    ...monitorUrlProblems(emulator, 'Location', location),
  );
  const retryAfter = header(response, 'Retry-After');
  if (retryAfter !== undefined && !/^\d+$/.test(retryAfter))
    problems.push(`Retry-After '${retryAfter}' is not a number of seconds`);
  return problems;
}

export const TERMINAL_STATUSES = ['Succeeded', 'Failed', 'Canceled'];

/**
 * An `Azure-AsyncOperation` status body: a known status, `error` exactly
 * when it did not succeed, and an `endTime` once it ended where the schema
 * has one.
 */
export function operationStatusProblems(
  body: any,
  schema: { endTime: boolean } = { endTime: true },
): string[] {
  const problems: string[] = [];
  if (!['InProgress', ...TERMINAL_STATUSES].includes(body?.status))
    problems.push(`status '${body?.status}' is not an ARM operation status`);
  if (['Failed', 'Canceled'].includes(body?.status)) {
    for (const field of ['code', 'message']) {
      const value = body.error?.[field];
      if (typeof value !== 'string' || !value.trim())
        problems.push(`${body.status} without error.${field}`);
    }
  }
  if (body?.status === 'Succeeded' && body.error)
    problems.push('Succeeded with an error');
  if (
    schema.endTime &&
    TERMINAL_STATUSES.includes(body?.status) &&
    !body.endTime
  )
    problems.push(`${body.status} without endTime`);
  return problems;
}

/** The header value, for tests that follow monitor URLs. */
export { header as responseHeader };
