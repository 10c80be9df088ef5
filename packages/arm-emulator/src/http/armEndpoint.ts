import type { EmulatorContext } from '../emulatorContext';
import type { ArmResponse } from '../handlers/armRequest';
import { resolveArmRoute, type ArmRouteMatch } from '../handlers/arm/armRoutes';
import { authenticate } from '../authentication/armAuthentication';
import type { Exchange } from './exchange';
import { checkApiVersion } from './apiVersion';
import { admitToSubscription } from './subscriptionAccess';

/** The ARM route of a request, or the error ARM gives for a path it cannot route. */
export type ArmRouting = { match: ArmRouteMatch } | { error: unknown };

export function routeArm(method: string, path: string): ArmRouting {
  try {
    return { match: resolveArmRoute(method, path) };
  } catch (error) {
    return { error };
  }
}

/**
 * Serves a request to ARM: the caller signs in first (ARM tells only a known
 * caller that it cannot route a path), then the api-version and the
 * subscription are checked before the route's handler runs.
 */
export function serveArm(
  ctx: EmulatorContext,
  exchange: Exchange,
  routing: ArmRouting,
  rawBody: string,
): ArmResponse {
  const principal = authenticate(
    exchange.headers.authorization,
    ctx,
    exchange.baseUrl,
  );
  exchange.clientId = principal.clientId;
  if ('error' in routing) throw routing.error;
  const { route, params } = routing.match;
  checkApiVersion(exchange.query, route.apiVersions);
  if (exchange.subscriptionId) {
    admitToSubscription(
      ctx,
      exchange,
      exchange.subscriptionId,
      principal,
      route.action,
    );
  }
  return route.handler(
    {
      method: exchange.method,
      path: exchange.path,
      query: exchange.query,
      headers: exchange.headers,
      rawBody,
      baseUrl: exchange.baseUrl,
      requestId: exchange.requestId,
      correlationId: exchange.correlationId,
      principal,
      params,
    },
    ctx,
  );
}
