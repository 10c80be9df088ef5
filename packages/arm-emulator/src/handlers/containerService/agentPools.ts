import { ArmError, resourceNotFound } from '../../errors/armError';
import { ok, type ArmRequest, type ArmResponse } from '../armRequest';
import type { EmulatorContext } from '../../emulatorContext';
import type { StoredResource } from '../../persistence/resourceStore';
import { type Route, routeBuilder } from '../arm/route';
import { paginate } from '../arm/pagination';
import { parseBody } from '../arm/bodyShape';
import { checkPreconditions } from '../arm/preconditions';
import { lroHeaders } from '../operations/lroHeaders';
import { deepClone } from '../../util/random';
import { newGuid, shortHash } from '../../util/ids';
import { CLUSTER_TYPE, POOL_TYPE } from './aksTypes';
import { AGENT_POOL_API_VERSIONS } from './aksApiVersions';
import {
  poolIdOf,
  poolUpdateState,
  READ_ONLY_POOL_PROPERTIES,
  renderPool,
  storeNewPool,
} from './agentPoolModel';
import { poolsOf } from './clusterModel';
import {
  guardClusterMutation,
  requireCluster,
  startClusterOperation,
} from './clusterOperations';
import {
  POOL_PROPERTY_SHAPES,
  validatePoolProperties,
} from './validateAgentPool';
import { latestNodeImage } from './nodeImages';
import { poolUpgradeProfile } from './upgradeProfiles';

function requirePool(
  req: ArmRequest,
  ctx: EmulatorContext,
): { cluster: StoredResource; pool: StoredResource } {
  const cluster = requireCluster(req, ctx);
  const pool = ctx.store.get(poolIdOf(cluster.id, req.params.agentPoolName));
  if (!pool) {
    throw resourceNotFound(
      `${CLUSTER_TYPE}/${req.params.resourceName}/agentPools`,
      req.params.agentPoolName,
      req.params.resourceGroupName,
    );
  }
  return { cluster, pool };
}

function createOrUpdatePool(
  req: ArmRequest,
  ctx: EmulatorContext,
): ArmResponse {
  const body = parseBody(req, {
    fields: { properties: { fields: POOL_PROPERTY_SHAPES } },
  });
  const cluster = requireCluster(req, ctx);
  const name = req.params.agentPoolName;
  const existing = ctx.store.get(poolIdOf(cluster.id, name));
  checkPreconditions(req, existing, () => existing?.body.properties.eTag);
  guardClusterMutation(ctx, cluster);
  const props: Record<string, any> = deepClone(body.properties ?? {});
  for (const key of READ_ONLY_POOL_PROPERTIES) delete props[key];
  const controlPlane = cluster.body.properties.currentKubernetesVersion;
  if (!existing) {
    validatePoolProperties(
      name,
      { mode: 'User', ...props },
      'properties',
      controlPlane,
    );
    const joined = {
      id: cluster.id,
      version: controlPlane,
      network: cluster.body.properties.networkProfile ?? {},
    };
    const pool = storeNewPool(ctx.store, joined, name, props, 'Creating');
    const op = startPoolOperation(
      ctx,
      cluster,
      pool,
      'AgentPools_CreateOrUpdate',
      'create agent pool',
      'Creating',
    );
    return {
      status: 201,
      body: renderPool(pool),
      headers: lroHeaders(req, ctx, op, { asyncOperation: true }),
    };
  }
  const current = existing.body.properties;
  const merged = { ...current, ...props };
  if (props.enableAutoScaling === false) {
    delete merged.minCount;
    delete merged.maxCount;
  }
  validatePoolProperties(
    name,
    {
      ...props,
      enableAutoScaling: merged.enableAutoScaling,
      minCount: merged.minCount,
      maxCount: merged.maxCount,
      count: merged.count,
      mode: merged.mode,
    },
    'properties',
    controlPlane,
    current,
  );
  const state = poolUpdateState(current, props);
  const upgrading = state === 'Upgrading';
  existing.body.properties = merged;
  merged.eTag = shortHash(newGuid(), 16);
  const op = startPoolOperation(
    ctx,
    cluster,
    existing,
    'AgentPools_CreateOrUpdate',
    upgrading ? 'upgrade agent pool' : 'update agent pool',
    state,
    () => {
      if (upgrading) {
        merged.currentOrchestratorVersion = merged.orchestratorVersion;
        merged.nodeImageVersion = latestNodeImage(merged.osType, merged.osSKU);
      }
    },
  );
  return {
    status: 200,
    body: renderPool(existing),
    headers: lroHeaders(req, ctx, op, { asyncOperation: true }),
  };
}

function startPoolOperation(
  ctx: EmulatorContext,
  cluster: StoredResource,
  pool: StoredResource,
  operation: string,
  kind: string,
  state: string,
  apply: () => void = () => {},
  finalResult?: () => unknown,
) {
  const clusterState =
    cluster.body.properties.provisioningState === 'Failed'
      ? 'Succeeded'
      : cluster.body.properties.provisioningState;
  return startClusterOperation(
    ctx,
    cluster,
    {
      operation,
      kind,
      clusterState,
      poolStates: new Map([[pool.id.toLowerCase(), state]]),
      finalResult,
      onSucceeded: () => {
        apply();
        cluster.body.properties.provisioningState = 'Succeeded';
        pool.body.properties.provisioningState = 'Succeeded';
      },
    },
    pool.id,
  );
}

function deletePool(req: ArmRequest, ctx: EmulatorContext): ArmResponse {
  const cluster = requireCluster(req, ctx);
  const pool = ctx.store.get(poolIdOf(cluster.id, req.params.agentPoolName));
  if (!pool) return { status: 204 };
  guardClusterMutation(ctx, cluster, { allowWhenStopped: true });
  const systemPools = poolsOf(ctx, cluster.id).filter(
    p => p.body.properties.mode === 'System',
  );
  if (pool.body.properties.mode === 'System' && systemPools.length === 1) {
    throw new ArmError(
      400,
      'OperationNotAllowed',
      `Cannot delete agent pool '${req.params.agentPoolName}' because it is the only System agent pool. A managed cluster must have at least one System agent pool.`,
    );
  }
  const op = startPoolOperation(
    ctx,
    cluster,
    pool,
    'AgentPools_Delete',
    'delete agent pool',
    'Deleting',
    () => ctx.store.delete(pool.id),
  );
  return {
    status: 202,
    headers: lroHeaders(req, ctx, op, { asyncOperation: true, location: true }),
  };
}

function upgradeNodeImage(req: ArmRequest, ctx: EmulatorContext): ArmResponse {
  const { cluster, pool } = requirePool(req, ctx);
  guardClusterMutation(ctx, cluster);
  const props = pool.body.properties;
  const latest = latestNodeImage(props.osType, props.osSKU);
  if (props.nodeImageVersion === latest) return { status: 200 };
  const op = startPoolOperation(
    ctx,
    cluster,
    pool,
    'AgentPools_UpgradeNodeImageVersion',
    'upgrade node image version',
    'UpgradingNodeImageVersion',
    () => {
      props.nodeImageVersion = latest;
    },
    () => renderPool(pool),
  );
  return {
    status: 202,
    body: renderPool(pool),
    headers: lroHeaders(req, ctx, op, { asyncOperation: true, location: true }),
  };
}

const POOLS = `/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/${CLUSTER_TYPE}/{resourceName}/agentPools`;
const POOL = `${POOLS}/{agentPoolName}`;

const route = routeBuilder(AGENT_POOL_API_VERSIONS, POOL_TYPE);

/** Microsoft.ContainerService agentPools operations. */
export const agentPoolRoutes: Route[] = [
  route('GET', POOLS, 'AgentPools_List', 'read', (req, ctx) => {
    const cluster = requireCluster(req, ctx);
    const page = paginate(req, poolsOf(ctx, cluster.id), ctx.settings.pageSize);
    return ok({ ...page, value: page.value.map(renderPool) });
  }),
  route('GET', POOL, 'AgentPools_Get', 'read', (req, ctx) =>
    ok(renderPool(requirePool(req, ctx).pool)),
  ),
  route('PUT', POOL, 'AgentPools_CreateOrUpdate', 'write', createOrUpdatePool),
  route('DELETE', POOL, 'AgentPools_Delete', 'delete', deletePool),
  route(
    'GET',
    `${POOL}/upgradeProfiles/default`,
    'AgentPools_GetUpgradeProfile',
    'upgradeProfiles/read',
    (req, ctx) => {
      const { cluster, pool } = requirePool(req, ctx);
      return ok(poolUpgradeProfile(cluster, pool));
    },
  ),
  route(
    'POST',
    `${POOL}/upgradeNodeImageVersion`,
    'AgentPools_UpgradeNodeImageVersion',
    'upgradeNodeImageVersion/action',
    upgradeNodeImage,
  ),
];
