import { newGuid, shortHash, stableGuid } from '../../util/ids';
import { deepClone } from '../../util/random';
import type { EmulatorContext } from '../../emulatorContext';
import type { StoredResource } from '../../state/resourceStore';
import { CLUSTER_TYPE, POOL_TYPE } from './aksTypes';
import { newPoolProperties, poolProfile } from './agentPoolModel';

/** Location as ARM stores it: lower case, no spaces. */
export const normalizeLocation = (location: string) =>
  location.toLowerCase().replace(/\s/g, '');

function identityIds(seed: string, deterministic: boolean) {
  const make = (part: string) =>
    deterministic ? stableGuid(`${seed}/${part}`) : newGuid();
  return {
    principalId: make('principal'),
    clientId: make('client'),
    objectId: make('object'),
  };
}

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

/** Builds the stored cluster body (without pools) AKS would return after create. */
export function newClusterBody(
  ctx: EmulatorContext,
  id: string,
  input: Record<string, any>,
  version: string,
  provisioningState: string,
  deterministic: boolean,
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
        const uamiIds = identityIds(uami.toLowerCase(), true);
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

function defaultNetworkProfile(
  input: Record<string, any> | undefined,
): Record<string, any> {
  const network: Record<string, any> = { networkPlugin: 'azure', ...input };
  if (
    input?.networkPlugin === undefined &&
    input?.networkPluginMode === undefined
  )
    network.networkPluginMode = 'overlay';
  if (
    network.networkPlugin === 'kubenet' ||
    network.networkPluginMode === 'overlay'
  )
    network.podCidr ??= '10.244.0.0/16';
  network.serviceCidr ??= '10.0.0.0/16';
  network.dnsServiceIP ??= '10.0.0.10';
  network.outboundType ??= 'loadBalancer';
  network.loadBalancerSku ??= 'standard';
  network.ipFamilies ??= ['IPv4'];
  if (network.networkDataplane === 'cilium') network.networkPolicy ??= 'cilium';
  if (network.podCidr) network.podCidrs ??= [network.podCidr];
  network.serviceCidrs ??= [network.serviceCidr];
  return network;
}

/**
 * A standard load balancer's profile as AKS fills it in: one managed outbound
 * IP unless the client brings its own, its defaults, and the effective IPs
 * (managed ones live in the node resource group).
 */
export function withOutboundIPs(
  network: Record<string, any>,
  clusterId: string,
  nodeResourceGroup: string,
): Record<string, any> {
  if (
    network.outboundType !== 'loadBalancer' ||
    network.loadBalancerSku !== 'standard'
  )
    return network;
  const lb: Record<string, any> = { ...network.loadBalancerProfile };
  if (!lb.outboundIPs && !lb.outboundIPPrefixes)
    lb.managedOutboundIPs ??= { count: 1 };
  lb.allocatedOutboundPorts ??= 0;
  lb.idleTimeoutInMinutes ??= 30;
  const subscriptionId = clusterId.split('/')[2];
  lb.effectiveOutboundIPs = lb.managedOutboundIPs
    ? Array.from({ length: lb.managedOutboundIPs.count ?? 1 }, (_, i) => ({
        id: `/subscriptions/${subscriptionId}/resourceGroups/${nodeResourceGroup}/providers/Microsoft.Network/publicIPAddresses/${stableGuid(
          `${clusterId.toLowerCase()}/outbound/${i}`,
        )}`,
      }))
    : (lb.outboundIPs?.publicIPs ?? []).map((ip: { id: string }) => ({
        id: ip.id,
      }));
  return { ...network, loadBalancerProfile: lb };
}

/** Enabled addons get the managed identity AKS creates for them. */
export function completeAddons(
  addons: Record<string, any>,
  subscriptionId: string,
  nodeResourceGroup: string,
  clusterId: string,
  deterministic: boolean,
): Record<string, any> {
  const result: Record<string, any> = {};
  for (const [name, addon] of Object.entries<any>(addons)) {
    result[name] = {
      ...addon,
      config:
        addon.config ??
        (name === 'aciConnectorLinux'
          ? { SubnetName: 'virtual-node-aci' }
          : undefined),
    };
    if (result[name].config === undefined) delete result[name].config;
    if (addon.enabled && !addon.identity) {
      const ids = identityIds(
        `${clusterId.toLowerCase()}/${name}`,
        deterministic,
      );
      result[name].identity = {
        resourceId: `/subscriptions/${subscriptionId}/resourcegroups/${nodeResourceGroup}/providers/Microsoft.ManagedIdentity/userAssignedIdentities/${name.toLowerCase()}-${clusterId
          .split('/')
          .pop()}`,
        clientId: ids.clientId,
        objectId: ids.objectId,
      };
    }
    if (!addon.enabled) delete result[name].identity;
  }
  return result;
}

/** Stores a new cluster and its pools in one go (used by PUT and by seeds). */
export function storeNewCluster(
  ctx: EmulatorContext,
  id: string,
  input: Record<string, any>,
  version: string,
  provisioningState: string,
  deterministic: boolean,
): StoredResource {
  const body = newClusterBody(
    ctx,
    id,
    input,
    version,
    provisioningState,
    deterministic,
  );
  const record = ctx.store.put(id, body);
  const network = body.properties.networkProfile;
  (input.properties?.agentPoolProfiles ?? []).forEach(
    (profile: Record<string, any>, i: number) => {
      const { name, ...props } = profile;
      ctx.store.put(`${id}/agentPools/${name}`, {
        properties: newPoolProperties(
          props,
          {
            clusterVersion: version,
            networkPlugin: network.networkPlugin,
            networkPluginMode: network.networkPluginMode,
            powerState: 'Running',
            firstPool: i === 0,
          },
          provisioningState,
        ),
      });
    },
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
  return {
    id: record.id,
    name: record.id.split('/').pop(),
    type: CLUSTER_TYPE,
    ...record.body,
    properties: {
      ...record.body.properties,
      agentPoolProfiles: poolsOf(ctx, record.id).map(pool => ({
        name: pool.id.split('/').pop(),
        ...pool.body.properties,
      })),
    },
  };
}

/** The ManagedCluster body with `agentPoolProfiles` joined in from the pools. */
export function renderCluster(
  ctx: EmulatorContext,
  record: StoredResource,
): Record<string, any> {
  const body = deepClone(record.body);
  body.properties.agentPoolProfiles = poolsOf(ctx, record.id).map(poolProfile);
  return {
    id: record.id,
    name: record.id.split('/').pop(),
    type: CLUSTER_TYPE,
    ...body,
  };
}
