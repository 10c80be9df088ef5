import type { IncomingMessage, ServerResponse } from 'node:http';
import type { EmulatorContext } from '../emulatorContext';
import type { EmulatorAdmin } from '../types';
import { receive } from './exchange';
import { Reply } from './reply';
import { othersArrived } from './responseTiming';
import { readBody } from './readBody';
import { resolveEndpoint } from './routing';
import { injectFault } from './faultInjection';
import { errorResponse } from './errorResponse';

/** Serves one HTTPS request: admin, Kubernetes, Microsoft Graph, Entra or ARM, with faults, auth, throttling and logging. */
export function createRequestHandler(
  ctx: EmulatorContext,
  admin: EmulatorAdmin,
  info: () => unknown,
  hanging: Set<ServerResponse>,
) {
  return async (req: IncomingMessage, res: ServerResponse) => {
    const exchange = receive(req, ctx.faults.latency);
    const reply = new Reply(ctx.requestLog, exchange, req, res, hanging);
    await othersArrived();
    try {
      const rawBody = await readBody(req);
      const endpoint = resolveEndpoint(ctx, exchange, admin, info);
      exchange.operation = endpoint.operation;
      if (endpoint.faultable) {
        const takenOver = await injectFault(ctx.faults, exchange, reply);
        if (takenOver) return;
      }
      reply.send(endpoint.serve(rawBody));
    } catch (error) {
      reply.send(errorResponse(error));
    }
  };
}
