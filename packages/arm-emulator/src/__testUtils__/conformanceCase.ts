import type { ArmEmulator } from '../types';
import { armFetch, type ArmFetchResponse } from './armFetch';
import {
  armErrorProblems,
  armHeaderProblems,
  lroHeaderProblems,
  monitorUrlProblems,
} from './armContracts';
import { SPEC_FILES, type SpecKey } from './specSchemas';
import type { SpecValidator } from './specValidator';

/** One request and the status the spec lets the emulator answer it with. */
export interface ConformanceCase {
  operation: string;
  status: number;
  /** What the case shows, e.g. 'a stopped cluster'; part of the test name. */
  what: string;
  path: string;
  body?: unknown;
  /** The path, built after setup (e.g. the monitor of an operation setup started). */
  makePath?: (emulator: ArmEmulator) => string;
  /** The body, built after setup (e.g. from a GET of what setup made). */
  makeBody?: (emulator: ArmEmulator) => unknown;
  headers?: Record<string, string>;
  /** Prepares what the case needs, just before the request. */
  setup?: (emulator: ArmEmulator) => unknown;
  /** The spec of the api-version the case sends, when it is not the catalog's. */
  spec?: SpecKey;
}

/** The operation as a conformance check needs it: its method, spec and whether it is long-running. */
export interface CheckedOperation {
  operation: string;
  method: string;
  spec?: SpecKey;
  lro?: boolean;
}

/** Headers the spec declares for a status of an operation. */
export function declaredHeaders(
  validator: SpecValidator,
  spec: SpecKey,
  operation: string,
  status: number,
): string[] {
  const { op } = validator.operation(SPEC_FILES[spec], operation);
  return Object.keys(op.responses[String(status)]?.headers ?? {});
}

/**
 * Every contract a single response must keep: ARM headers, the error
 * contract on errors, the LRO header contract on a long-running operation's
 * first response, an absolute nextLink, and the strict schema of the status.
 * Returns the problems; schema mismatches throw with ajv's findings.
 */
export function responseProblems(
  emulator: ArmEmulator,
  validator: SpecValidator,
  operation: CheckedOperation,
  response: ArmFetchResponse,
): string[] {
  const problems =
    response.status >= 400
      ? armErrorProblems(response, operation.method)
      : armHeaderProblems(response);
  const longRunning = operation.spec
    ? !!validator.operation(SPEC_FILES[operation.spec], operation.operation).op[
        'x-ms-long-running-operation'
      ]
    : operation.lro;
  if (longRunning && response.status < 300) {
    const declared = operation.spec
      ? declaredHeaders(
          validator,
          operation.spec,
          operation.operation,
          response.status,
        )
      : [];
    problems.push(...lroHeaderProblems(emulator, response, declared));
  }
  if (response.body?.nextLink !== undefined)
    problems.push(
      ...monitorUrlProblems(emulator, 'nextLink', response.body.nextLink),
    );
  if (operation.spec)
    validator.validate(
      SPEC_FILES[operation.spec],
      operation.operation,
      response.status,
      response.body,
    );
  return [...new Set(problems)];
}

/** What a case came to: the status (with the error, to read on failure) and every broken contract. */
export interface CaseOutcome {
  status: number;
  error?: unknown;
  problems: string[];
}

/**
 * Runs one case: setup, request, then every contract of
 * {@link responseProblems}. A test expects `{ status: c.status, problems: [] }`.
 */
export async function runConformanceCase(
  emulator: ArmEmulator,
  validator: SpecValidator,
  operation: CheckedOperation,
  c: ConformanceCase,
): Promise<CaseOutcome> {
  await c.setup?.(emulator);
  const path = c.makePath ? c.makePath(emulator) : c.path;
  const response = await armFetch(emulator, operation.method, path, {
    body: c.makeBody ? c.makeBody(emulator) : c.body,
    headers: c.headers,
  });
  const checked = c.spec ? { ...operation, spec: c.spec } : operation;
  return {
    status: response.status,
    error: response.body?.error,
    problems: responseProblems(emulator, validator, checked, response),
  };
}

/** Test-table rows: operation, status and what a case shows name the test (`'%s %i: %s'`). */
export const caseRows = <
  T extends { operation: string; status: number; what: string },
>(
  cases: T[],
) => cases.map(c => [c.operation, c.status, c.what, c] as const);

/** Shorthand for a case table: operation, status, what it shows, path (with api-version), and extras. */
export function conformanceCase(
  operation: string,
  status: number,
  what: string,
  path: string,
  extra: Partial<ConformanceCase> = {},
): ConformanceCase {
  return { operation, status, what, path, ...extra };
}
