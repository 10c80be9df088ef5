import { nameOf, newGuid, shortHash, stableGuid } from '../../util/ids';
import { deepClone } from '../../util/random';
import type { EmulatorContext } from '../../emulatorContext';
import type { StoredResource } from '../../persistence/resourceStore';
import { normalizeLocation } from '../arm/location';
import { renderResource } from '../arm/renderResource';
import { CLUSTER_TYPE, POOL_TYPE } from './aksTypes';
import { poolProfile, storeNewPool } from './agentPoolModel';
import { completeAddons, identityIds } from './clusterIdentities';
import { defaultNetworkProfile, withOutboundIPs } from './clusterNetwork';
import { oidcIssuerProfile } from './clusterWorkloadIdentity';

/** Properties of a cluster the spec marks read-only: AKS ignores what a client sends for them. */
export const READ_ONLY_CLUSTER_PROPERTIES = [
  'provisioningState',
  'powerState',
  'currentKubernetesVersion',
  'fqdn',
  'azurePortalFQDN',
  'privateFQDN',
  'maxAgentPools',
  'resourceUID',
  'status',
];

/** A cluster to create: its id, its ManagedCluster PUT body, its resolved version and its state. */
export interface NewCluster {
  id: string;
  input: Record<string, any>;
  version: string;
  provisioningState: string;
  /** Seeded clusters get ids derived from theirs, so that every start makes the same ones. */
  deterministic: boolean;
}

/** Builds the stored cluster body (without pools) AKS would return after create. */
function newClusterBody(
  ctx: EmulatorContext,
  { id, input, version, provisioningState, deterministic }: NewCluster,
): Record<string, any> {
  const [, , subscriptionId, , resourceGroup, , , , name] = id.split('/');
  const body: Record<string, any> = deepClone(input);
  delete body.id;
  delete body.name;
  delete body.type;
  delete body.systemData;
  body.location = normalizeLocation(body.location);
  body.sku = { name: 'Base', tier: 'Free', ...body.sku };
  // 'Basic' is the old name of the 'Base' SKU; AKS accepts it and answers with 'Base'.
  if (body.sku.name === 'Basic') body.sku.name = 'Base';
  const props: Record<string, any> = (body.properties ??= {});
  delete props.agentPoolProfiles;
  for (const key of READ_ONLY_CLUSTER_PROPERTIES) delete props[key];
  const ids = identityIds(id.toLowerCase(), deterministic);
  const usesServicePrincipal =
    props.servicePrincipalProfile?.clientId &&
    props.servicePrincipalProfile.clientId !== 'msi' &&
    !body.identity;
  if (props.servicePrincipalProfile)
    delete props.servicePrincipalProfile.secret;
  if (props.windowsProfile) delete props.windowsProfile.adminPassword;
  if (!usesServicePrincipal) {
    body.identity ??= { type: 'SystemAssigned' };
    if (body.identity.type === 'SystemAssigned') {
      body.identity.principalId = ids.principalId;
      body.identity.tenantId = ctx.tenantId;
    } else if (body.identity.type === 'UserAssigned') {
      for (const [uami, value] of Object.entries<any>(
        body.identity.userAssignedIdentities ?? {},
      )) {
        const uamiIds =
          ctx.store.get(uami)?.body.properties ??
          identityIds(uami.toLowerCase(), true);
        body.identity.userAssignedIdentities[uami] = {
          ...value,
          principalId: uamiIds.principalId,
          clientId: uamiIds.clientId,
        };
      }
    }
    props.servicePrincipalProfile = { clientId: 'msi' };
  }
  const hash = shortHash(id.toLowerCase());
  props.dnsPrefix ??= `${name.slice(0, 30)}-${resourceGroup.slice(
    0,
    16,
  )}-${subscriptionId.slice(0, 6)}`.replace(/[^a-zA-Z0-9-]/g, '');
  props.fqdn = `${props.dnsPrefix}-${hash}.hcp.${body.location}.azmk8s.io`;
  props.azurePortalFQDN = `${props.dnsPrefix}-${hash}.portal.hcp.${body.location}.azmk8s.io`;
  if (props.apiServerAccessProfile?.enablePrivateCluster) {
    props.privateFQDN = `${props.dnsPrefix}-${hash}.${stableGuid(
      `${id.toLowerCase()}/private-dns`,
    )}.privatelink.${body.location}.azmk8s.io`;
  }
  props.nodeResourceGroup ??= `MC_${resourceGroup}_${name}_${body.location}`;
  props.kubernetesVersion = version;
  props.currentKubernetesVersion = version;
  props.enableRBAC ??= true;
  props.supportPlan ??= 'KubernetesOfficial';
  props.maxAgentPools = 100;
  props.resourceUID = shortHash(`${id.toLowerCase()}/uid`, 24);
  props.autoUpgradeProfile = {
    upgradeChannel: 'none',
    nodeOSUpgradeChannel: 'NodeImage',
    ...props.autoUpgradeProfile,
  };
  props.networkProfile = withOutboundIPs(
    defaultNetworkProfile(props.networkProfile),
    id,
    props.nodeResourceGroup,
  );
  if (!usesServicePrincipal) {
    props.identityProfile = {
      kubeletidentity: {
        resourceId: `/subscriptions/${subscriptionId}/resourcegroups/${props.nodeResourceGroup}/providers/Microsoft.ManagedIdentity/userAssignedIdentities/${name}-agentpool`,
        clientId: ids.clientId,
        objectId: ids.objectId,
      },
    };
  }
  props.oidcIssuerProfile = oidcIssuerProfile(
    props.oidcIssuerProfile,
    undefined,
    { id, location: body.location, tenantId: ctx.tenantId, deterministic },
  );
  props.addonProfiles = completeAddons(
    props.addonProfiles ?? {},
    subscriptionId,
    props.nodeResourceGroup,
    id,
    deterministic,
  );
  props.provisioningState = provisioningState;
  props.powerState = { code: 'Running' };
  body.eTag = shortHash(newGuid(), 16);
  return body;
}

/** Stores a new cluster and its pools in one go (used by PUT and by seeds). */
export function storeNewCluster(
  ctx: EmulatorContext,
  cluster: NewCluster,
): StoredResource {
  const body = newClusterBody(ctx, cluster);
  const record = ctx.store.put(cluster.id, body);
  const joined = {
    id: cluster.id,
    version: cluster.version,
    network: body.properties.networkProfile,
  };
  (cluster.input.properties?.agentPoolProfiles ?? []).forEach(
    ({ name, ...props }: Record<string, any>, i: number) =>
      storeNewPool(
        ctx.store,
        joined,
        name,
        props,
        cluster.provisioningState,
        i === 0,
      ),
  );
  return record;
}

export function poolsOf(
  ctx: EmulatorContext,
  clusterId: string,
): StoredResource[] {
  return ctx.store.childrenOf(clusterId, POOL_TYPE);
}

/**
 * A cluster as a list page sends it: the stored objects are shared, not
 * copied, since the page is serialised at once and nothing keeps it.
 */
export function renderListedCluster(
  ctx: EmulatorContext,
  record: StoredResource,
): Record<string, any> {
  return renderResource(record, CLUSTER_TYPE, {
    ...record.body,
    properties: {
      ...record.body.properties,
      agentPoolProfiles: poolsOf(ctx, record.id).map(pool => ({
        name: nameOf(pool.id),
        ...pool.body.properties,
      })),
    },
  });
}

/** The ManagedCluster body with `agentPoolProfiles` joined in from the pools. */
export function renderCluster(
  ctx: EmulatorContext,
  record: StoredResource,
): Record<string, any> {
  const body = deepClone(record.body);
  body.properties.agentPoolProfiles = poolsOf(ctx, record.id).map(poolProfile);
  return renderResource(record, CLUSTER_TYPE, body);
}
