import type { EmulatorContext } from '../emulatorContext';
import type { EmulatorAdmin } from '../types';
import type { ArmResponse } from '../handlers/armRequest';
import { ADMIN_PREFIX, handleAdminRequest } from '../admin/adminHttp';
import { resolveKubernetesRoute } from '../handlers/kubernetes/kubernetesApi';
import { resolveGraphRoute } from '../handlers/graph/graphEndpoint';
import { resolveEntraRoute } from '../handlers/entra/entraEndpoint';
import type { Exchange } from './exchange';
import { routeArm, serveArm } from './armEndpoint';

/** Where a request goes: the admin API, a cluster's API server, Microsoft Graph, Entra or ARM. */
export interface Endpoint {
  /** The operationId that the request log and fault rules know the request by. */
  operation?: string;
  /** Fault rules apply to ARM, Entra and Graph, not to the admin API or the clusters' API servers. */
  faultable: boolean;
  serve(rawBody: string): ArmResponse;
}

export function resolveEndpoint(
  ctx: EmulatorContext,
  exchange: Exchange,
  admin: EmulatorAdmin,
  info: () => unknown,
): Endpoint {
  const { method, path, query, headers, baseUrl } = exchange;
  if (path.startsWith(ADMIN_PREFIX)) {
    return {
      faultable: false,
      serve: rawBody =>
        handleAdminRequest(admin, info, method, path, query, rawBody),
    };
  }
  const kubernetes = resolveKubernetesRoute(method, path, baseUrl);
  if (kubernetes) {
    return {
      operation: kubernetes.operation,
      faultable: false,
      serve: () => kubernetes.handle(ctx, headers.authorization, query),
    };
  }
  const graph = resolveGraphRoute(method, path);
  if (graph) {
    return {
      operation: graph.operation,
      faultable: true,
      serve: () => {
        const handled = graph.handle(ctx, {
          path,
          authorization: headers.authorization,
          query,
          baseUrl,
          requestId: exchange.requestId,
          clientRequestId: headers['client-request-id'] as string,
        });
        exchange.clientId = handled.clientId;
        return handled.response;
      },
    };
  }
  const entra = resolveEntraRoute(method, path);
  if (entra) {
    return {
      operation: entra.operation,
      faultable: true,
      serve: rawBody => entra.handle(ctx, baseUrl, rawBody),
    };
  }
  const routing = routeArm(method, path);
  return {
    operation: 'match' in routing ? routing.match.route.operation : undefined,
    faultable: true,
    serve: rawBody => serveArm(ctx, exchange, routing, rawBody),
  };
}
