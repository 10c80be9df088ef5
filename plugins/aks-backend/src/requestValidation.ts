import { CustomErrorBase, InputError } from '@backstage/errors';
import express, { ErrorRequestHandler, Request, RequestHandler } from 'express';
import * as OpenApiValidator from 'express-openapi-validator';
import { compilePathPatternsOnce } from './compilePathPatternsOnce';
import { echo, invalidInput } from './inputErrors';
import { spec } from './schema/openapi';

/** About three times the longest valid request (a fleet query with every filter). */
export const MAX_URL_LENGTH = 2048;
/** Far above any valid body (the largest is well under 100 bytes). */
export const MAX_BODY_KB = 16;

class PayloadTooLargeError extends CustomErrorBase {
  name = 'PayloadTooLargeError' as const;
  readonly status = 413;
}

class UnsupportedMediaTypeError extends CustomErrorBase {
  name = 'UnsupportedMediaTypeError' as const;
  readonly status = 415;
}

interface SpecParameter {
  name: string;
  in: string;
  schema?: { type?: string };
}
type SpecPaths = Record<
  string,
  Record<string, { parameters?: SpecParameter[] }>
>;
const paths = spec.paths as unknown as SpecPaths;
const pathTemplates = Object.keys(paths).map(path => path.split('/'));
const integerQueryParameters = new Set(
  Object.values(paths)
    .flatMap(operations => Object.values(operations))
    .flatMap(operation => operation.parameters ?? [])
    .filter(p => p.in === 'query' && p.schema?.type === 'integer')
    .map(p => p.name),
);
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

/** The validator reads ' 1', '0x10', '1e2' and 'Infinity' as numbers. */
const requireDecimalIntegers: RequestHandler = (req, _res, next) => {
  for (const name of integerQueryParameters) {
    const value = req.query[name];
    if (typeof value === 'string' && !DECIMAL_INTEGER.test(value)) {
      throw invalidInput(
        `query parameter ${name}`,
        value,
        'must be a decimal integer',
      );
    }
  }
  next();
};

function decodes(segment: string): boolean {
  try {
    decodeURIComponent(segment);
    return true;
  } catch {
    return false;
  }
}

function malformedPath(req: Request): string {
  const segments = req.path.split('/');
  const index = segments.findIndex(segment => !decodes(segment));
  const template = pathTemplates.find(
    t =>
      t.length === segments.length &&
      t.every((s, i) => s.startsWith('{') || s === segments[i]),
  );
  const name = template?.[index]?.match(/^\{(.+)\}$/)?.[1];
  return `${name ? `path parameter ${name}` : 'path'} ${echo(
    segments[index],
  )} is not percent-encoded UTF-8`;
}

const sources: Record<string, string> = {
  params: 'path parameter',
  query: 'query parameter',
  body: 'body field',
  headers: 'header',
};

interface ValidatorProblem {
  path: string;
  message: string;
  errorCode?: string;
}

/** One problem the validator found, with the field, its value and the rule. */
function describeProblem(problem: ValidatorProblem, req: Request): string {
  const { path, message, errorCode } = problem;
  if (message.startsWith('malformed uri')) {
    return malformedPath(req);
  }
  if (path === '' && errorCode === 'additionalProperties.openapi.validation') {
    // The validator loses the path of a property named ''.
    return 'body field "" is not allowed';
  }
  const [, source, ...keys] = path
    .split('/')
    .map(s => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  if (keys.length === 0) {
    return `${source} ${message}`;
  }
  const values: Record<string, unknown> = {
    params: (req as { openapi?: { pathParams?: unknown } }).openapi?.pathParams,
    query: req.query,
    body: req.body,
    headers: req.headers,
  };
  const value = keys.reduce<unknown>(
    (v, key) =>
      v && typeof v === 'object' ? (v as Record<string, unknown>)[key] : v,
    values[source],
  );
  let rule = message.replace(/^Parameter '[^']*' /, '');
  if (errorCode === 'required.openapi.validation') rule = 'is required';
  else if (errorCode === 'additionalProperties.openapi.validation')
    rule = 'is not allowed';
  else if (message.startsWith('Unknown query parameter'))
    rule = 'is not a parameter of this route';
  else if (message.startsWith('Empty value')) rule = 'must not be empty';
  const field = `${sources[source] ?? source} ${keys.join('.')}`;
  return value === undefined
    ? `${field} ${rule}`
    : `${field} ${echo(value)} ${rule}`;
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

/**
 * Words each refusal of the checks above for the caller, with the status
 * that says why; the typed router's own validation keeps only the message
 * and answers everything with 400.
 */
const explainRefusal: ErrorRequestHandler = (error, req, _res, next) => {
  if (Array.isArray(error?.errors) && error.status === 415) {
    next(
      new UnsupportedMediaTypeError(
        `Content-Type must be application/json, not ${echo(
          req.headers['content-type'] ?? 'none',
        )}`,
      ),
    );
  } else if (Array.isArray(error?.errors) && error.status === 400) {
    const problems = (error.errors as ValidatorProblem[]).map(p =>
      describeProblem(p, req),
    );
    next(new InputError(`Invalid request: ${problems.join('; ')}`));
  } else if (typeof error?.type === 'string' && error.status) {
    next(bodyRefusal(error, req));
  } else {
    next(error);
  }
};

/**
 * Checks every request against openapi.yaml before a route sees it: URL
 * length, body size and type, decimal integers, then the spec itself. Each
 * refusal names the field, quotes its value (shortened) and keeps its
 * status: 400, 413, 414 or 415.
 */
export function requestValidation(): express.Router {
  compilePathPatternsOnce();
  return express.Router().use(
    refuseLongUrls,
    express.json({ limit: `${MAX_BODY_KB}kb` }),
    requireDecimalIntegers,
    OpenApiValidator.middleware({
      apiSpec: spec as any,
      validateRequests: {
        coerceTypes: false,
        allowUnknownQueryParameters: false,
      },
      validateResponses: false,
      useRequestUrl: true,
      ignoreUndocumented: true,
    }),
    explainRefusal,
  );
}
