import type { EmulatorContext } from '../../emulatorContext';
import type { ArmResponse } from '../armRequest';
import type { Principal } from '../../persistence/principalStore';
import { isAllowed } from '../../authentication/authorization';
import { findResource, groupVersionOf, type ApiResource } from './apiResources';
import { clusterObjects } from './clusterObjects';
import { parseLabelSelector } from './labelSelector';
import { fieldFilter } from './fieldSelector';
import { ok, status } from './kubernetesStatus';

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
export function serveResources(
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
