import type {
  AgentPoolUpgradeProfile as ArmAgentPoolUpgradeProfile,
  KubernetesVersion,
  ManagedCluster,
  ManagedClusterAgentPoolProfile,
  ManagedClusterUpgradeProfile,
} from '@azure/arm-containerservice';
import {
  AksClusterRef,
  ClusterDetails,
  ClusterTier,
  KubernetesSupportPlan,
  KubernetesVersionInfo,
  NodePool,
  PowerState,
  UpgradeInfo,
} from '@aks-backstage/plugin-aks-common';

const VIRTUAL_NODES_ADDON = 'aciConnectorLinux';

function powerState(code: string | undefined): PowerState {
  return code === 'Running' || code === 'Stopped' ? code : 'Unknown';
}

function toNodePool(pool: ManagedClusterAgentPoolProfile): NodePool {
  return {
    name: pool.name,
    mode: (pool.mode ?? 'User') as NodePool['mode'],
    osType: pool.osType ?? 'Linux',
    osSKU: pool.osSKU,
    vmSize: pool.vmSize ?? '',
    count: pool.count ?? 0,
    minCount: pool.minCount,
    maxCount: pool.maxCount,
    enableAutoScaling: pool.enableAutoScaling ?? false,
    scaleSetPriority: pool.scaleSetPriority === 'Spot' ? 'Spot' : 'Regular',
    scaleSetEvictionPolicy:
      pool.scaleSetPriority === 'Spot'
        ? (pool.scaleSetEvictionPolicy as NodePool['scaleSetEvictionPolicy'])
        : undefined,
    spotMaxPrice: pool.spotMaxPrice,
    orchestratorVersion: pool.orchestratorVersion ?? '',
    currentOrchestratorVersion:
      pool.currentOrchestratorVersion ?? pool.orchestratorVersion ?? '',
    nodeImageVersion: pool.nodeImageVersion,
    provisioningState: pool.provisioningState ?? '',
    powerState: powerState(pool.powerState?.code),
    maxPods: pool.maxPods,
    availabilityZones: pool.availabilityZones,
  };
}

/** The service principal of a cluster without a managed identity; AKS writes `msi` for one with. */
function servicePrincipalOf(
  cluster: ManagedCluster,
): ClusterDetails['identity']['servicePrincipal'] {
  const clientId = cluster.servicePrincipalProfile?.clientId;
  const managed = (cluster.identity?.type ?? 'None') !== 'None';
  return !managed && clientId && clientId.toLowerCase() !== 'msi'
    ? { clientId }
    : undefined;
}

/** A managed cluster as ARM returns it, in the terms of the AKS API. */
export function toClusterDetails(
  ref: AksClusterRef,
  cluster: ManagedCluster,
  subscriptionDisplayName?: string,
): ClusterDetails {
  const addonProfiles = cluster.addonProfiles ?? {};
  const virtualNodes = addonProfiles[VIRTUAL_NODES_ADDON];
  const network = cluster.networkProfile ?? {};
  const systemPool = cluster.agentPoolProfiles?.find(p => p.mode === 'System');
  return {
    id: cluster.id ?? '',
    name: cluster.name ?? ref.name,
    subscriptionId: ref.subscriptionId,
    subscriptionDisplayName,
    resourceGroup: ref.resourceGroup,
    location: cluster.location,
    provisioningState: cluster.provisioningState ?? '',
    powerState: powerState(cluster.powerState?.code),
    tier: (cluster.sku?.tier ?? 'Free') as ClusterTier,
    supportPlan: (cluster.supportPlan ??
      'KubernetesOfficial') as KubernetesSupportPlan,
    kubernetesVersion: cluster.kubernetesVersion ?? '',
    currentKubernetesVersion:
      cluster.currentKubernetesVersion ?? cluster.kubernetesVersion ?? '',
    fqdn: cluster.fqdn,
    nodeResourceGroup: cluster.nodeResourceGroup,
    dnsPrefix: cluster.dnsPrefix,
    autoUpgradeChannel: cluster.autoUpgradeProfile?.upgradeChannel,
    nodeOSUpgradeChannel: cluster.autoUpgradeProfile?.nodeOSUpgradeChannel,
    networkProfile: {
      networkPlugin: network.networkPlugin ?? 'kubenet',
      networkPluginMode: network.networkPluginMode,
      networkPolicy: network.networkPolicy,
      networkDataplane: network.networkDataplane,
      podCidr: network.podCidr,
      serviceCidr: network.serviceCidr,
      maxPods: systemPool?.maxPods,
    },
    addons: {
      virtualNodes: {
        enabled: virtualNodes?.enabled ?? false,
        subnetName: virtualNodes?.config?.SubnetName,
      },
      profiles: Object.fromEntries(
        Object.entries(addonProfiles).map(([name, p]) => [
          name,
          { enabled: p.enabled },
        ]),
      ),
    },
    identity: {
      type: cluster.identity?.type ?? 'None',
      kubeletIdentityObjectId:
        cluster.identityProfile?.kubeletidentity?.objectId,
      servicePrincipal: servicePrincipalOf(cluster),
    },
    provisioningError: cluster.status?.provisioningError
      ? {
          code: cluster.status.provisioningError.code ?? 'Unknown',
          message: cluster.status.provisioningError.message ?? '',
        }
      : undefined,
    nodePools: (cluster.agentPoolProfiles ?? []).map(toNodePool),
    tags: cluster.tags,
  };
}

/** The Kubernetes versions of a location (`listKubernetesVersions`). */
export function toVersionInfos(
  versions: KubernetesVersion[],
): KubernetesVersionInfo[] {
  return versions.map(v => ({
    version: v.version ?? '',
    isDefault: v.isDefault,
    isPreview: v.isPreview ?? false,
    supportPlans: (v.capabilities?.supportPlan ??
      []) as KubernetesSupportPlan[],
    patchVersions: Object.entries(v.patchVersions ?? {}).map(
      ([version, patch]) => ({ version, upgrades: patch.upgrades ?? [] }),
    ),
  }));
}

function toUpgrades(
  upgrades: { kubernetesVersion?: string; isPreview?: boolean }[] = [],
) {
  return upgrades.map(u => ({
    kubernetesVersion: u.kubernetesVersion ?? '',
    isPreview: u.isPreview ?? false,
  }));
}

/** The cluster's upgrade profile and its pools' upgrade profiles. */
export function toUpgradeInfo(
  cluster: ManagedClusterUpgradeProfile,
  pools: Array<{ name: string; profile: ArmAgentPoolUpgradeProfile }>,
): UpgradeInfo {
  return {
    controlPlaneProfile: {
      kubernetesVersion: cluster.controlPlaneProfile.kubernetesVersion,
      upgrades: toUpgrades(cluster.controlPlaneProfile.upgrades),
    },
    agentPoolProfiles: pools.map(({ name, profile }) => ({
      name,
      kubernetesVersion: profile.kubernetesVersion,
      upgrades: toUpgrades(profile.upgrades),
      latestNodeImageVersion: profile.latestNodeImageVersion,
    })),
  };
}
