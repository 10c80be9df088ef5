import { ConflictError } from '@backstage/errors';
import {
  AksSubscriptionConfig,
  toBackstageError,
} from '@aks-backstage/plugin-aks-node';

/**
 * The Azure tag that marks what a scaffolder task created, so that the task,
 * run again after a restart, recognises its own resource and waits for it.
 */
export const TASK_TAG = 'backstage-scaffolder-task';

export function withTaskTag(
  tags: Record<string, string> | undefined,
  taskId: string,
): Record<string, string> {
  return { ...tags, [TASK_TAG]: taskId };
}

export function isCreatedBy(
  tags: Record<string, string> | undefined,
  taskId: string,
): boolean {
  return tags?.[TASK_TAG] === taskId;
}

/** The HTTP status of an Azure SDK error. */
export function statusOf(error: unknown): number | undefined {
  return error instanceof Error && error.name === 'RestError'
    ? (error as { statusCode?: number }).statusCode
    : undefined;
}

/** One Azure call; a failure becomes the `@backstage/errors` type of its status. */
export async function azure<T>(
  subscription: AksSubscriptionConfig,
  call: () => Promise<T>,
): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw toBackstageError(error, subscription);
  }
}

/** Reads a resource; undefined when Azure answers 404. */
export async function readIfExists<T>(
  subscription: AksSubscriptionConfig,
  read: () => Promise<T>,
): Promise<T | undefined> {
  try {
    return await read();
  } catch (error) {
    if (statusOf(error) === 404) return undefined;
    throw toBackstageError(error, subscription);
  }
}

/** The resource's page in the Azure portal. */
export function portalUrl(resourceId: string): string {
  return `https://portal.azure.com/#resource${resourceId}/overview`;
}

function normalize(value: unknown): unknown {
  if (typeof value === 'string') return value.toLowerCase();
  if (Array.isArray(value)) return value.map(normalize).map(String).sort();
  return value ?? null;
}

function show(value: unknown): string {
  return value === undefined ? 'nothing' : JSON.stringify(value);
}

/**
 * What an existing resource has that the input does not want, field by field
 * (`found` is the resource described in the input's terms). Fields the input
 * leaves out are not compared; strings compare as Azure does, ignoring case.
 */
export function differences(
  wanted: Record<string, unknown>,
  found: Record<string, unknown>,
): string[] {
  return Object.entries(wanted)
    .filter(([, value]) => value !== undefined)
    .filter(
      ([field, value]) =>
        JSON.stringify(normalize(value)) !==
        JSON.stringify(normalize(found[field])),
    )
    .map(
      ([field, value]) =>
        `${field}: wanted ${show(value)}, found ${show(found[field])}`,
    );
}

/** Adopts an existing resource that matches the input, or refuses with what differs. */
export function assertMatches(what: string, found: string[]): void {
  if (found.length > 0) {
    throw new ConflictError(
      `${what} exists and differs from the input: ${found.join(
        '; ',
      )}. Change the input to match it, or choose another name`,
    );
  }
}

/** Outputs every known value (checkpointed results keep null for unknown ones). */
export function outputAll(
  ctx: { output(name: any, value: any): void },
  outputs: Record<string, string | null | undefined>,
): void {
  for (const [name, value] of Object.entries(outputs)) {
    if (value) ctx.output(name, value);
  }
}
