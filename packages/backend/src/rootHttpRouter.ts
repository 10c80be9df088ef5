import { rootHttpRouterServiceFactory } from '@backstage/backend-defaults/rootHttpRouter';
import type { LoggerService } from '@backstage/backend-plugin-api';
import type { RequestHandler } from 'express';

/** A URL without its query string, which may carry a token. */
const pathOf = (url: string) => url.split('?')[0];

/**
 * The access log of Backstage's own middleware, with the path where that
 * logs the whole URL, and without the headers it adds (referrer and user
 * agent), any of which may carry a credential.
 */
function accessLog(logger: LoggerService): RequestHandler {
  return (req, res, next) => {
    res.on('finish', () => {
      const url = pathOf(req.originalUrl);
      const length = Number(res.getHeader('content-length')) || 0;
      logger.info(
        `"${req.method} ${url} HTTP/${req.httpVersion}" ${res.statusCode} ${length}`,
        {
          type: 'incomingRequest',
          method: req.method,
          url,
          status: res.statusCode,
          httpVersion: req.httpVersion,
          contentLength: length,
        },
      );
    });
    next();
  };
}

/**
 * Backstage's error handlers (the root's, and one per plugin) name the
 * request in every error body by its URL; this keeps its path only.
 */
const errorBodiesWithPathOnly: RequestHandler = (_req, res, next) => {
  const json = res.json;
  res.json = function jsonWithPathOnly(body) {
    const url = body?.error && body.request?.url;
    return json.call(
      this,
      typeof url === 'string'
        ? { ...body, request: { ...body.request, url: pathOf(url) } }
        : body,
    );
  };
  next();
};

/**
 * Backstage's root HTTP router with its defaults, except that no query
 * string, header or token a caller sent reaches a log line or an error
 * body: by default the access log and every error body repeat the whole
 * URL, and a token in a query string with it.
 */
export const rootHttpRouterWithoutQueryStrings = rootHttpRouterServiceFactory({
  configure({ app, middleware, logger, applyDefaults }) {
    app.use(errorBodiesWithPathOnly);
    middleware.logging = () => accessLog(logger);
    applyDefaults();
  },
});
