import type {
  AgentPoolUpgradeProfile as ArmAgentPoolUpgradeProfile,
  KubernetesVersion,
  ManagedCluster,
  ManagedClusterAgentPoolProfile,
  ManagedClusterUpgradeProfile,
} from '@azure/arm-containerservice';
import {
  AksClusterRef,
  AvailableUpgrade,
  ClusterDetails,
  KubernetesVersionInfo,
  NodePool,
  PowerState,
  UpgradeInfo,
} from '@aks-backstage/plugin-aks-common';

/*
 * ARM's answers as the wire contract states them. Real ARM leaves optional
 * properties out or sends them as null, sends null for lists, adds
 * properties of newer API versions and enum values the spec does not list,
 * so every read here takes any of those and nothing here throws.
 */

const VIRTUAL_NODES_ADDON = 'aciConnectorLinux';

/** A list ARM sent (or sent as null), without null items. */
export function present<T>(
  items: ReadonlyArray<T | null | undefined> | null | undefined,
): T[] {
  return Array.isArray(items)
    ? items.filter((item): item is T => item !== null && item !== undefined)
    : [];
}

export const text = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : undefined;

export const count = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) ? value : undefined;

function powerState(code: unknown): PowerState {
  return code === 'Running' || code === 'Stopped' ? code : 'Unknown';
}

function toNodePool(pool: ManagedClusterAgentPoolProfile): NodePool {
  const spot = pool.scaleSetPriority === 'Spot';
  return {
    name: text(pool.name) ?? '',
    mode: text(pool.mode) ?? 'User',
    osType: text(pool.osType) ?? 'Linux',
    osSKU: text(pool.osSKU),
    vmSize: text(pool.vmSize) ?? '',
    count: count(pool.count) ?? 0,
    minCount: count(pool.minCount),
    maxCount: count(pool.maxCount),
    enableAutoScaling: pool.enableAutoScaling === true,
    scaleSetPriority: spot ? 'Spot' : 'Regular',
    scaleSetEvictionPolicy: spot
      ? text(pool.scaleSetEvictionPolicy)
      : undefined,
    spotMaxPrice: count(pool.spotMaxPrice),
    orchestratorVersion: text(pool.orchestratorVersion) ?? '',
    currentOrchestratorVersion:
      text(pool.currentOrchestratorVersion) ??
      text(pool.orchestratorVersion) ??
      '',
    nodeImageVersion: text(pool.nodeImageVersion),
    provisioningState: text(pool.provisioningState) ?? '',
    powerState: powerState(pool.powerState?.code),
    maxPods: count(pool.maxPods),
    availabilityZones: Array.isArray(pool.availabilityZones)
      ? present(pool.availabilityZones).filter(z => typeof z === 'string')
      : undefined,
  };
}

/** The service principal of a cluster without a managed identity; AKS writes `msi` for one with. */
function servicePrincipalOf(
  cluster: ManagedCluster,
): ClusterDetails['identity']['servicePrincipal'] {
  const clientId = text(cluster.servicePrincipalProfile?.clientId);
  const managed = (cluster.identity?.type ?? 'None') !== 'None';
  return !managed && clientId && clientId.toLowerCase() !== 'msi'
    ? { clientId }
    : undefined;
}

function tagsOf(tags: unknown): Record<string, string> | undefined {
  if (!tags || typeof tags !== 'object') return undefined;
  return Object.fromEntries(
    Object.entries(tags).filter(
      (entry): entry is [string, string] => typeof entry[1] === 'string',
    ),
  );
}

function addonsOf(cluster: ManagedCluster): ClusterDetails['addons'] {
  const profiles = Object.entries(cluster.addonProfiles ?? {});
  const virtualNodes = profiles.find(
    ([name]) => name === VIRTUAL_NODES_ADDON,
  )?.[1];
  return {
    virtualNodes: {
      enabled: virtualNodes?.enabled === true,
      subnetName: text(virtualNodes?.config?.SubnetName),
    },
    profiles: Object.fromEntries(
      profiles.map(([name, p]) => [name, { enabled: p?.enabled === true }]),
    ),
  };
}

function provisioningErrorOf(
  cluster: ManagedCluster,
): ClusterDetails['provisioningError'] {
  const error = cluster.status?.provisioningError;
  return error
    ? {
        code: text(error.code) ?? 'Unknown',
        message: text(error.message) ?? '',
      }
    : undefined;
}

/** Workload identity, and the OIDC issuer whose tokens it exchanges. */
function workloadIdentityOf(
  cluster: ManagedCluster,
): ClusterDetails['workloadIdentity'] {
  return {
    workloadIdentityEnabled:
      cluster.securityProfile?.workloadIdentity?.enabled === true,
    oidcIssuerEnabled: cluster.oidcIssuerProfile?.enabled === true,
    oidcIssuerUrl: text(cluster.oidcIssuerProfile?.issuerURL) || undefined,
  };
}

/** A managed cluster as ARM returns it, in the terms of the AKS API. */
export function toClusterDetails(
  ref: AksClusterRef,
  cluster: ManagedCluster,
  subscriptionDisplayName?: string,
): ClusterDetails {
  const network = cluster.networkProfile ?? {};
  const pools = present(cluster.agentPoolProfiles);
  const systemPool = pools.find(p => p.mode === 'System');
  return {
    id: text(cluster.id) ?? '',
    name: text(cluster.name) ?? ref.name,
    subscriptionId: ref.subscriptionId,
    subscriptionDisplayName,
    resourceGroup: ref.resourceGroup,
    location: text(cluster.location) ?? '',
    provisioningState: text(cluster.provisioningState) ?? '',
    powerState: powerState(cluster.powerState?.code),
    tier: text(cluster.sku?.tier) ?? 'Free',
    supportPlan: text(cluster.supportPlan) ?? 'KubernetesOfficial',
    kubernetesVersion: text(cluster.kubernetesVersion) ?? '',
    currentKubernetesVersion:
      text(cluster.currentKubernetesVersion) ??
      text(cluster.kubernetesVersion) ??
      '',
    fqdn: text(cluster.fqdn),
    nodeResourceGroup: text(cluster.nodeResourceGroup),
    dnsPrefix: text(cluster.dnsPrefix),
    autoUpgradeChannel: text(cluster.autoUpgradeProfile?.upgradeChannel),
    nodeOSUpgradeChannel: text(
      cluster.autoUpgradeProfile?.nodeOSUpgradeChannel,
    ),
    networkProfile: {
      networkPlugin: text(network.networkPlugin) ?? 'kubenet',
      networkPluginMode: text(network.networkPluginMode),
      networkPolicy: text(network.networkPolicy),
      networkDataplane: text(network.networkDataplane),
      podCidr: text(network.podCidr),
      serviceCidr: text(network.serviceCidr),
      maxPods: count(systemPool?.maxPods),
    },
    addons: addonsOf(cluster),
    identity: {
      type: text(cluster.identity?.type) ?? 'None',
      kubeletIdentityObjectId: text(
        cluster.identityProfile?.kubeletidentity?.objectId,
      ),
      servicePrincipal: servicePrincipalOf(cluster),
    },
    workloadIdentity: workloadIdentityOf(cluster),
    provisioningError: provisioningErrorOf(cluster),
    nodePools: pools.map(toNodePool),
    tags: tagsOf(cluster.tags),
  };
}

/** The Kubernetes versions of a location (`listKubernetesVersions`). */
export function toVersionInfos(
  versions: KubernetesVersion[] | null | undefined,
): KubernetesVersionInfo[] {
  return present(versions).flatMap(v => {
    const version = text(v.version);
    if (!version) return [];
    return [
      {
        version,
        isDefault: typeof v.isDefault === 'boolean' ? v.isDefault : undefined,
        isPreview: v.isPreview === true,
        supportPlans: present(v.capabilities?.supportPlan).filter(
          p => typeof p === 'string',
        ),
        patchVersions: Object.entries(v.patchVersions ?? {}).map(
          ([patch, info]) => ({
            version: patch,
            upgrades: present(info?.upgrades).filter(
              u => typeof u === 'string',
            ),
          }),
        ),
      },
    ];
  });
}

function toUpgrades(
  upgrades:
    | ReadonlyArray<{ kubernetesVersion?: string; isPreview?: boolean } | null>
    | null
    | undefined,
): AvailableUpgrade[] {
  return present(upgrades).flatMap(u => {
    const kubernetesVersion = text(u.kubernetesVersion);
    return kubernetesVersion
      ? [{ kubernetesVersion, isPreview: u.isPreview === true }]
      : [];
  });
}

/** The cluster's upgrade profile and its pools' upgrade profiles. */
export function toUpgradeInfo(
  cluster: ManagedClusterUpgradeProfile,
  pools: Array<{ name: string; profile: ArmAgentPoolUpgradeProfile }>,
): UpgradeInfo {
  const controlPlane = cluster.controlPlaneProfile ?? {};
  return {
    controlPlaneProfile: {
      kubernetesVersion: text(controlPlane.kubernetesVersion) ?? '',
      upgrades: toUpgrades(controlPlane.upgrades),
    },
    agentPoolProfiles: pools.map(({ name, profile }) => ({
      name,
      kubernetesVersion: text(profile?.kubernetesVersion) ?? '',
      upgrades: toUpgrades(profile?.upgrades),
      latestNodeImageVersion: text(profile?.latestNodeImageVersion),
    })),
  };
}
