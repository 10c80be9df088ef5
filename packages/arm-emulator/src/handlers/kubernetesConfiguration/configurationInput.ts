import { ArmError, propertyChangeNotAllowed } from '../../errors/armError';
import { deepClone } from '../../util/random';

/** The 400 a Kubernetes configuration request gets for a value it cannot take, naming the property. */
export const invalidValue = (message: string, target: string) =>
  new ArmError(400, 'InvalidParameter', message, target);

/** A 400 naming a property the request must have. */
export const requiredValue = (target: string) =>
  invalidValue(`The property '${target}' is required.`, target);

/** A Kubernetes object name (RFC 1123 subdomain), at most `max` characters. */
const OBJECT_NAME = /^[a-z0-9]([-.a-z0-9]*[a-z0-9])?$/;
/** A Kubernetes namespace or label (RFC 1123 label). */
const LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

export function checkObjectName(
  value: string,
  target: string,
  what: string,
  max = 253,
) {
  if (!OBJECT_NAME.test(value) || value.length > max)
    throw invalidValue(
      `The ${what} '${value}' is invalid: use at most ${max} lower case letters, digits, '-' and '.', starting and ending with a letter or digit.`,
      target,
    );
}

export function checkNamespace(value: string, target: string) {
  if (!LABEL.test(value) || value.length > 63)
    throw invalidValue(
      `The namespace '${value}' is invalid: use at most 63 lower case letters, digits and '-', starting and ending with a letter or digit.`,
      target,
    );
}

export function checkOneOf(
  value: string | undefined,
  allowed: readonly string[],
  target: string,
) {
  if (value === undefined) return;
  if (!allowed.includes(value))
    throw invalidValue(
      `The value '${value}' of '${target}' is invalid. Allowed values: ${allowed.join(
        ', ',
      )}.`,
      target,
    );
}

export function checkPositiveSeconds(value: unknown, target: string) {
  if (value === undefined || value === null) return;
  if (!Number.isInteger(value) || (value as number) < 1)
    throw invalidValue(
      `'${target}' must be a whole number of seconds, 1 or more; got ${JSON.stringify(
        value,
      )}.`,
      target,
    );
}

/**
 * Checks that protected settings are an object of strings. Their values are
 * secret, so unlike other type errors (which quote what they got) the
 * message never shows them.
 */
export function checkProtectedSettingsShape(settings: unknown, target: string) {
  if (settings === undefined || settings === null) return;
  const valid =
    typeof settings === 'object' &&
    !Array.isArray(settings) &&
    Object.values(settings).every(v => v === null || typeof v === 'string');
  if (!valid)
    throw invalidValue(
      `'${target}' must be an object whose values are strings (the values sent are not repeated: they are secret).`,
      target,
    );
}

/** ARM's 400 for a property that keeps its value once created. */
export function checkUnchanged(
  before: unknown,
  after: unknown,
  target: string,
) {
  if (JSON.stringify(before) !== JSON.stringify(after))
    throw propertyChangeNotAllowed(target);
}

/** The defined entries of an object: what a client sent, `null` and absent left out. */
export function definedEntries(
  from: Record<string, any> | undefined | null,
  keys: readonly string[],
): Record<string, any> {
  return Object.fromEntries(
    keys
      .filter(k => from?.[k] !== undefined && from?.[k] !== null)
      .map(k => [k, deepClone(from![k])]),
  );
}

/** JSON merge patch (RFC 7386): objects merge, `null` removes, anything else replaces. */
export function mergePatch(target: unknown, patch: unknown): unknown {
  if (!patch || typeof patch !== 'object' || Array.isArray(patch))
    return deepClone(patch);
  const result: Record<string, unknown> =
    target && typeof target === 'object' && !Array.isArray(target)
      ? deepClone(target as Record<string, unknown>)
      : {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete result[key];
    else result[key] = mergePatch(result[key], value);
  }
  return result;
}
