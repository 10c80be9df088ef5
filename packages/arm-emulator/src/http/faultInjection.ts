import type { FaultController } from '../faults/faultController';
import { injectedError } from '../errors/injectedErrors';
import type { Exchange } from './exchange';
import type { Reply } from './reply';

const sleep = (ms: number) => new Promise(resolve => setTimeout(resolve, ms));

/**
 * Applies the first fault rule that fires for the request: `latency` waits,
 * `reshape` marks the answer to reshape, `error` is thrown as ARM's error;
 * `drop`, `hang` and `respond` take the request over, and then this returns
 * true.
 */
export async function injectFault(
  faults: FaultController,
  exchange: Exchange,
  reply: Reply,
): Promise<boolean> {
  const fault = faults.pick(exchange.method, exchange.path, exchange.operation);
  switch (fault?.kind) {
    case 'latency':
      await sleep(fault.latencyMs);
      return false;
    case 'reshape':
      exchange.shape = fault.shape;
      return false;
    case 'error':
      throw injectedError(
        fault,
        exchange.subscriptionId,
        exchange.correlationId,
      );
    case 'drop':
      reply.drop();
      return true;
    case 'hang':
      reply.hang();
      return true;
    case 'respond':
      reply.send(fault);
      return true;
    default:
      return false;
  }
}
