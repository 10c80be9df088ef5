import type { RequestLog } from '../persistence/requestLog';
import { ADMIN_PREFIX } from '../admin/adminHttp';
import type { Exchange } from './exchange';

/** Logs a request once it is answered (status 0: dropped or hung); calls to the admin API are not logged. */
export function logRequest(
  log: RequestLog,
  exchange: Exchange,
  status: number,
): void {
  if (exchange.path.startsWith(ADMIN_PREFIX)) return;
  log.add({
    method: exchange.method,
    path: exchange.path,
    operation: exchange.operation,
    status,
    subscriptionId: exchange.subscriptionId,
    clientId: exchange.clientId,
    query: [...exchange.query].map(([k, v]) => `${k}=${v}`).join('&'),
    time: new Date(exchange.started).toISOString(),
    requestId: exchange.requestId,
    durationMs: Date.now() - exchange.started,
  });
}
