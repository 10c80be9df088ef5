import type { ArmRequest, ArmResponse } from '../armRequest';
import type { EmulatorContext } from '../../emulatorContext';

/** One ARM operation the emulator serves. */
export interface Route {
  method: string;
  /** Path template; `{name}` captures one segment, a leading `{*scope}` captures any prefix. */
  template: string;
  /** OperationId as in the spec, e.g. ManagedClusters_Get. */
  operation: string;
  apiVersions: readonly string[];
  /** ARM action checked against the caller's role assignments; `none` skips the check. */
  action: string;
  handler: (req: ArmRequest, ctx: EmulatorContext) => ArmResponse;
}

/** A route with its template split for matching. */
export interface CompiledRoute extends Route {
  segments: string[];
  capturesScope: boolean;
}

export function compileRoute(route: Route): CompiledRoute {
  const segments = route.template.split('/').filter(Boolean);
  const capturesScope = segments[0] === '{*scope}';
  return {
    ...route,
    segments: capturesScope ? segments.slice(1) : segments,
    capturesScope,
  };
}

/** Matches a path against a template; returns captured params or undefined. */
export function matchRoute(
  route: CompiledRoute,
  pathSegments: string[],
): Record<string, string> | undefined {
  const params: Record<string, string> = {};
  let offset = 0;
  if (route.capturesScope) {
    offset = pathSegments.length - route.segments.length;
    if (offset < 2) return undefined;
    params.scope = `/${pathSegments.slice(0, offset).join('/')}`;
  } else if (pathSegments.length !== route.segments.length) {
    return undefined;
  }
  for (let i = 0; i < route.segments.length; i++) {
    const expected = route.segments[i];
    const actual = pathSegments[i + offset];
    if (expected.startsWith('{')) {
      params[expected.slice(1, -1)] = actual;
    } else if (expected.toLowerCase() !== actual.toLowerCase()) {
      return undefined;
    }
  }
  return params;
}

/**
 * Builds the routes of one resource type: its api-versions, and the prefix of
 * the ARM actions its operations need (an action of 'none' stays 'none').
 */
export function routeBuilder(
  apiVersions: readonly string[],
  actionPrefix: string,
) {
  return (
    method: string,
    template: string,
    operation: string,
    action: string,
    handler: Route['handler'],
  ): Route => ({
    method,
    template,
    operation,
    apiVersions,
    action: action === 'none' ? action : `${actionPrefix}/${action}`,
    handler,
  });
}

/**
 * The two lists ARM has of a resource type, `<Type>_List` in a subscription
 * and `<Type>_ListByResourceGroup` in one of its groups, served by one handler.
 */
export function listRoutes(
  route: ReturnType<typeof routeBuilder>,
  type: string,
  operationPrefix: string,
  action: string,
  handler: Route['handler'],
): Route[] {
  const subscription = '/subscriptions/{subscriptionId}';
  const lists = [
    [`${subscription}/providers/${type}`, 'List'],
    [
      `${subscription}/resourceGroups/{resourceGroupName}/providers/${type}`,
      'ListByResourceGroup',
    ],
  ];
  return lists.map(([template, list]) =>
    route('GET', template, `${operationPrefix}_${list}`, action, handler),
  );
}
