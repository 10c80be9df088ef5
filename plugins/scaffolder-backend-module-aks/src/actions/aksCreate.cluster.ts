import type {
  ContainerServiceClient,
  KubernetesVersion,
  ManagedCluster,
} from '@azure/arm-containerservice';
import { InputError } from '@backstage/errors';
import {
  AksSubscriptionConfig,
  AzureClients,
  toBackstageError,
} from '@aks-backstage/plugin-aks-node';
import { statusOf } from '../lib/azure';
import { differences } from '../lib/createOrAdopt';
import { poolNodeCount } from '../lib/nodeCount';
import { ClusterInput } from './aksCreate.input';

/** The cluster AKS is asked to create, with its tags. */
export function clusterBody(
  input: ClusterInput,
  tags: Record<string, string>,
): ManagedCluster {
  const azureCni = input.networkPlugin === 'azure';
  return {
    location: input.location,
    tags,
    sku: { name: 'Base', tier: input.tier },
    identity: input.userAssignedIdentityId
      ? {
          type: 'UserAssigned',
          userAssignedIdentities: { [input.userAssignedIdentityId]: {} },
        }
      : { type: 'SystemAssigned' },
    kubernetesVersion: input.kubernetesVersion,
    dnsPrefix:
      input.dnsPrefix ??
      input.name
        .replace(/[^a-zA-Z0-9-]/g, '')
        .slice(0, 54)
        .replace(/-+$/, ''),
    supportPlan: input.supportPlan,
    enableRbac: true,
    aadProfile: input.enableEntraId
      ? {
          managed: true,
          enableAzureRbac: input.enableAzureRbac,
          adminGroupObjectIDs: input.adminGroupObjectIds,
        }
      : undefined,
    autoUpgradeProfile: {
      upgradeChannel: input.autoUpgradeChannel,
      nodeOSUpgradeChannel: input.nodeOsUpgradeChannel,
    },
    networkProfile: {
      networkPlugin: input.networkPlugin,
      networkPluginMode:
        azureCni && input.networkPluginMode === 'overlay'
          ? 'overlay'
          : undefined,
      networkPolicy: input.networkPolicy,
      networkDataplane: azureCni ? input.networkDataplane : undefined,
    },
    agentPoolProfiles: [
      {
        name: 'system',
        mode: 'System',
        type: 'VirtualMachineScaleSets',
        osType: 'Linux',
        osSKU: input.osSku,
        vmSize: input.nodeVmSize,
        ...poolNodeCount(input, 3),
        availabilityZones: input.availabilityZones,
        maxPods: input.maxPods,
        vnetSubnetID: input.subnetId,
      },
    ],
  };
}

/** What an existing cluster differs in from the input. */
export function clusterDifferences(
  input: ClusterInput,
  cluster: ManagedCluster,
): string[] {
  const pool =
    cluster.agentPoolProfiles?.find(p => p.mode === 'System') ??
    cluster.agentPoolProfiles?.[0];
  const network = cluster.networkProfile ?? {};
  const version = cluster.currentKubernetesVersion ?? cluster.kubernetesVersion;
  const precision = input.kubernetesVersion?.split('.').length ?? 3;
  const azureCni = network.networkPlugin === 'azure';
  const {
    name,
    subscriptionId,
    resourceGroup,
    createResourceGroup,
    // Not the cluster's: its own resource, compared on its own.
    autoUpgradeWindow,
    ...wanted
  } = input;
  return differences(
    {
      ...wanted,
      nodeCount: undefined,
      tags: undefined,
      timeoutMinutes: undefined,
      networkPluginMode:
        input.networkPlugin === 'azure' ? input.networkPluginMode : undefined,
    },
    {
      location: cluster.location,
      dnsPrefix: cluster.dnsPrefix,
      kubernetesVersion: version?.split('.').slice(0, precision).join('.'),
      tier: cluster.sku?.tier,
      supportPlan: cluster.supportPlan ?? 'KubernetesOfficial',
      nodeVmSize: pool?.vmSize,
      enableAutoScaling: pool?.enableAutoScaling ?? false,
      minCount: pool?.minCount,
      maxCount: pool?.maxCount,
      availabilityZones: pool?.availabilityZones,
      osSku: pool?.osSKU,
      maxPods: pool?.maxPods,
      subnetId: pool?.vnetSubnetID,
      networkPlugin: network.networkPlugin,
      networkPluginMode:
        azureCni && network.networkPluginMode !== 'overlay'
          ? 'nodeSubnet'
          : network.networkPluginMode,
      networkPolicy: network.networkPolicy ?? 'none',
      networkDataplane: network.networkDataplane ?? 'azure',
      userAssignedIdentityId: Object.keys(
        cluster.identity?.userAssignedIdentities ?? {},
      )[0],
      enableEntraId: Boolean(cluster.aadProfile?.managed),
      enableAzureRbac: Boolean(cluster.aadProfile?.enableAzureRbac),
      adminGroupObjectIds: cluster.aadProfile?.adminGroupObjectIDs,
      autoUpgradeChannel: cluster.autoUpgradeProfile?.upgradeChannel ?? 'none',
      nodeOsUpgradeChannel: cluster.autoUpgradeProfile?.nodeOSUpgradeChannel,
    },
  );
}

/**
 * The Kubernetes version the cluster will get: the input's, when AKS offers
 * it in the location under the support plan, or the location's default.
 */
export async function offeredVersion(
  clients: AzureClients,
  subscription: AksSubscriptionConfig,
  client: ContainerServiceClient,
  input: ClusterInput,
): Promise<string> {
  let values: KubernetesVersion[];
  try {
    ({ values = [] } = await client.managedClusters.listKubernetesVersions(
      input.location,
      clients.requestOptions(),
    ));
  } catch (error) {
    const cause = toBackstageError(error, subscription);
    throw [400, 404].includes(statusOf(error) ?? 0)
      ? new InputError(
          `Invalid input: location: AKS offers no versions in ${input.location}`,
          cause,
        )
      : cause;
  }
  const releases = values.filter(
    v => v.capabilities?.supportPlan?.includes(input.supportPlan) ?? true,
  );
  const requested = input.kubernetesVersion;
  if (!requested) {
    const fallback = releases.find(v => v.isDefault) ?? releases.at(-1);
    if (fallback?.version) return fallback.version;
  }
  const release = releases.find(
    v => v.version === requested?.split('.').slice(0, 2).join('.'),
  );
  if (
    requested &&
    release &&
    (requested === release.version ||
      Object.keys(release.patchVersions ?? {}).includes(requested))
  ) {
    return requested;
  }
  const offered = releases
    .flatMap(v =>
      Object.keys(v.patchVersions ?? {}).map(
        patch => `${patch}${v.isPreview ? ' (preview)' : ''}`,
      ),
    )
    .join(', ');
  throw new InputError(
    `Invalid input: kubernetesVersion: ${
      requested ?? 'a default'
    } is not offered in ${input.location} under ${
      input.supportPlan
    }; offered: ${offered}`,
  );
}
