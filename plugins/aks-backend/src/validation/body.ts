import { CustomErrorBase, InputError } from '@backstage/errors';
import type { ErrorRequestHandler, Request } from 'express';
import { echo } from './inputErrors';

/** Far above any valid body (the largest is well under 100 bytes). */
export const MAX_BODY_KB = 16;
/** Far above any valid body, whose fields are all at the first level. */
export const MAX_BODY_DEPTH = 8;
/** Keys that would reach an object's prototype once parsed into one. */
const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export class PayloadTooLargeError extends CustomErrorBase {
  name = 'PayloadTooLargeError' as const;
  readonly status = 413;
}

export class UnsupportedMediaTypeError extends CustomErrorBase {
  name = 'UnsupportedMediaTypeError' as const;
  readonly status = 415;
}

/**
 * Refuses a body nested deeper than any valid one, from its text, before
 * anything recursive (the JSON parser included) walks it.
 */
export function refuseDeepBodies(_req: unknown, _res: unknown, raw: Buffer) {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < raw.length; i++) {
    const byte = raw[i];
    if (inString) {
      if (byte === 0x5c) i++; // a backslash escapes the next byte
      else if (byte === 0x22) inString = false;
    } else if (byte === 0x22) {
      inString = true;
    } else if (byte === 0x7b || byte === 0x5b) {
      if (++depth > MAX_BODY_DEPTH) {
        throw Object.assign(
          new Error(`it is nested deeper than ${MAX_BODY_DEPTH} levels`),
          { status: 400, type: 'entity.too.deep' },
        );
      }
    } else if (byte === 0x7d || byte === 0x5d) {
      depth--;
    }
  }
}

/** The first key anywhere in a parsed body that names a prototype, as a dotted path. */
export function prototypeKeyIn(body: unknown): string | undefined {
  const pending: Array<{ value: unknown; path: string[] }> = [
    { value: body, path: [] },
  ];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const { value, path } = next;
    if (!value || typeof value !== 'object') continue;
    for (const key of Object.keys(value)) {
      if (PROTOTYPE_KEYS.has(key)) return [...path, key].join('.');
      pending.push({
        value: (value as Record<string, unknown>)[key],
        path: [...path, key],
      });
    }
  }
  return undefined;
}

/** What body-parser refused, without echoing the body (it may hold anything). */
function bodyRefusal(
  error: Error & { status: number; type: string; charset?: string },
  req: Request,
): Error {
  if (error.status === 413) {
    return new PayloadTooLargeError(
      `The body is larger than ${MAX_BODY_KB} kB`,
    );
  }
  if (error.type === 'charset.unsupported') {
    return new UnsupportedMediaTypeError(
      `Content-Type charset ${echo(
        error.charset,
      )} is not supported: send UTF-8`,
    );
  }
  if (error.type === 'encoding.unsupported') {
    return new UnsupportedMediaTypeError(
      `Content-Encoding ${echo(
        req.headers['content-encoding'],
      )} is not supported`,
    );
  }
  if (error.type === 'entity.parse.failed') {
    return new InputError('Invalid body: it is not JSON');
  }
  return error.status < 500
    ? new InputError(`Invalid body: ${error.message}`)
    : error;
}

/** Words what body-parser refused for the caller, with the status that says why. */
export const explainRefusal: ErrorRequestHandler = (error, req, _res, next) => {
  next(
    typeof error?.type === 'string' && error.status
      ? bodyRefusal(error, req)
      : error,
  );
};
