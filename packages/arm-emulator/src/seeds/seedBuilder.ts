import type { EmulatorContext } from '../emulatorContext';
import type { StoredResource } from '../persistence/resourceStore';
import { resourceGroupId, resourceId } from '../util/ids';
import {
  storeNewCluster,
  poolsOf,
} from '../handlers/containerService/clusterModel';
import { startClusterOperation } from '../handlers/containerService/clusterOperations';
import { olderNodeImage } from '../handlers/containerService/nodeImages';
import { CLUSTER_TYPE } from '../handlers/containerService/aksTypes';
import { storeMaintenanceConfiguration } from '../handlers/containerService/maintenanceConfigurationModel';
import {
  newRegistryBody,
  REGISTRY_TYPE,
} from '../handlers/containerRegistry/registryModel';

export function addResourceGroup(
  ctx: EmulatorContext,
  subscriptionId: string,
  name: string,
  location: string,
  tags?: Record<string, string>,
) {
  ctx.store.put(resourceGroupId(subscriptionId, name), {
    location,
    ...(tags ? { tags } : {}),
    properties: { provisioningState: 'Succeeded' },
  });
}

/** A cluster as it looks after a successful create. `body` is a ManagedCluster PUT body. */
export function addCluster(
  ctx: EmulatorContext,
  subscriptionId: string,
  resourceGroup: string,
  name: string,
  version: string,
  body: Record<string, any>,
): StoredResource {
  return storeNewCluster(ctx, {
    id: resourceId(subscriptionId, resourceGroup, CLUSTER_TYPE, name),
    input: body,
    version,
    provisioningState: 'Succeeded',
    deterministic: true,
  });
}

/** A maintenance configuration of a cluster; `properties` as a PUT sends them. */
export function addMaintenanceConfiguration(
  ctx: EmulatorContext,
  cluster: StoredResource,
  name:
    | 'default'
    | 'aksManagedAutoUpgradeSchedule'
    | 'aksManagedNodeOSUpgradeSchedule',
  properties: Record<string, any>,
): StoredResource {
  return storeMaintenanceConfiguration(ctx, cluster.id, name, properties);
}

export function poolNamed(
  ctx: EmulatorContext,
  cluster: StoredResource,
  name: string,
): StoredResource {
  return poolsOf(ctx, cluster.id).find(p => p.id.endsWith(`/${name}`))!;
}

export function setNodeImageBehind(pool: StoredResource, build?: string) {
  pool.body.properties.nodeImageVersion = olderNodeImage(
    pool.body.properties.osType,
    pool.body.properties.osSKU,
    build,
  );
}

/** Leaves the cluster mid-upgrade (the operation runs until aborted). */
export function setUpgrading(
  ctx: EmulatorContext,
  cluster: StoredResource,
  target: string,
) {
  cluster.body.properties.kubernetesVersion = target;
  const pools = poolsOf(ctx, cluster.id);
  for (const pool of pools) pool.body.properties.orchestratorVersion = target;
  startClusterOperation(ctx, cluster, {
    operation: 'ManagedClusters_CreateOrUpdate',
    kind: 'upgrade managed cluster',
    clusterState: 'Upgrading',
    poolStates: new Map(pools.map(p => [p.id.toLowerCase(), 'Upgrading'])),
    durationMs: Infinity,
    onSucceeded: () => {},
  });
}

export function setStopped(ctx: EmulatorContext, cluster: StoredResource) {
  cluster.body.properties.powerState = { code: 'Stopped' };
  for (const pool of poolsOf(ctx, cluster.id))
    pool.body.properties.powerState = { code: 'Stopped' };
}

export function setFailed(
  ctx: EmulatorContext,
  cluster: StoredResource,
  code: string,
  message: string,
) {
  cluster.body.properties.provisioningState = 'Failed';
  cluster.body.properties.status = { provisioningError: { code, message } };
  for (const pool of poolsOf(ctx, cluster.id))
    pool.body.properties.provisioningState = 'Failed';
}

export function addRegistry(
  ctx: EmulatorContext,
  subscriptionId: string,
  resourceGroup: string,
  name: string,
  location: string,
  sku: string,
): StoredResource {
  return ctx.store.put(
    resourceId(subscriptionId, resourceGroup, REGISTRY_TYPE, name),
    newRegistryBody(name, { location, sku: { name: sku } }, 'Succeeded'),
  );
}
