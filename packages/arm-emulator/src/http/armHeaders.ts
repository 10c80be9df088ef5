import type { Exchange } from './exchange';

/** The headers ARM puts on every answer: its request ids, a routing id and the subscription's rate limits. */
export function armHeaders(exchange: Exchange): Record<string, string> {
  return {
    'x-ms-request-id': exchange.requestId,
    'x-ms-correlation-request-id': exchange.correlationId,
    'x-ms-routing-request-id': `WESTEUROPE:${new Date()
      .toISOString()
      .replace(/[-:.]/g, '')}:${exchange.requestId}`,
    'Cache-Control': 'no-cache',
    'x-ms-ratelimit-remaining-subscription-reads': String(
      exchange.remaining.reads,
    ),
    'x-ms-ratelimit-remaining-subscription-writes': String(
      exchange.remaining.writes,
    ),
  };
}
