import type { Entity } from '@backstage/catalog-model';
import type {
  AksOperation,
  ClusterResponse,
  ClusterSummary,
  EntityClusters,
  HealthWarning,
  NodePool,
} from '@aks-backstage/plugin-aks-common';

export const SUBSCRIPTION = '6f1a2b3c-0000-4000-8000-000000000001';
export const clusterId = (name: string, resourceGroup = 'rg-payments-prod') =>
  `/subscriptions/${SUBSCRIPTION}/resourceGroups/${resourceGroup}/providers/Microsoft.ContainerService/managedClusters/${name}`;

export function nodePool(overrides: Partial<NodePool> = {}): NodePool {
  return {
    name: 'system',
    mode: 'System',
    osType: 'Linux',
    osSKU: 'AzureLinux',
    vmSize: 'Standard_D4ds_v5',
    count: 3,
    enableAutoScaling: false,
    scaleSetPriority: 'Regular',
    orchestratorVersion: '1.34.5',
    currentOrchestratorVersion: '1.34.5',
    nodeImageVersion: 'AKSAzureLinux-V3gen2-202610.01.0',
    latestNodeImageVersion: 'AKSAzureLinux-V3gen2-202610.01.0',
    provisioningState: 'Succeeded',
    powerState: 'Running',
    maxPods: 250,
    availabilityZones: ['1', '2', '3'],
    ...overrides,
  };
}

export function cluster(
  overrides: Partial<ClusterResponse> = {},
): ClusterResponse {
  const name = overrides.name ?? 'aks-payments-prod';
  const nodePools = overrides.nodePools ?? [nodePool()];
  return {
    id: clusterId(name),
    name,
    subscriptionId: SUBSCRIPTION,
    subscriptionDisplayName: 'Contoso Production',
    resourceGroup: 'rg-payments-prod',
    location: 'westeurope',
    provisioningState: 'Succeeded',
    powerState: 'Running',
    tier: 'Standard',
    supportPlan: 'KubernetesOfficial',
    kubernetesVersion: '1.34',
    currentKubernetesVersion: '1.34.5',
    fqdn: `${name}-dns.hcp.westeurope.azmk8s.io`,
    autoUpgradeChannel: 'patch',
    nodeOSUpgradeChannel: 'NodeImage',
    networkProfile: {
      networkPlugin: 'azure',
      networkPluginMode: 'overlay',
      networkPolicy: 'cilium',
      networkDataplane: 'cilium',
      maxPods: 250,
    },
    addons: { virtualNodes: { enabled: false }, profiles: {} },
    identity: { type: 'SystemAssigned' },
    nodePools,
    health: { status: 'healthy', warnings: [] },
    support: { status: 'supported', endsOn: '2027-11-30' },
    upgrades: {
      controlPlaneProfile: {
        kubernetesVersion: '1.34.5',
        upgrades: [{ kubernetesVersion: '1.35.2', isPreview: false }],
      },
      agentPoolProfiles: nodePools.map(p => ({
        name: p.name,
        kubernetesVersion: p.currentOrchestratorVersion,
        upgrades: [],
        latestNodeImageVersion: p.latestNodeImageVersion,
      })),
    },
    fetchedAt: '2026-12-01T09:00:00.000Z',
    stale: false,
    ...overrides,
  };
}

/** A cluster of the fleet, healthy and supported unless told otherwise. */
export function clusterSummary(
  name: string,
  overrides: Partial<ClusterSummary> = {},
): ClusterSummary {
  return {
    id: clusterId(name),
    name,
    subscriptionId: SUBSCRIPTION,
    subscriptionDisplayName: 'Contoso Production',
    resourceGroup: 'rg-payments-prod',
    location: 'westeurope',
    provisioningState: 'Succeeded',
    powerState: 'Running',
    tier: 'Standard',
    kubernetesVersion: '1.34',
    currentKubernetesVersion: '1.34.5',
    nodePoolCount: 1,
    nodeCount: 3,
    health: { status: 'healthy', warnings: [] },
    // Far off, so that the timeline reads the same whatever today is.
    support: { status: 'supported', endsOn: '2031-11-30' },
    ...overrides,
  };
}

export function entity(annotations: Record<string, string> = {}): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name: 'payments-api', namespace: 'default', annotations },
    spec: { type: 'service', owner: 'team-payments', lifecycle: 'production' },
  };
}

export const ENTITY_REF = 'component:default/payments-api';

export const annotated = (...names: string[]) =>
  entity({
    'azure.com/aks-cluster-id': names.map(n => clusterId(n)).join(','),
  });

export function entityClusters(
  ...items: EntityClusters['items']
): EntityClusters {
  return { entityRef: ENTITY_REF, items };
}

export function operation(overrides: Partial<AksOperation> = {}): AksOperation {
  return {
    id: '0b6f5a3e-6c1d-4d7a-9a51-3c1f3b2a1e01',
    kind: 'stop',
    cluster: {
      subscriptionId: SUBSCRIPTION,
      resourceGroup: 'rg-payments-prod',
      name: 'aks-payments-prod',
    },
    status: 'InProgress',
    startedAt: '2026-12-01T09:01:00.000Z',
    requestedBy: 'user:default/guest',
    ...overrides,
  };
}

export function finding(overrides: Partial<HealthWarning> = {}): HealthWarning {
  return {
    code: 'AutoscalerAtMax',
    severity: 'warning',
    title: 'Autoscaler at maximum',
    message: 'Node pool system has reached its autoscaler maximum.',
    remedy: 'Raise the autoscaler maximum of system.',
    docsUrl: 'https://learn.microsoft.com/azure/aks/cluster-autoscaler',
    nodePool: 'system',
    ...overrides,
  };
}
