import { CustomErrorBase, InputError } from '@backstage/errors';
import { ErrorObject } from 'ajv';
import express, { ErrorRequestHandler, Request, RequestHandler } from 'express';
import { echo, echoName, invalidInput } from './inputErrors';
import { RequestSchema, requestSchemaOf } from './requestSchemas';

/** About three times the longest valid request (a fleet query with every filter). */
export const MAX_URL_LENGTH = 2048;
/** Far above any valid body (the largest is well under 100 bytes). */
export const MAX_BODY_KB = 16;
/** Far above any valid body, whose fields are all at the first level. */
export const MAX_BODY_DEPTH = 8;
/** Keys that would reach an object's prototype once parsed into one. */
const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

class PayloadTooLargeError extends CustomErrorBase {
  name = 'PayloadTooLargeError' as const;
  readonly status = 413;
}

class UnsupportedMediaTypeError extends CustomErrorBase {
  name = 'UnsupportedMediaTypeError' as const;
  readonly status = 415;
}

const DECIMAL_INTEGER = /^-?(0|[1-9]\d{0,14})$/;

/**
 * Answered here, not thrown: the framework's error handler puts the request's
 * whole URL in every error body.
 */
const refuseLongUrls: RequestHandler = (req, res, next) => {
  if (req.originalUrl.length <= MAX_URL_LENGTH) {
    next();
    return;
  }
  res.status(414).json({
    error: {
      name: 'URITooLongError',
      message: `The URL is longer than ${MAX_URL_LENGTH} characters`,
    },
    response: { statusCode: 414 },
  });
};

const sources: Record<string, string> = {
  params: 'path parameter',
  query: 'query parameter',
  body: 'body field',
};
const unescapePointer = (s: string) =>
  s.replace(/~1/g, '/').replace(/~0/g, '~');

/** One problem ajv found, with the field, its value and the rule. */
function describeProblem(
  error: ErrorObject,
  data: Record<string, unknown>,
): string {
  const path = error.instancePath.split('/').slice(1).map(unescapePointer);
  let rule = error.message ?? 'is invalid';
  if (error.keyword === 'required') {
    path.push(error.params.missingProperty);
    rule = 'is required';
  } else if (error.keyword === 'additionalProperties') {
    path.push(error.params.additionalProperty);
    rule =
      path[0] === 'query'
        ? 'is not a parameter of this route'
        : 'is not allowed';
  }
  const [source, ...keys] = path;
  if (keys.length === 0) {
    return `${source} ${rule}`;
  }
  const field = `${sources[source]} ${keys
    .map(k => (k === '' ? '""' : echoName(k)))
    .join('.')}`;
  // An unknown field's value says nothing, and may be anything.
  const value =
    error.keyword === 'additionalProperties'
      ? undefined
      : keys.reduce<unknown>(
          (v, key) =>
            v && typeof v === 'object'
              ? (v as Record<string, unknown>)[key]
              : v,
          data[source],
        );
  return value === undefined
    ? `${field} ${rule}`
    : `${field} ${echo(value)} ${rule}`;
}

/**
 * Refuses a body nested deeper than any valid one, from its text, before
 * anything recursive (the JSON parser included) walks it.
 */
function refuseDeepBodies(_req: unknown, _res: unknown, raw: Buffer) {
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
function prototypeKeyIn(body: unknown): string | undefined {
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

/**
 * Every key of the query as sent: the query parser drops or nests some
 * (`__proto__[x]`, `a[b]`), which would let them through unseen.
 */
function checkQueryKeys(schema: RequestSchema, url: string) {
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
function pathParameters(
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
function readQuery(schema: RequestSchema, query: Request['query']) {
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

/**
 * Checks a request against its operation in openapi.yaml, with the schema
 * compiled once at start (requestSchemas); what the spec does not describe
 * goes on to the router, which answers 404.
 */
const validateRequest: RequestHandler = (req, _res, next) => {
  const match = requestSchemaOf(req.method, req.path);
  if (!match) {
    next();
    return;
  }
  const { schema, segments } = match;
  const params = pathParameters(schema, segments);
  checkQueryKeys(schema, req.originalUrl);
  readQuery(schema, req.query);
  // req.is answers null for a request without a body.
  if (schema.hasBody && req.is('application/json') === false) {
    throw new UnsupportedMediaTypeError(
      `Content-Type must be application/json, not ${echo(
        req.headers['content-type'] ?? 'none',
      )}`,
    );
  }
  const prototypeKey = prototypeKeyIn(req.body);
  if (prototypeKey) {
    throw new InputError(
      `Invalid request: body field ${prototypeKey} is not allowed`,
    );
  }
  const data = { params, query: req.query, body: req.body };
  if (!schema.validate(data)) {
    const [error] = schema.validate.errors ?? [];
    throw new InputError(`Invalid request: ${describeProblem(error, data)}`);
  }
  next();
};

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
const explainRefusal: ErrorRequestHandler = (error, req, _res, next) => {
  next(
    typeof error?.type === 'string' && error.status
      ? bodyRefusal(error, req)
      : error,
  );
};

/**
 * Checks every request against openapi.yaml before a route sees it: URL
 * length, body size and type, then the spec itself. Each refusal names the
 * field, quotes its value (shortened) and keeps its status: 400, 413, 414 or
 * 415.
 */
export function requestValidation(): express.Router {
  return express
    .Router()
    .use(
      refuseLongUrls,
      express.json({ limit: `${MAX_BODY_KB}kb`, verify: refuseDeepBodies }),
      validateRequest,
      explainRefusal,
    );
}
