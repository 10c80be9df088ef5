import { InputError } from '@backstage/errors';
import type { Request } from 'express';
import { echo, echoName, invalidInput } from './inputErrors';
import { RequestSchema } from './requestSchemas';

const DECIMAL_INTEGER = /^-?(0|[1-9]\d{0,14})$/;

/**
 * Every key of the query as sent: the query parser drops or nests some
 * (`__proto__[x]`, `a[b]`), which would let them through unseen.
 */
export function checkQueryKeys(schema: RequestSchema, url: string) {
  const search = url.indexOf('?');
  if (search < 0) return;
  for (const key of new URLSearchParams(url.slice(search + 1)).keys()) {
    if (!schema.queryParameters.has(key)) {
      throw new InputError(
        `Invalid request: query parameter ${echoName(
          key,
        )} is not a parameter of this route`,
      );
    }
  }
}

/** Path parameters decoded, as Express decodes them for the route. */
export function pathParameters(
  schema: RequestSchema,
  segments: string[],
): Record<string, string> {
  const params: Record<string, string> = {};
  schema.segments.forEach((template, i) => {
    if (!('parameter' in template)) return;
    const name = template.parameter;
    try {
      params[name] = decodeURIComponent(segments[i]);
    } catch {
      throw new InputError(
        `Invalid request: path parameter ${name} ${echo(
          segments[i],
        )} is not percent-encoded UTF-8`,
      );
    }
  });
  return params;
}

/**
 * Query values arrive as strings: an integer parameter must be written in
 * decimal (ajv's coercion would read ' 1', '0x10', '1e2' and 'Infinity'),
 * and is then a number for ajv and for the route. No parameter may be empty.
 */
export function readQuery(schema: RequestSchema, query: Request['query']) {
  for (const name of schema.integerQueryParameters) {
    const value = query[name];
    if (typeof value === 'string') {
      if (!DECIMAL_INTEGER.test(value)) {
        throw invalidInput(
          `query parameter ${name}`,
          value,
          'must be a decimal integer',
        );
      }
      (query as Record<string, unknown>)[name] = Number(value);
    }
  }
  for (const [name, value] of Object.entries(query)) {
    if (value === '' && schema.queryParameters.has(name)) {
      throw new InputError(
        `Invalid request: query parameter ${name} must not be empty`,
      );
    }
  }
}
