import type { EmulatorContext } from '../emulatorContext';
import type { ArmResponse } from '../http/armRequest';
import type { Principal } from '../state/principals';
import { isAllowed } from '../arm/authorize';
import { CLUSTER_TYPE } from '../providers/containerService/aksTypes';
import {
  apiGroup,
  coreVersions,
  findResource,
  groupList,
  groupVersionOf,
  resourceList,
  type ApiResource,
} from './apiResources';
import { clusterObjects } from './clusterObjects';
import { parseLabelSelector, SelectorError } from './labelSelector';

/**
 * Where the API server of each emulated cluster is served, below the
 * emulator's URL. Not part of Azure Resource Manager: AKS serves the
 * Kubernetes API at each cluster's own FQDN.
 */
export const KUBERNETES_PREFIX = '/kubernetes';

/** The AKS Microsoft Entra server application, the audience of cluster tokens. */
export const AKS_SERVER_APP_ID = '6dae42f8-4368-4678-94ff-3960e28e3630';

/** A matched request to a cluster's API server. */
export interface KubernetesRoute {
  operation: string;
  handle(
    ctx: EmulatorContext,
    authorization: string | undefined,
    query: URLSearchParams,
  ): ArmResponse;
}

function status(
  code: number,
  reason: string,
  message: string,
  details?: object,
): ArmResponse {
  return {
    status: code,
    body: {
      kind: 'Status',
      apiVersion: 'v1',
      metadata: {},
      status: 'Failure',
      message,
      reason,
      ...(details ? { details } : {}),
      code,
    },
  };
}

const ok = (body: unknown): ArmResponse => ({ status: 200, body });

function authenticate(
  ctx: EmulatorContext,
  authorization: string | undefined,
): Principal | undefined {
  const token = /^Bearer\s+(\S+)$/i.exec(authorization ?? '')?.[1];
  if (!token) return undefined;
  const result = ctx.tokens.verify(token);
  if ('problem' in result) return undefined;
  if (result.claims.aud.replace(/\/$/, '') !== AKS_SERVER_APP_ID)
    return undefined;
  return ctx.principals.get(result.claims.appid);
}

const FIELDS: Record<string, (o: any) => string | undefined> = {
  'metadata.name': o => o.metadata.name,
  'metadata.namespace': o => o.metadata.namespace,
  'spec.nodeName': o => o.spec?.nodeName,
  'status.phase': o => o.status?.phase,
};

function fieldFilter(selector: string | null): (o: any) => boolean {
  if (!selector) return () => true;
  const tests = selector.split(',').map(part => {
    const match = /^([^=!]+)(==|=|!=)(.*)$/.exec(part.trim());
    const field = match && FIELDS[match[1]];
    if (!match || !field)
      throw new SelectorError(`field label not supported: ${part.trim()}`);
    return (o: any) => (field(o) === match[3]) === (match[2] !== '!=');
  });
  return o => tests.every(t => t(o));
}

function list(
  resource: ApiResource,
  items: any[],
  query: URLSearchParams,
  namespace?: string,
): ArmResponse {
  if (query.get('watch') === 'true' || query.get('watch') === '1') {
    return status(
      405,
      'MethodNotAllowed',
      'the emulated API server does not serve watches',
    );
  }
  let matches: (labels: Record<string, string> | undefined) => boolean;
  let fields: (o: any) => boolean;
  try {
    matches = parseLabelSelector(query.get('labelSelector'));
    fields = fieldFilter(query.get('fieldSelector'));
  } catch (error) {
    return status(400, 'BadRequest', (error as Error).message);
  }
  const selected = items.filter(
    o =>
      (!namespace || o.metadata.namespace === namespace) &&
      matches(o.metadata.labels) &&
      fields(o),
  );
  const offset = Number(
    Buffer.from(query.get('continue') ?? '', 'base64url').toString() || 0,
  );
  const limit = Number(query.get('limit') ?? 0);
  const page =
    limit > 0 ? selected.slice(offset, offset + limit) : selected.slice(offset);
  const next =
    limit > 0 && offset + limit < selected.length
      ? Buffer.from(String(offset + limit)).toString('base64url')
      : undefined;
  return ok({
    kind: `${resource.kind}List`,
    apiVersion: groupVersionOf(resource),
    metadata: {
      resourceVersion: '1',
      ...(next
        ? {
            continue: next,
            remainingItemCount: selected.length - offset - limit,
          }
        : {}),
    },
    items: page,
  });
}

/** Serves `/api/v1/...` and `/apis/{group}/{version}/...` below a cluster. */
function serveResources(
  ctx: EmulatorContext,
  cluster: { id: string; subscriptionId: string },
  principal: Principal,
  group: string,
  version: string,
  rest: string[],
  query: URLSearchParams,
): ArmResponse {
  let namespace: string | undefined;
  let plural: string;
  let name: string | undefined;
  if (rest[0] === 'namespaces' && rest.length >= 3) {
    [, namespace, plural, name] = rest;
  } else {
    [plural, name] = rest;
  }
  const resource = findResource(group, version, plural);
  if (
    !resource ||
    rest.length > (namespace ? 4 : 2) ||
    (resource.namespaced === false && namespace) ||
    (resource.namespaced && name && !namespace)
  ) {
    return status(
      404,
      'NotFound',
      'the server could not find the requested resource',
    );
  }
  const verb = name ? 'get' : 'list';
  const action = `Microsoft.ContainerService/managedClusters/${
    group ? `${group}/` : ''
  }${plural}/read`;
  if (!isAllowed(ctx, principal, cluster.subscriptionId, cluster.id, action)) {
    let scope = '';
    if (namespace) scope = ` in the namespace "${namespace}"`;
    else if (resource.namespaced) scope = ' at the cluster scope';
    return status(
      403,
      'Forbidden',
      `${plural} is forbidden: User "${principal.objectId}" cannot ${verb} resource "${plural}" in API group "${group}"${scope}`,
      { kind: plural },
    );
  }
  const record = ctx.store.get(cluster.id)!;
  const items = clusterObjects(ctx, record).get(`${group}/${plural}`) ?? [];
  if (!name) return list(resource, items, query, namespace);
  const found = items.find(
    o => o.metadata.name === name && o.metadata.namespace === namespace,
  );
  if (!found)
    return status(
      404,
      'NotFound',
      `${plural}${group ? `.${group}` : ''} "${name}" not found`,
      { name, group, kind: plural },
    );
  return ok({
    kind: resource.kind,
    apiVersion: groupVersionOf(resource),
    ...found,
  });
}

function discovery(rest: string[], baseUrl: string): ArmResponse | undefined {
  const [root, group, version] = rest;
  if (root === 'api' && rest.length === 1)
    return ok(coreVersions(new URL(baseUrl).host));
  if (root === 'api' && rest.length === 2)
    return rest[1] === 'v1' ? ok(resourceList('', 'v1')) : undefined;
  if (root === 'apis' && rest.length === 1) return ok(groupList());
  if (root === 'apis' && rest.length === 2) {
    const body = apiGroup(group);
    return body ? ok(body) : undefined;
  }
  if (root === 'apis' && rest.length === 3) {
    const body = resourceList(group, version);
    return body ? ok(body) : undefined;
  }
  return undefined;
}

function versionInfo(kubernetesVersion: string) {
  const [major, minor] = kubernetesVersion.split('.');
  return {
    major,
    minor,
    gitVersion: `v${kubernetesVersion}`,
    gitCommit: '',
    gitTreeState: 'clean',
    buildDate: '2026-01-01T00:00:00Z',
    goVersion: 'go1.24.9',
    compiler: 'gc',
    platform: 'linux/amd64',
  };
}

/**
 * Matches `/kubernetes/{subscriptionId}/{resourceGroup}/{cluster}/...`: the
 * read-only API server of one emulated cluster, for Microsoft Entra bearer
 * tokens of the AKS server application.
 */
export function resolveKubernetesRoute(
  method: string,
  path: string,
  baseUrl: string,
): KubernetesRoute | undefined {
  const segments = path.split('/').filter(Boolean);
  if (`/${segments[0]}` !== KUBERNETES_PREFIX || segments.length < 4)
    return undefined;
  const [, subscriptionId, resourceGroup, name, ...rest] = segments;
  const clusterId = `/subscriptions/${subscriptionId}/resourceGroups/${resourceGroup}/providers/Microsoft.ContainerService/managedClusters/${name}`;
  const isDiscovery =
    rest.length <= 1 ||
    rest[0] === 'version' ||
    (rest[0] === 'apis' && rest.length <= 3) ||
    (rest[0] === 'api' && rest.length <= 2);
  let operation = isDiscovery ? 'Kubernetes_Discovery' : 'Kubernetes_Read';
  if (rest[0] === 'version') operation = 'Kubernetes_Version';
  return {
    operation,
    handle(ctx, authorization, query) {
      const cluster = ctx.store.get(clusterId);
      if (!cluster || cluster.type !== CLUSTER_TYPE) {
        return status(404, 'NotFound', `no managed cluster ${clusterId}`);
      }
      if (cluster.body.properties.powerState?.code === 'Stopped') {
        return status(
          503,
          'ServiceUnavailable',
          `managed cluster ${name} is stopped: its API server is not running`,
        );
      }
      const principal = authenticate(ctx, authorization);
      if (!principal) return status(401, 'Unauthorized', 'Unauthorized');
      if (method !== 'GET') {
        return status(
          405,
          'MethodNotAllowed',
          `the emulated API server is read-only: ${method} is not allowed`,
        );
      }
      if (rest[0] === 'version' && rest.length === 1) {
        return ok(
          versionInfo(cluster.body.properties.currentKubernetesVersion),
        );
      }
      const served = discovery(rest, baseUrl);
      if (served) return served;
      if (rest[0] === 'api' && rest[1] === 'v1' && rest.length > 2) {
        return serveResources(
          ctx,
          cluster,
          principal,
          '',
          'v1',
          rest.slice(2),
          query,
        );
      }
      if (rest[0] === 'apis' && rest.length > 3) {
        return serveResources(
          ctx,
          cluster,
          principal,
          rest[1],
          rest[2],
          rest.slice(3),
          query,
        );
      }
      return status(
        404,
        'NotFound',
        'the server could not find the requested resource',
      );
    },
  };
}
