import { computeHealth } from './computeHealth';
import { buildHealthInput } from './healthInput';
import type {
  ClusterDetails,
  NodePool,
  UpgradeInfo,
} from '@aks-backstage/plugin-aks-common';

const nodePool: NodePool = {
  name: 'nodepool1',
  mode: 'System',
  osType: 'Linux',
  vmSize: 'Standard_D4ds_v5',
  count: 3,
  minCount: 1,
  maxCount: 5,
  enableAutoScaling: true,
  scaleSetPriority: 'Regular',
  orchestratorVersion: '1.33',
  currentOrchestratorVersion: '1.33.2',
  nodeImageVersion: 'AKSUbuntu-2204gen2containerd-202505.01.0',
  provisioningState: 'Succeeded',
  powerState: 'Running',
};

const cluster: ClusterDetails = {
  id: '/subscriptions/0b1f6471-1bf0-4dda-aec3-cb9272f09590/resourceGroups/rg/providers/Microsoft.ContainerService/managedClusters/aks',
  name: 'aks',
  subscriptionId: '0b1f6471-1bf0-4dda-aec3-cb9272f09590',
  resourceGroup: 'rg',
  location: 'westeurope',
  provisioningState: 'Succeeded',
  powerState: 'Running',
  tier: 'Free',
  supportPlan: 'KubernetesOfficial',
  kubernetesVersion: '1.33',
  currentKubernetesVersion: '1.33.2',
  autoUpgradeChannel: 'patch',
  networkProfile: { networkPlugin: 'azure', networkPluginMode: 'overlay' },
  addons: { virtualNodes: { enabled: false }, profiles: {} },
  identity: { type: 'SystemAssigned' },
  nodePools: [nodePool],
};

const upgradeInfo: UpgradeInfo = {
  controlPlaneProfile: {
    kubernetesVersion: '1.33.2',
    upgrades: [{ kubernetesVersion: '1.34.1', isPreview: false }],
  },
  agentPoolProfiles: [
    {
      name: 'NodePool1',
      kubernetesVersion: '1.33.2',
      upgrades: [],
      latestNodeImageVersion: 'AKSUbuntu-2204gen2containerd-202506.01.0',
    },
  ],
};

describe('buildHealthInput', () => {
  it('takes the running version, the control-plane upgrades and each pool’s latest image', () => {
    const versions = [
      {
        version: '1.33',
        isPreview: false,
        supportPlans: ['KubernetesOfficial' as const],
        patchVersions: [],
      },
    ];
    const input = buildHealthInput(cluster, versions, upgradeInfo);
    expect(input).toMatchObject({
      provisioningState: 'Succeeded',
      powerState: 'Running',
      kubernetesVersion: '1.33.2',
      tier: 'Free',
      networkPlugin: 'azure',
      autoUpgradeChannel: 'patch',
      availableVersions: versions,
      upgrades: upgradeInfo.controlPlaneProfile.upgrades,
    });
    expect(input.nodePools).toEqual([
      expect.objectContaining({
        name: 'nodepool1',
        latestNodeImageVersion: 'AKSUbuntu-2204gen2containerd-202506.01.0',
      }),
    ]);
    expect(computeHealth(input).warnings.map(w => w.code)).toEqual([
      'NodeImageDrift',
      'UpgradeAvailable',
      'FreeTierNoSla',
    ]);
  });

  it('takes the network mode, the service principal and each pool’s mode, priority and max pods', () => {
    const servicePrincipal = {
      clientId: 'b2c3d4e5-0000-4000-8000-0000000000a1',
      secretExpiresOn: '2026-12-05T00:00:00Z',
    };
    const input = buildHealthInput({
      ...cluster,
      identity: { type: 'None', servicePrincipal },
      nodePools: [{ ...nodePool, maxPods: 110 }],
    });
    expect(input).toMatchObject({
      networkPluginMode: 'overlay',
      servicePrincipal,
      nodePools: [
        { mode: 'System', scaleSetPriority: 'Regular', maxPods: 110 },
      ],
    });
  });

  it('prefers the latest image already on the pool and works without versions or upgrades', () => {
    const input = buildHealthInput({
      ...cluster,
      nodePools: [
        { ...nodePool, latestNodeImageVersion: nodePool.nodeImageVersion },
      ],
    });
    expect(input.nodePools[0].latestNodeImageVersion).toBe(
      nodePool.nodeImageVersion,
    );
    expect(input.availableVersions).toBeUndefined();
    expect(input.upgrades).toBeUndefined();
  });

  it('takes the control-plane upgrades from the versions list without an upgrade profile', () => {
    const input = buildHealthInput(cluster, [
      {
        version: '1.33',
        isPreview: false,
        supportPlans: ['KubernetesOfficial'],
        patchVersions: [{ version: '1.33.2', upgrades: ['1.33.3', '1.34.1'] }],
      },
      {
        version: '1.34',
        isPreview: true,
        supportPlans: ['KubernetesOfficial'],
        patchVersions: [{ version: '1.34.1', upgrades: [] }],
      },
    ]);
    expect(input.upgrades).toEqual([
      { kubernetesVersion: '1.33.3', isPreview: false },
      { kubernetesVersion: '1.34.1', isPreview: true },
    ]);
  });

  it('falls back to the requested version and treats an empty state as missing', () => {
    const input = buildHealthInput({
      ...cluster,
      provisioningState: '',
      currentKubernetesVersion: '',
    });
    expect(input.kubernetesVersion).toBe('1.33');
    expect(computeHealth(input).status).toBe('unknown');
  });
});
