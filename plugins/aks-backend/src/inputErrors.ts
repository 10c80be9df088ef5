import { InputError } from '@backstage/errors';

const MAX_ECHO = 60;

function shorten(text: string): string {
  return text.length > MAX_ECHO ? `${text.slice(0, MAX_ECHO)}…` : text;
}

/**
 * A value as an error message quotes it: as JSON, so that control characters
 * such as NUL show, and cut short, so that a message never carries much of
 * what a caller sent.
 */
export function echo(value: unknown): string {
  if (typeof value === 'string') {
    return JSON.stringify(shorten(value));
  }
  return shorten(JSON.stringify(value) ?? String(value));
}

/** An InputError that names the field, quotes its value and says what is wrong. */
export function invalidInput(
  field: string,
  value: unknown,
  problem: string,
): InputError {
  return new InputError(`Invalid ${field} ${echo(value)}: ${problem}`);
}
