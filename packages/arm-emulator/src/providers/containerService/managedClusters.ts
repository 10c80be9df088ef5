import { ArmError, badRequest } from '../../http/armError';
import {
  jsonBody,
  ok,
  type ArmRequest,
  type ArmResponse,
} from '../../http/armRequest';
import type { EmulatorContext } from '../../emulatorContext';
import { type Route, routeBuilder } from '../../arm/route';
import { paginate } from '../../arm/pagination';
import { checkShape } from '../../arm/bodyShape';
import { lroHeaders } from '../../lro/lroHeaders';
import { shortHash, newGuid } from '../../util/ids';
import { AKS_API_VERSIONS, CLUSTER_TYPE, NAMESPACE } from './aksTypes';
import { poolsOf, renderCluster, renderListedCluster } from './clusterModel';
import {
  guardClusterMutation,
  requireCluster,
  startClusterOperation,
} from './clusterOperations';
import { requireResourceGroup } from '../../arm/requireResource';
import { createOrUpdateCluster } from './managedClusterWrites';
import { kubernetesVersionList } from './kubernetesVersions';
import { clusterUpgradeProfile } from './upgradeProfiles';
import { listClusterUserCredentials } from './clusterCredentials';

const SUB = '/subscriptions/{subscriptionId}';
const CLUSTER = `${SUB}/resourceGroups/{resourceGroupName}/providers/${NAMESPACE}/managedClusters/{resourceName}`;

function listClusters(req: ArmRequest, ctx: EmulatorContext): ArmResponse {
  const { subscriptionId, resourceGroupName } = req.params;
  if (resourceGroupName)
    requireResourceGroup(ctx, subscriptionId, resourceGroupName);
  const records = ctx.store.list({
    type: CLUSTER_TYPE,
    subscriptionId,
    resourceGroup: resourceGroupName,
  });
  return ok(paginate(req, records, ctx.settings.pageSize), undefined);
}

function renderPage(ctx: EmulatorContext, response: ArmResponse): ArmResponse {
  const page = response.body as { value: any[]; nextLink?: string };
  return {
    ...response,
    body: {
      ...page,
      value: page.value.map(r => renderListedCluster(ctx, r)),
    },
  };
}

function deleteCluster(req: ArmRequest, ctx: EmulatorContext): ArmResponse {
  requireResourceGroup(
    ctx,
    req.params.subscriptionId,
    req.params.resourceGroupName,
  );
  let record;
  try {
    record = requireCluster(req, ctx);
  } catch {
    return { status: 204 };
  }
  if (record.meta.activeOperationId)
    ctx.operations.cancel(record.meta.activeOperationId);
  const op = startClusterOperation(ctx, record, {
    operation: 'ManagedClusters_Delete',
    kind: 'delete managed cluster',
    clusterState: 'Deleting',
    poolStates: new Map(
      poolsOf(ctx, record.id).map(p => [p.id.toLowerCase(), 'Deleting']),
    ),
    onSucceeded: () => ctx.store.delete(record!.id),
  });
  return {
    status: 202,
    headers: lroHeaders(req, ctx, op, { asyncOperation: true, location: true }),
  };
}

function powerAction(target: 'Running' | 'Stopped') {
  return (req: ArmRequest, ctx: EmulatorContext): ArmResponse => {
    const record = requireCluster(req, ctx);
    if (
      record.body.properties.powerState?.code === target &&
      !record.meta.activeOperationId
    )
      return { status: 204 };
    guardClusterMutation(ctx, record, { allowWhenStopped: true });
    const transition = target === 'Running' ? 'Starting' : 'Stopping';
    const pools = poolsOf(ctx, record.id);
    const op = startClusterOperation(ctx, record, {
      operation:
        target === 'Running' ? 'ManagedClusters_Start' : 'ManagedClusters_Stop',
      kind:
        target === 'Running' ? 'start managed cluster' : 'stop managed cluster',
      clusterState: transition,
      poolStates: new Map(pools.map(p => [p.id.toLowerCase(), transition])),
      onSucceeded: () => {
        record.body.properties.provisioningState = 'Succeeded';
        record.body.properties.powerState = { code: target };
        for (const pool of poolsOf(ctx, record.id)) {
          pool.body.properties.provisioningState = 'Succeeded';
          pool.body.properties.powerState = { code: target };
        }
      },
    });
    return {
      status: 202,
      headers: lroHeaders(req, ctx, op, { location: true }),
    };
  };
}

function abortLatestOperation(
  req: ArmRequest,
  ctx: EmulatorContext,
): ArmResponse {
  const record = requireCluster(req, ctx);
  const runningId = record.meta.activeOperationId;
  const running = runningId ? ctx.operations.get(runningId) : undefined;
  if (!running || running.status !== 'InProgress') {
    throw new ArmError(
      409,
      'OperationNotAllowed',
      `There is no operation in progress on managed cluster '${req.params.resourceName}' that can be aborted.`,
    );
  }
  // The aborted operation cannot finish while the abort runs; if the abort fails, it carries on.
  const stateBefore = record.body.properties.provisioningState;
  record.body.properties.provisioningState = 'Canceling';
  ctx.operations.hold(running.id);
  const abort = ctx.operations.start({
    subscriptionId: record.subscriptionId,
    namespace: NAMESPACE,
    location: record.body.location,
    resourceId: record.id,
    operation: 'ManagedClusters_AbortLatestOperation',
    durationMs: ctx.settings.lroDurationMs,
    onSucceeded: () => ctx.operations.cancel(running.id),
    onFailed: () => {
      record.body.properties.provisioningState = stateBefore;
      ctx.operations.resume(running.id);
    },
  });
  return {
    status: 202,
    headers: lroHeaders(req, ctx, abort, {
      asyncOperation: true,
      location: true,
    }),
  };
}

function updateTags(req: ArmRequest, ctx: EmulatorContext): ArmResponse {
  const body = jsonBody(req);
  checkShape(body, { fields: { tags: { map: 'string' } } }, '');
  const record = requireCluster(req, ctx);
  guardClusterMutation(ctx, record);
  if (body.tags === undefined)
    throw badRequest(
      'InvalidParameter',
      'The tags property is required.',
      'tags',
    );
  record.body.tags = body.tags;
  record.body.eTag = shortHash(newGuid(), 16);
  return ok(renderCluster(ctx, record));
}

const route = routeBuilder(AKS_API_VERSIONS, NAMESPACE);

/** Microsoft.ContainerService managedClusters operations. */
export const managedClusterRoutes: Route[] = [
  route(
    'GET',
    `${SUB}/providers/${NAMESPACE}/managedClusters`,
    'ManagedClusters_List',
    'managedClusters/read',
    (req, ctx) => renderPage(ctx, listClusters(req, ctx)),
  ),
  route(
    'GET',
    `${SUB}/resourceGroups/{resourceGroupName}/providers/${NAMESPACE}/managedClusters`,
    'ManagedClusters_ListByResourceGroup',
    'managedClusters/read',
    (req, ctx) => renderPage(ctx, listClusters(req, ctx)),
  ),
  route(
    'GET',
    CLUSTER,
    'ManagedClusters_Get',
    'managedClusters/read',
    (req, ctx) => ok(renderCluster(ctx, requireCluster(req, ctx))),
  ),
  route(
    'PUT',
    CLUSTER,
    'ManagedClusters_CreateOrUpdate',
    'managedClusters/write',
    createOrUpdateCluster,
  ),
  route(
    'PATCH',
    CLUSTER,
    'ManagedClusters_UpdateTags',
    'managedClusters/write',
    updateTags,
  ),
  route(
    'DELETE',
    CLUSTER,
    'ManagedClusters_Delete',
    'managedClusters/delete',
    deleteCluster,
  ),
  route(
    'POST',
    `${CLUSTER}/start`,
    'ManagedClusters_Start',
    'managedClusters/start/action',
    powerAction('Running'),
  ),
  route(
    'POST',
    `${CLUSTER}/stop`,
    'ManagedClusters_Stop',
    'managedClusters/stop/action',
    powerAction('Stopped'),
  ),
  route(
    'POST',
    `${CLUSTER}/abort`,
    'ManagedClusters_AbortLatestOperation',
    'managedClusters/abort/action',
    abortLatestOperation,
  ),
  route(
    'POST',
    `${CLUSTER}/listClusterUserCredential`,
    'ManagedClusters_ListClusterUserCredentials',
    'managedClusters/listClusterUserCredential/action',
    listClusterUserCredentials,
  ),
  route(
    'GET',
    `${CLUSTER}/upgradeProfiles/default`,
    'ManagedClusters_GetUpgradeProfile',
    'managedClusters/upgradeProfiles/read',
    (req, ctx) => ok(clusterUpgradeProfile(ctx, requireCluster(req, ctx))),
  ),
  route(
    'GET',
    `${SUB}/providers/${NAMESPACE}/locations/{location}/kubernetesVersions`,
    'ManagedClusters_ListKubernetesVersions',
    'locations/kubernetesVersions/read',
    () => ok(kubernetesVersionList()),
  ),
];
