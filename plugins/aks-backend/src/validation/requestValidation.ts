import { InputError } from '@backstage/errors';
import express, { RequestHandler } from 'express';
import {
  explainRefusal,
  MAX_BODY_KB,
  prototypeKeyIn,
  refuseDeepBodies,
  UnsupportedMediaTypeError,
} from './body';
import { describeProblem } from './describeProblem';
import { echo } from './inputErrors';
import { checkQueryKeys, pathParameters, readQuery } from './requestParts';
import { requestSchemaOf } from './requestSchemas';

export { MAX_BODY_DEPTH, MAX_BODY_KB } from './body';

/** About three times the longest valid request (a fleet query with every filter). */
export const MAX_URL_LENGTH = 2048;

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
