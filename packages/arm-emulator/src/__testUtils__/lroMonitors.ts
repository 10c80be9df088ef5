import type { ArmEmulator } from '../types';
import { armFetch, type ArmFetchResponse } from './armFetch';
import {
  armHeaderProblems,
  monitorUrlProblems,
  operationStatusProblems,
  responseHeader,
} from './armContracts';
import { OPERATION_STATUS_SCHEMA } from './specSchemas';
import type { SpecValidator } from './specValidator';

const sleep = (ms: number) => new Promise(r => setTimeout(r, ms));
const POLL_MS = 10;
const GIVE_UP_MS = 5000;

/**
 * A poll answered "still running" says when to poll again: a positive
 * whole-second `Retry-After`, or a positive `retry-after-ms` (the
 * emulator's fast mode, where a second is longer than an operation).
 */
export function pacingProblems(
  response: ArmFetchResponse,
  where: string,
): string[] {
  const seconds = responseHeader(response, 'Retry-After');
  const ms = responseHeader(response, 'retry-after-ms');
  if (seconds !== undefined)
    return /^[1-9]\d*$/.test(seconds)
      ? []
      : [
          `${where} with Retry-After '${seconds}', not a positive number of seconds`,
        ];
  if (ms !== undefined)
    return /^[1-9]\d*$/.test(ms)
      ? []
      : [`${where} with retry-after-ms '${ms}', not a positive number`];
  return [`${where} without Retry-After or retry-after-ms`];
}

/** GETs a monitor URL until `done` (or time runs out) and returns every answer; checks come after, so polling keeps pace. */
export async function poll(
  emulator: ArmEmulator,
  url: string,
  done: (response: ArmFetchResponse) => boolean,
): Promise<ArmFetchResponse[]> {
  const answers: ArmFetchResponse[] = [];
  const until = Date.now() + GIVE_UP_MS;
  for (;;) {
    const response = await armFetch(emulator, 'GET', url);
    answers.push(response);
    if (done(response) || Date.now() > until) return answers;
    await sleep(POLL_MS);
  }
}

/** Waits until the operation a response started has ended (at once for a response without monitors). */
export async function waitForLro(
  emulator: ArmEmulator,
  response: ArmFetchResponse,
): Promise<void> {
  const asyncOperation = responseHeader(response, 'Azure-AsyncOperation');
  const location = responseHeader(response, 'Location');
  if (asyncOperation)
    await poll(emulator, asyncOperation, r => r.body?.status !== 'InProgress');
  else if (location) await poll(emulator, location, r => r.status !== 202);
}

/**
 * Every `Azure-AsyncOperation` answer: 200, a strict OperationStatusResult
 * (ARM's, or the one of the spec's own status operation when the provider
 * serves the monitor itself), Retry-After while in progress.
 */
export function statusMonitorProblems(
  validator: SpecValidator,
  answers: ArmFetchResponse[],
  monitor?: { file: string; operation: string },
): string[] {
  return answers.flatMap(response => {
    if (monitor)
      validator.validate(monitor.file, monitor.operation, 200, response.body);
    else validator.validateDefinition(OPERATION_STATUS_SCHEMA, response.body);
    const problems = [
      ...armHeaderProblems(response),
      ...operationStatusProblems(response.body, { endTime: !monitor }),
    ];
    if (response.status !== 200)
      problems.push(`status monitor answered ${response.status}`);
    if (response.body?.status === 'InProgress')
      problems.push(...pacingProblems(response, 'status monitor in progress'));
    return problems;
  });
}

/** Every 202 from a `Location` URL: ARM headers, an absolute Location to poll next, Retry-After. */
export function locationProblems(
  emulator: ArmEmulator,
  answers: ArmFetchResponse[],
): string[] {
  return answers
    .filter(response => response.status === 202)
    .flatMap(response => {
      const next = responseHeader(response, 'Location');
      const problems = [
        ...armHeaderProblems(response),
        ...monitorUrlProblems(emulator, 'Location', next),
      ];
      if (!next) problems.push('202 from Location without a Location');
      problems.push(...pacingProblems(response, '202 from Location'));
      return problems;
    });
}
