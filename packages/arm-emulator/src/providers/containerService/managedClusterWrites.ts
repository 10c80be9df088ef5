import { ArmError } from '../../http/armError';
import {
  jsonBody,
  type ArmRequest,
  type ArmResponse,
} from '../../http/armRequest';
import type { EmulatorContext } from '../../emulatorContext';
import type { StoredResource } from '../../state/resourceStore';
import { deepClone } from '../../util/random';
import { shortHash, newGuid } from '../../util/ids';
import { lroHeaders } from '../../lro/lroHeaders';
import {
  checkClusterBody,
  validateClusterUpdate,
  validateNewCluster,
} from './validateCluster';
import {
  completeAddons,
  poolsOf,
  READ_ONLY_CLUSTER_PROPERTIES,
  renderCluster,
  storeNewCluster,
  withOutboundIPs,
} from './clusterModel';
import { newPoolProperties } from './agentPoolModel';
import { latestNodeImage } from './nodeImages';
import {
  clusterIdOf,
  guardClusterMutation,
  startClusterOperation,
} from './clusterOperations';
import { requireResourceGroup } from '../../arm/requireResource';

/** What an update never takes from the body: read-only properties, the kubelet identity, and pools (merged one by one). */
const KEPT_ON_UPDATE = [
  ...READ_ONLY_CLUSTER_PROPERTIES,
  'identityProfile',
  'agentPoolProfiles',
];
const READ_ONLY_POOL_PROPS = [
  'provisioningState',
  'powerState',
  'currentOrchestratorVersion',
  'nodeImageVersion',
  'eTag',
];

/** Enforces If-Match / If-None-Match against the stored eTag. */
export function checkPreconditions(
  req: ArmRequest,
  existing: StoredResource | undefined,
  etag: () => string | undefined,
) {
  const ifMatch = req.headers['if-match'];
  const ifNoneMatch = req.headers['if-none-match'];
  if (ifNoneMatch === '*' && existing) {
    throw new ArmError(
      412,
      'PreconditionFailed',
      'The resource already exists and If-None-Match is "*".',
    );
  }
  if (
    ifMatch &&
    ifMatch !== '*' &&
    (!existing || ifMatch.replace(/"/g, '') !== etag())
  ) {
    throw new ArmError(
      412,
      'PreconditionFailed',
      `The specified If-Match value '${ifMatch}' does not match the resource's eTag.`,
    );
  }
  if (ifMatch === '*' && !existing) {
    throw new ArmError(
      412,
      'PreconditionFailed',
      'The resource does not exist and If-Match is "*".',
    );
  }
}

function createCluster(
  req: ArmRequest,
  ctx: EmulatorContext,
  id: string,
  body: Record<string, any>,
): ArmResponse {
  const version = validateNewCluster(req.params.resourceName, body);
  const record = storeNewCluster(ctx, id, body, version, 'Creating', false);
  const pools = poolsOf(ctx, id);
  const op = startClusterOperation(ctx, record, {
    operation: 'ManagedClusters_CreateOrUpdate',
    kind: 'create managed cluster',
    clusterState: 'Creating',
    poolStates: new Map(pools.map(p => [p.id.toLowerCase(), 'Creating'])),
    onSucceeded: () => {
      record.body.properties.provisioningState = 'Succeeded';
      for (const pool of poolsOf(ctx, id))
        pool.body.properties.provisioningState = 'Succeeded';
    },
  });
  return {
    status: 201,
    body: renderCluster(ctx, record),
    headers: lroHeaders(req, ctx, op, { asyncOperation: true }),
  };
}

function updateCluster(
  req: ArmRequest,
  ctx: EmulatorContext,
  record: StoredResource,
  body: Record<string, any>,
): ArmResponse {
  guardClusterMutation(ctx, record);
  const pools = poolsOf(ctx, record.id);
  const existingPools = new Map(
    pools.map(p => [p.id.split('/').pop()!, p.body.properties]),
  );
  const version = validateClusterUpdate(
    req.params.resourceName,
    body,
    record.body,
    existingPools,
  );
  const stored = record.body;
  const fromVersion = stored.properties.currentKubernetesVersion;
  if (body.tags !== undefined) stored.tags = body.tags;
  if (body.sku !== undefined)
    stored.sku = {
      ...stored.sku,
      ...body.sku,
      ...(body.sku.name === 'Basic' ? { name: 'Base' } : {}),
    };
  const incoming = deepClone(body.properties ?? {});
  for (const key of KEPT_ON_UPDATE) delete incoming[key];
  delete incoming.servicePrincipalProfile;
  delete incoming.windowsProfile?.adminPassword;
  Object.assign(stored.properties, incoming);
  if (incoming.networkProfile)
    stored.properties.networkProfile = withOutboundIPs(
      {
        ...record.body.properties.networkProfile,
        ...incoming.networkProfile,
      },
      record.id,
      stored.properties.nodeResourceGroup,
    );
  stored.properties.kubernetesVersion = version;
  stored.properties.addonProfiles = completeAddons(
    stored.properties.addonProfiles ?? {},
    record.subscriptionId,
    stored.properties.nodeResourceGroup,
    record.id,
    false,
  );
  stored.eTag = shortHash(newGuid(), 16);

  const poolStates = new Map<string, string>();
  const network = stored.properties.networkProfile;
  for (const profile of body.properties?.agentPoolProfiles ?? []) {
    const { name, ...props } = deepClone(profile) as Record<string, any>;
    for (const key of READ_ONLY_POOL_PROPS) delete props[key];
    const poolId = `${record.id}/agentPools/${name}`;
    const existing = ctx.store.get(poolId);
    if (!existing) {
      ctx.store.put(poolId, {
        properties: newPoolProperties(
          props,
          {
            clusterVersion: version,
            networkPlugin: network.networkPlugin,
            networkPluginMode: network.networkPluginMode,
            powerState: 'Running',
            firstPool: false,
          },
          'Creating',
        ),
      });
      poolStates.set(poolId.toLowerCase(), 'Creating');
      continue;
    }
    const current = existing.body.properties;
    const upgrading =
      props.orchestratorVersion &&
      props.orchestratorVersion !== current.currentOrchestratorVersion;
    const scaling = props.count !== undefined && props.count !== current.count;
    Object.assign(current, props);
    if (!props.orchestratorVersion)
      current.orchestratorVersion = current.currentOrchestratorVersion;
    let state = 'Updating';
    if (scaling) state = 'Scaling';
    if (upgrading) state = 'Upgrading';
    poolStates.set(poolId.toLowerCase(), state);
  }
  const upgrading = version !== fromVersion;
  const op = startClusterOperation(ctx, record, {
    operation: 'ManagedClusters_CreateOrUpdate',
    kind: upgrading ? 'upgrade managed cluster' : 'update managed cluster',
    clusterState: upgrading ? 'Upgrading' : 'Updating',
    poolStates,
    onSucceeded: () => {
      stored.properties.provisioningState = 'Succeeded';
      stored.properties.currentKubernetesVersion = version;
      for (const pool of poolsOf(ctx, record.id)) {
        const props = pool.body.properties;
        if (poolStates.has(pool.id.toLowerCase())) {
          if (props.currentOrchestratorVersion !== props.orchestratorVersion) {
            props.currentOrchestratorVersion = props.orchestratorVersion;
            props.nodeImageVersion = latestNodeImage(props.osType, props.osSKU);
          }
          props.provisioningState = 'Succeeded';
        }
      }
    },
  });
  return {
    status: 200,
    body: renderCluster(ctx, record),
    headers: lroHeaders(req, ctx, op, { asyncOperation: true }),
  };
}

export function createOrUpdateCluster(
  req: ArmRequest,
  ctx: EmulatorContext,
): ArmResponse {
  const body = jsonBody(req);
  checkClusterBody(body);
  requireResourceGroup(
    ctx,
    req.params.subscriptionId,
    req.params.resourceGroupName,
  );
  const id = clusterIdOf(req);
  const existing = ctx.store.get(id);
  checkPreconditions(req, existing, () => existing?.body.eTag);
  return existing
    ? updateCluster(req, ctx, existing, body)
    : createCluster(req, ctx, id, body);
}
