import type { IncomingMessage, ServerResponse } from 'node:http';
import { randomUUID } from 'node:crypto';
import type { EmulatorContext } from '../emulatorContext';
import type { ArmRequest, ArmResponse } from './armRequest';
import { ArmError } from './armError';
import { resolveEntraRoute } from '../entra/entraEndpoint';
import { resolveGraphRoute } from '../graph/graphEndpoint';
import { resolveArmRoute } from '../arm/armRoutes';
import { resolveKubernetesRoute } from '../kubernetes/kubernetesApi';
import { authenticate } from '../arm/authenticate';
import { authorizationFailed, isAllowed } from '../arm/authorize';
import { ADMIN_PREFIX, handleAdminRequest } from '../admin/adminHttp';
import type { EmulatorAdmin } from '../types';
import { parseResourceId } from '../util/ids';
import type { InstalledFault } from '../faults/faultTypes';
import { reshapeResponse, type ResponseShape } from '../faults/responseShapes';

const MAX_BODY_BYTES = 4 * 1024 * 1024;
const sleep = (ms: number) => new Promise(resolve => setTimeout(resolve, ms));

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES)
        reject(
          new ArmError(
            413,
            'RequestEntityTooLarge',
            'The request content is too large.',
          ),
        );
      else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function injectedError(
  fault: Extract<InstalledFault, { kind: 'error' }>,
  subscriptionId: string | undefined,
  correlationId: string,
): ArmError {
  const headers: Record<string, string> = {};
  if (fault.status === 429) {
    headers['Retry-After'] = String(fault.retryAfterSeconds ?? 1);
    return new ArmError(
      429,
      fault.code ?? 'TooManyRequests',
      fault.message ??
        'The request is being throttled as the limit has been reached for operation type - Read_ObservationWindow_00:05:00. For more information, refer to - https://aka.ms/srpthrottlinglimits',
      undefined,
      headers,
    );
  }
  if (fault.retryAfterSeconds !== undefined)
    headers['Retry-After'] = String(fault.retryAfterSeconds);
  if (fault.status === 503) {
    return new ArmError(
      503,
      fault.code ?? 'ServiceUnavailable',
      fault.message ??
        'The service is temporarily unavailable. Please try again later.',
      undefined,
      headers,
    );
  }
  return new ArmError(
    500,
    fault.code ?? 'InternalServerError',
    fault.message ??
      `Encountered internal server error. Diagnostic information: timestamp '${new Date().toISOString()}', subscription id '${
        subscriptionId ?? ''
      }', tracking id '${randomUUID()}', request correlation id '${correlationId}'.`,
    undefined,
    headers,
  );
}

/** Serves one HTTPS request: admin, Microsoft Graph, Entra or ARM, with faults, auth, throttling and logging. */
export function createRequestHandler(
  ctx: EmulatorContext,
  admin: EmulatorAdmin,
  info: () => unknown,
  hanging: Set<ServerResponse>,
) {
  return async (req: IncomingMessage, res: ServerResponse) => {
    const started = Date.now();
    // Clients joining '/{scope}' with a scope that starts with '/' send '//subscriptions/...'; ARM accepts that.
    const url = new URL(
      `https://emulator/${(req.url ?? '/').replace(/^\/+/, '')}`,
    );
    url.pathname = url.pathname.replace(/\/{2,}/g, '/');
    const method = (req.method ?? 'GET').toUpperCase();
    let path: string;
    try {
      path = decodeURIComponent(url.pathname);
    } catch {
      path = url.pathname;
    }
    const requestId = randomUUID();
    const correlationId =
      (req.headers['x-ms-correlation-request-id'] as string) ??
      (req.headers['x-ms-client-request-id'] as string) ??
      randomUUID();
    const subscriptionId = parseResourceId(path).subscriptionId;
    const baseUrl = `https://${req.headers.host}`;
    let operation: string | undefined;
    let clientId: string | undefined;
    const throttleHeaders: Record<string, string> = {
      'x-ms-ratelimit-remaining-subscription-reads': '11999',
      'x-ms-ratelimit-remaining-subscription-writes': '1199',
    };

    const log = (status: number) => {
      if (path.startsWith(ADMIN_PREFIX)) return;
      ctx.requestLog.add({
        method,
        path,
        operation,
        status,
        subscriptionId,
        clientId,
        query: [...url.searchParams].map(([k, v]) => `${k}=${v}`).join('&'),
        time: new Date(started).toISOString(),
        requestId,
        durationMs: Date.now() - started,
      });
    };
    const write = (response: ArmResponse, body: string | undefined) => {
      const headers: Record<string, string> = {
        'x-ms-request-id': requestId,
        'x-ms-correlation-request-id': correlationId,
        'x-ms-routing-request-id': `WESTEUROPE:${new Date()
          .toISOString()
          .replace(/[-:.]/g, '')}:${requestId}`,
        'Cache-Control': 'no-cache',
        ...throttleHeaders,
        ...response.headers,
      };
      if (body !== undefined) {
        headers['Content-Type'] = 'application/json; charset=utf-8';
      }
      res.writeHead(response.status, headers);
      res.end(body);
      log(response.status);
    };
    // The configured latency is the time ARM takes to answer, its own work
    // included: the emulator does its work first, the answer's JSON too, and
    // holds the answer back for the rest, so that its work is not added on
    // top.
    const { fixedMs, jitterMs } = ctx.faults.latency;
    const due =
      started + fixedMs + (jitterMs > 0 ? Math.random() * jitterMs : 0);
    let shape: ResponseShape | undefined;
    const send = (response: ArmResponse) => {
      const content =
        shape && response.status < 300
          ? reshapeResponse(response.body, shape)
          : response.body;
      const body =
        method === 'HEAD'
          ? undefined
          : response.text ??
            (content !== undefined ? JSON.stringify(content) : undefined);
      const wait = due - Date.now();
      if (wait > 0) setTimeout(() => write(response, body), wait);
      else write(response, body);
    };
    // ARM answers requests side by side: the work starts once every request
    // that came with this one has its arrival time, so that a request's
    // latency does not include the emulator's work on the others.
    await new Promise(resolve => setImmediate(resolve));

    try {
      const rawBody = await readBody(req);
      if (path.startsWith(ADMIN_PREFIX)) {
        send(
          handleAdminRequest(
            admin,
            info,
            method,
            path,
            url.searchParams,
            rawBody,
          ),
        );
        return;
      }
      const kubernetes = resolveKubernetesRoute(method, path, baseUrl);
      if (kubernetes) {
        operation = kubernetes.operation;
        send(
          kubernetes.handle(ctx, req.headers.authorization, url.searchParams),
        );
        return;
      }
      const graph = resolveGraphRoute(method, path);
      const entra = graph ? undefined : resolveEntraRoute(method, path);
      let armMatch: ReturnType<typeof resolveArmRoute> | undefined;
      let routeError: unknown;
      if (graph) operation = graph.operation;
      else if (entra) operation = entra.operation;
      else {
        try {
          armMatch = resolveArmRoute(method, path);
          operation = armMatch.route.operation;
        } catch (error) {
          routeError = error;
        }
      }

      const fault = ctx.faults.pick(method, path, operation);
      if (fault?.kind === 'latency') await sleep(fault.latencyMs);
      if (fault?.kind === 'drop') {
        log(0);
        req.socket.destroy();
        return;
      }
      if (fault?.kind === 'hang') {
        log(0);
        hanging.add(res);
        res.on('close', () => hanging.delete(res));
        return;
      }
      if (fault?.kind === 'error')
        throw injectedError(fault, subscriptionId, correlationId);
      if (fault?.kind === 'respond') {
        send(fault);
        return;
      }
      if (fault?.kind === 'reshape') shape = fault.shape;

      if (graph) {
        const handled = graph.handle(ctx, {
          path,
          authorization: req.headers.authorization,
          query: url.searchParams,
          baseUrl,
          requestId,
          clientRequestId: req.headers['client-request-id'] as string,
        });
        clientId = handled.clientId;
        send(handled.response);
        return;
      }
      if (entra) {
        send(entra.handle(ctx, baseUrl, rawBody));
        return;
      }
      const principal = authenticate(req.headers.authorization, ctx, baseUrl);
      clientId = principal.clientId;
      if (routeError) throw routeError;
      const { route, params } = armMatch!;
      const apiVersion = url.searchParams.get('api-version');
      if (!apiVersion) {
        throw new ArmError(
          400,
          'MissingApiVersionParameter',
          'The api-version query parameter (?api-version=) is required for all requests.',
        );
      }
      if (!route.apiVersions.includes(apiVersion)) {
        throw new ArmError(
          400,
          'InvalidApiVersionParameter',
          `The api-version '${apiVersion}' is invalid. The supported versions are '${route.apiVersions.join(
            ',',
          )}'.`,
        );
      }
      if (subscriptionId) {
        if (!ctx.subscriptions.has(subscriptionId.toLowerCase())) {
          throw new ArmError(
            404,
            'SubscriptionNotFound',
            `The subscription '${subscriptionId}' could not be found.`,
          );
        }
        if (
          route.action !== 'none' &&
          !isAllowed(ctx, principal, subscriptionId, path, route.action)
        ) {
          throw authorizationFailed(principal, route.action, path);
        }
        const throttle = ctx.faults.throttle(
          subscriptionId,
          !['GET', 'HEAD'].includes(method),
        );
        throttleHeaders['x-ms-ratelimit-remaining-subscription-reads'] = String(
          throttle.remainingReads,
        );
        throttleHeaders['x-ms-ratelimit-remaining-subscription-writes'] =
          String(throttle.remainingWrites);
        if (!throttle.allowed) {
          throw new ArmError(
            429,
            'SubscriptionRequestsThrottled',
            `Number of '${throttle.kind}' requests for subscription '${subscriptionId}' actor '${principal.objectId}' exceeded. Please try again after '${throttle.retryAfterSeconds}' seconds after additional tasks are completed.`,
            undefined,
            { 'Retry-After': String(throttle.retryAfterSeconds) },
          );
        }
      }
      const armRequest: ArmRequest = {
        method,
        path,
        query: url.searchParams,
        headers: req.headers,
        rawBody,
        baseUrl,
        requestId,
        correlationId,
        principal,
        params,
      };
      send(route.handler(armRequest, ctx));
    } catch (error) {
      if (error instanceof ArmError) {
        send({
          status: error.status,
          body: error.toBody(),
          headers: error.headers,
        });
      } else {
        send({
          status: 500,
          body: {
            error: {
              code: 'InternalServerError',
              message: `The emulator failed to process the request: ${
                (error as Error)?.message ?? error
              }`,
            },
          },
        });
      }
    }
  };
}
