import { ArmError, badRequest } from '../../errors/armError';
import { ok, type ArmRequest, type ArmResponse } from '../armRequest';
import type { EmulatorContext } from '../../emulatorContext';
import { listRoutes, type Route, routeBuilder } from '../arm/route';
import { paginate } from '../arm/pagination';
import { parseBody } from '../arm/bodyShape';
import { requireRequestGroup, resourcesInScope } from '../arm/resourceLookup';
import { lroHeaders } from '../operations/lroHeaders';
import { startResourceOperation } from '../operations/resourceOperation';
import { shortHash, newGuid } from '../../util/ids';
import { AKS_API_VERSIONS, AKS_NAMESPACE, CLUSTER_TYPE } from './aksTypes';
import { poolsOf, renderCluster, renderListedCluster } from './clusterModel';
import {
  guardClusterMutation,
  requireCluster,
  startClusterOperation,
} from './clusterOperations';
import { createOrUpdateCluster } from './managedClusterWrites';
import { kubernetesVersionList } from './kubernetesVersions';
import { clusterUpgradeProfile } from './upgradeProfiles';
import { listClusterUserCredentials } from './clusterCredentials';

function listClusters(req: ArmRequest, ctx: EmulatorContext): ArmResponse {
  const page = paginate(
    req,
    resourcesInScope(req, ctx, CLUSTER_TYPE),
    ctx.settings.pageSize,
  );
  return ok({
    ...page,
    value: page.value.map(r => renderListedCluster(ctx, r)),
  });
}

function deleteCluster(req: ArmRequest, ctx: EmulatorContext): ArmResponse {
  requireRequestGroup(req, ctx);
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
  const abort = startResourceOperation(ctx, record, {
    namespace: AKS_NAMESPACE,
    operation: 'ManagedClusters_AbortLatestOperation',
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
  const body = parseBody(req, { fields: { tags: { map: 'string' } } });
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

const SUB = '/subscriptions/{subscriptionId}';
const CLUSTER = `${SUB}/resourceGroups/{resourceGroupName}/providers/${CLUSTER_TYPE}/{resourceName}`;
const route = routeBuilder(AKS_API_VERSIONS, AKS_NAMESPACE);

/** Microsoft.ContainerService managedClusters operations. */
export const managedClusterRoutes: Route[] = [
  ...listRoutes(
    route,
    CLUSTER_TYPE,
    'ManagedClusters',
    'managedClusters/read',
    listClusters,
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
    `${SUB}/providers/${AKS_NAMESPACE}/locations/{location}/kubernetesVersions`,
    'ManagedClusters_ListKubernetesVersions',
    'locations/kubernetesVersions/read',
    () => ok(kubernetesVersionList()),
  ),
];
