import type { ArmEmulator } from '../types';
import { catalogEntry, type CatalogEntry } from './operationCatalog';
import { armFetch, type ArmFetchResponse } from './armFetch';
import { armErrorProblems, responseHeader } from './armContracts';
import { responseProblems } from './conformanceCase';
import { locationProblems, poll, statusMonitorProblems } from './lroMonitors';
import { SPEC_FILES, type SpecKey } from './specSchemas';
import type { SpecValidator } from './specValidator';

/** A long-running operation the product starts, and the GET that shows its result. */
export interface LroCase {
  operation: string;
  /** The first response's status. */
  status: number;
  what: string;
  path: string;
  body?: unknown;
  setup?: (emulator: ArmEmulator) => unknown;
  /** The service finishes within the first response: no monitor, nothing left to fail. */
  atOnce?: boolean;
  /** The spec of the api-version the case sends, when it is not the catalog's. */
  spec?: SpecKey;
  /**
   * The GET after the end: its operation, path, the status once the LRO
   * succeeded, and the resource's provisioningState after success (default
   * Succeeded) and after failure (default Failed).
   */
  final: {
    operation: string;
    path: string;
    status: number;
    state?: string;
    /** A value or a matcher, e.g. for a state that depends on what carries on after the failure. */
    failedState?: unknown;
  };
}

/** The catalog entry, checked against the spec of the api-version a case sends when it is not the catalog's. */
const withSpec = (entry: CatalogEntry, spec?: SpecKey): CatalogEntry =>
  spec ? { ...entry, spec } : entry;

/** Validates what a Location URL returns once done, as the spec's final-state schema or the operation's body. */
function validateLocationResult(
  validator: SpecValidator,
  operation: string,
  result: ArmFetchResponse,
  spec = catalogEntry(operation).spec,
) {
  if (!spec) return;
  const file = SPEC_FILES[spec];
  const { op } = validator.operation(file, operation);
  if (result.status >= 400 || result.body === undefined) {
    validator.validate(file, operation, result.status, result.body);
    return;
  }
  const finalSchema =
    op['x-ms-long-running-operation-options']?.['final-state-schema'];
  if (finalSchema) {
    validator.validateDefinition(`${file}${finalSchema}`, result.body);
    return;
  }
  const withBody = [200, 201, 202].find(s => op.responses[s]?.schema);
  if (withBody === undefined)
    throw new Error(`${operation} has no result body in its spec`);
  validator.validate(file, operation, withBody, result.body);
}

/** What an LRO came to: the first status, the monitor's first and last status, the final GET, and every broken contract. */
export interface LroOutcome {
  status: number;
  error?: unknown;
  monitor: { first?: string; last?: string };
  final: { status: number; provisioningState?: unknown };
  problems: string[];
}

/** The outcome the contract asks of a case that ends `end`. */
export function expectedLroOutcome(
  c: LroCase,
  end: 'Succeeded' | 'Failed',
): Omit<LroOutcome, 'error'> {
  const gone = end === 'Succeeded' && c.final.status !== 200;
  return {
    status: c.status,
    monitor: c.atOnce ? {} : { first: 'InProgress', last: end },
    final: gone
      ? { status: c.final.status }
      : {
          status: 200,
          provisioningState:
            end === 'Succeeded'
              ? c.final.state ?? 'Succeeded'
              : c.final.failedState ?? 'Failed',
        },
    problems: [],
  };
}

/**
 * Runs a long-running operation through ARM's whole contract: the first
 * response (status, headers, body), the status monitor from InProgress to
 * the end (for `Failed`, the emulator is told to fail it), the Location
 * result, and the final GET. A test expects {@link expectedLroOutcome}.
 */
export async function runLro(
  emulator: ArmEmulator,
  validator: SpecValidator,
  c: LroCase,
  end: 'Succeeded' | 'Failed',
): Promise<LroOutcome> {
  await c.setup?.(emulator);
  if (end === 'Failed')
    emulator.admin.failNextLro({
      operation: c.operation,
      code: 'ConformanceFailure',
      message: 'The operation failed as the test asked.',
    });
  const entry = withSpec(catalogEntry(c.operation), c.spec);
  const first = await armFetch(emulator, entry.method, c.path, {
    body: c.body,
  });
  const asyncOperation = responseHeader(first, 'Azure-AsyncOperation');
  const location = responseHeader(first, 'Location');
  const monitorAnswers = asyncOperation
    ? await poll(emulator, asyncOperation, r => r.body?.status !== 'InProgress')
    : [];
  const locationAnswers = location
    ? await poll(emulator, location, r => r.status !== 202)
    : [];

  const problems = [
    ...responseProblems(emulator, validator, entry, first),
    ...statusMonitorProblems(
      validator,
      monitorAnswers,
      entry.monitor && entry.spec
        ? { file: SPEC_FILES[entry.spec], operation: entry.monitor }
        : undefined,
    ),
    ...locationProblems(emulator, locationAnswers),
  ];
  let statuses: string[] = monitorAnswers.map(r => r.body?.status);
  const result = locationAnswers[locationAnswers.length - 1];
  if (result) {
    validateLocationResult(validator, c.operation, result, entry.spec);
    const locationEnd = result.status < 300 ? 'Succeeded' : 'Failed';
    if (locationEnd === 'Failed')
      problems.push(...armErrorProblems(result, 'GET'));
    if (!asyncOperation)
      statuses = locationAnswers.map(r =>
        r.status === 202 ? 'InProgress' : locationEnd,
      );
    else if (locationEnd !== end)
      problems.push(`Location answered ${result.status} after ${end}`);
  }

  const final = await armFetch(emulator, 'GET', c.final.path);
  problems.push(
    ...responseProblems(
      emulator,
      validator,
      withSpec(catalogEntry(c.final.operation), c.spec),
      final,
    ),
  );
  return {
    status: first.status,
    error: first.body?.error,
    monitor: statuses.length
      ? { first: statuses[0], last: statuses[statuses.length - 1] }
      : {},
    final: {
      status: final.status,
      provisioningState: final.body?.properties?.provisioningState,
    },
    problems,
  };
}
