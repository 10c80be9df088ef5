import { InputError } from '@backstage/errors';

const MAX_ECHO = 60;

/** A JWT, or a long run of letters and digits of both cases: a token, key or secret. */
const CREDENTIAL_SHAPED = [
  /eyJ[\w-]{4,}\.[\w-]{4,}/,
  /(?=[\w+/]*[a-z])(?=[\w+/]*[A-Z])(?=[\w+/]*\d)[\w+/]{24,}/,
];

function shorten(text: string): string {
  return text.length > MAX_ECHO ? `${text.slice(0, MAX_ECHO)}…` : text;
}

/** Whether a text a caller sent may be a credential, which no message repeats. */
export function looksLikeCredential(text: string): boolean {
  return CREDENTIAL_SHAPED.some(shape => shape.test(text));
}

/**
 * A value as an error message quotes it: as JSON, so that control characters
 * such as NUL show, and cut short, so that a message never carries much of
 * what a caller sent. A value shaped like a credential is not quoted at all,
 * nor is an object or array (which may also be nested too deep to print).
 */
export function echo(value: unknown): string {
  if (typeof value === 'string') {
    return looksLikeCredential(value)
      ? `(${value.length} characters, not shown)`
      : JSON.stringify(shorten(value));
  }
  if (Array.isArray(value)) return `(an array of ${value.length})`;
  if (value && typeof value === 'object') return '(an object)';
  return shorten(String(value));
}

/** A name a caller chose, such as a query key: as is, unless it might be a credential. */
export function echoName(name: string): string {
  return looksLikeCredential(name) ? echo(name) : shorten(name);
}

/** An InputError that names the field, quotes its value and says what is wrong. */
export function invalidInput(
  field: string,
  value: unknown,
  problem: string,
): InputError {
  return new InputError(`Invalid ${field} ${echo(value)}: ${problem}`);
}
