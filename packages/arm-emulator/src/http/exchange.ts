import { randomUUID } from 'node:crypto';
import type { IncomingHttpHeaders, IncomingMessage } from 'node:http';
import type { LatencySettings } from '../faults/faultTypes';
import type { ResponseShape } from '../faults/responseShapes';
import {
  UNTHROTTLED_READS,
  UNTHROTTLED_WRITES,
} from '../faults/faultController';
import { parseResourceId } from '../util/ids';
import { answerDue } from './responseTiming';

/** One request on its way through the pipeline: what it asks, and what the pipeline learns about it. */
export interface Exchange {
  /** When the request came in. */
  readonly started: number;
  /** When its answer may leave. */
  readonly due: number;
  readonly method: string;
  /** Decoded path without query string. */
  readonly path: string;
  readonly query: URLSearchParams;
  readonly headers: IncomingHttpHeaders;
  /** The emulator's base URL as the client called it, e.g. https://127.0.0.1:1234 */
  readonly baseUrl: string;
  readonly requestId: string;
  readonly correlationId: string;
  readonly subscriptionId?: string;
  /** The operationId of the route, once routed. */
  operation?: string;
  /** The caller, once known. */
  clientId?: string;
  /** What the subscription's request budgets have left, for ARM's rate-limit headers. */
  remaining: { reads: number; writes: number };
  /** How a `reshape` fault changes a successful answer. */
  shape?: ResponseShape;
}

function decode(pathname: string): string {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return pathname;
  }
}

/** Takes in a request the moment it arrives, which is when its latency starts. */
export function receive(
  req: IncomingMessage,
  latency: LatencySettings,
): Exchange {
  const started = Date.now();
  // Clients joining '/{scope}' with a scope that starts with '/' send '//subscriptions/...'; ARM accepts that.
  const url = new URL(
    `https://emulator/${(req.url ?? '/').replace(/^\/+/, '')}`,
  );
  url.pathname = url.pathname.replace(/\/{2,}/g, '/');
  const path = decode(url.pathname);
  const requestId = randomUUID();
  return {
    started,
    due: answerDue(started, latency),
    method: (req.method ?? 'GET').toUpperCase(),
    path,
    query: url.searchParams,
    headers: req.headers,
    baseUrl: `https://${req.headers.host}`,
    requestId,
    correlationId:
      (req.headers['x-ms-correlation-request-id'] as string) ??
      (req.headers['x-ms-client-request-id'] as string) ??
      randomUUID(),
    subscriptionId: parseResourceId(path).subscriptionId,
    remaining: { reads: UNTHROTTLED_READS, writes: UNTHROTTLED_WRITES },
  };
}
