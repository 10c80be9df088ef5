import { jsonBody, type ArmRequest, type ArmResponse } from '../armRequest';
import type { EmulatorContext } from '../../emulatorContext';
import type { StoredResource } from '../../persistence/resourceStore';
import { deepClone } from '../../util/random';
import { nameOf, newGuid, shortHash } from '../../util/ids';
import { checkPreconditions } from '../arm/preconditions';
import { requireRequestGroup } from '../arm/resourceLookup';
import { lroHeaders } from '../operations/lroHeaders';
import { validateClusterUpdate, validateNewCluster } from './validateCluster';
import {
  checkWorkloadIdentity,
  oidcIssuerProfile,
} from './clusterWorkloadIdentity';
import { compareVersions, minorOf } from './kubernetesVersions';
import { checkClusterBody } from './clusterBody';
import {
  poolsOf,
  READ_ONLY_CLUSTER_PROPERTIES,
  renderCluster,
  storeNewCluster,
} from './clusterModel';
import { completeAddons } from './clusterIdentities';
import { withOutboundIPs } from './clusterNetwork';
import {
  poolIdOf,
  poolUpdateState,
  READ_ONLY_POOL_PROPERTIES,
  storeNewPool,
} from './agentPoolModel';
import { latestNodeImage } from './nodeImages';
import {
  clusterIdOf,
  guardClusterMutation,
  startClusterOperation,
} from './clusterOperations';

/** What an update never takes from the body: read-only properties, the kubelet identity, and pools (merged one by one). */
const KEPT_ON_UPDATE = [
  ...READ_ONLY_CLUSTER_PROPERTIES,
  'identityProfile',
  'agentPoolProfiles',
];

function createCluster(
  req: ArmRequest,
  ctx: EmulatorContext,
  id: string,
  body: Record<string, any>,
): ArmResponse {
  const version = validateNewCluster(req.params.resourceName, body);
  // AKS turns the OIDC issuer on for new clusters from 1.35 when the request leaves it out.
  if (
    body.properties?.oidcIssuerProfile?.enabled === undefined &&
    compareVersions(minorOf(version), '1.35') >= 0
  )
    body.properties = {
      ...body.properties,
      oidcIssuerProfile: { enabled: true },
    };
  checkWorkloadIdentity(body);
  const record = storeNewCluster(ctx, {
    id,
    input: body,
    version,
    provisioningState: 'Creating',
    deterministic: false,
  });
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
    pools.map(p => [nameOf(p.id), p.body.properties]),
  );
  const version = validateClusterUpdate(
    req.params.resourceName,
    body,
    record.body,
    existingPools,
  );
  checkWorkloadIdentity(body, record.body.properties);
  const stored = record.body;
  const fromVersion = stored.properties.currentKubernetesVersion;
  const issuerBefore = stored.properties.oidcIssuerProfile;
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
  // A channel left out keeps its value, as AKS keeps it.
  if (incoming.autoUpgradeProfile)
    incoming.autoUpgradeProfile = {
      ...stored.properties.autoUpgradeProfile,
      ...incoming.autoUpgradeProfile,
    };
  Object.assign(stored.properties, incoming);
  stored.properties.oidcIssuerProfile = oidcIssuerProfile(
    incoming.oidcIssuerProfile,
    issuerBefore,
    {
      id: record.id,
      location: stored.location,
      tenantId: ctx.tenantId,
      deterministic: false,
    },
  );
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
  const joined = {
    id: record.id,
    version,
    network: stored.properties.networkProfile,
  };
  for (const profile of body.properties?.agentPoolProfiles ?? []) {
    const { name, ...props } = deepClone(profile) as Record<string, any>;
    for (const key of READ_ONLY_POOL_PROPERTIES) delete props[key];
    const existing = ctx.store.get(poolIdOf(record.id, name));
    if (!existing) {
      const pool = storeNewPool(ctx.store, joined, name, props, 'Creating');
      poolStates.set(pool.id.toLowerCase(), 'Creating');
      continue;
    }
    const current = existing.body.properties;
    const state = poolUpdateState(current, props);
    Object.assign(current, props);
    if (!props.orchestratorVersion)
      current.orchestratorVersion = current.currentOrchestratorVersion;
    poolStates.set(existing.id.toLowerCase(), state);
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
  requireRequestGroup(req, ctx);
  const id = clusterIdOf(req);
  const existing = ctx.store.get(id);
  checkPreconditions(req, existing, () => existing?.body.eTag);
  return existing
    ? updateCluster(req, ctx, existing, body)
    : createCluster(req, ctx, id, body);
}
