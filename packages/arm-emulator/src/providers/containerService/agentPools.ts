import { ArmError, resourceNotFound } from '../../http/armError';
import {
  jsonBody,
  ok,
  type ArmRequest,
  type ArmResponse,
} from '../../http/armRequest';
import type { EmulatorContext } from '../../emulatorContext';
import type { StoredResource } from '../../state/resourceStore';
import { type Route, routeBuilder } from '../../arm/route';
import { paginate } from '../../arm/pagination';
import { checkShape } from '../../arm/bodyShape';
import { lroHeaders } from '../../lro/lroHeaders';
import { deepClone } from '../../util/random';
import { newGuid, shortHash } from '../../util/ids';
import { AKS_API_VERSIONS, NAMESPACE } from './aksTypes';
import { newPoolProperties, renderPool } from './agentPoolModel';
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
import { checkPreconditions } from './managedClusterWrites';
import { latestNodeImage } from './nodeImages';
import { poolUpgradeProfile } from './upgradeProfiles';

const READ_ONLY = [
  'provisioningState',
  'powerState',
  'currentOrchestratorVersion',
  'nodeImageVersion',
  'eTag',
];

function requirePool(
  req: ArmRequest,
  ctx: EmulatorContext,
): { cluster: StoredResource; pool: StoredResource } {
  const cluster = requireCluster(req, ctx);
  const pool = ctx.store.get(
    `${cluster.id}/agentPools/${req.params.agentPoolName}`,
  );
  if (!pool) {
    throw resourceNotFound(
      `Microsoft.ContainerService/managedClusters/${req.params.resourceName}/agentPools`,
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
  const body = jsonBody(req);
  checkShape(
    body,
    { fields: { properties: { fields: POOL_PROPERTY_SHAPES } } },
    '',
  );
  const cluster = requireCluster(req, ctx);
  const name = req.params.agentPoolName;
  const poolId = `${cluster.id}/agentPools/${name}`;
  const existing = ctx.store.get(poolId);
  checkPreconditions(req, existing, () => existing?.body.properties.eTag);
  guardClusterMutation(ctx, cluster);
  const props: Record<string, any> = deepClone(body.properties ?? {});
  for (const key of READ_ONLY) delete props[key];
  const controlPlane = cluster.body.properties.currentKubernetesVersion;
  const network = cluster.body.properties.networkProfile ?? {};
  if (!existing) {
    validatePoolProperties(
      name,
      { mode: 'User', ...props },
      'properties',
      controlPlane,
    );
    const pool = ctx.store.put(poolId, {
      properties: newPoolProperties(
        props,
        {
          clusterVersion: controlPlane,
          networkPlugin: network.networkPlugin,
          networkPluginMode: network.networkPluginMode,
          powerState: 'Running',
          firstPool: false,
        },
        'Creating',
      ),
    });
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
  const upgrading =
    props.orchestratorVersion &&
    props.orchestratorVersion !== current.currentOrchestratorVersion;
  const scaling = props.count !== undefined && props.count !== current.count;
  existing.body.properties = merged;
  merged.eTag = shortHash(newGuid(), 16);
  let state = 'Updating';
  if (scaling) state = 'Scaling';
  if (upgrading) state = 'Upgrading';
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
  const pool = ctx.store.get(
    `${cluster.id}/agentPools/${req.params.agentPoolName}`,
  );
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

const POOLS = `/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/${NAMESPACE}/managedClusters/{resourceName}/agentPools`;
const POOL = `${POOLS}/{agentPoolName}`;

const route = routeBuilder(
  AKS_API_VERSIONS,
  `${NAMESPACE}/managedClusters/agentPools`,
);

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
