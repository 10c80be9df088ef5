import type { EmulatorContext } from '../emulatorContext';
import { DEMO_IDS } from './demoIds';
import { addCluster, addResourceGroup } from './seedBuilder';

const PROD = DEMO_IDS.productionSubscriptionId;
const GROUP = 'rg-data-prod';
const DAY_MS = 24 * 60 * 60 * 1000;

const fromNow = (days: number) =>
  new Date(Date.now() + days * DAY_MS).toISOString();

const overlay = {
  networkPlugin: 'azure',
  networkPluginMode: 'overlay',
  podCidr: '10.244.0.0/16',
};
const pool = (
  name: string,
  mode: 'System' | 'User',
  extra: Record<string, any> = {},
) => ({
  name,
  mode,
  vmSize: 'Standard_D4ds_v5',
  count: 3,
  enableAutoScaling: true,
  minCount: 2,
  maxCount: 6,
  ...extra,
});

/** A cluster that authenticates with a service principal instead of a managed identity. */
function addServicePrincipalCluster(
  ctx: EmulatorContext,
  name: string,
  appId: string,
  team: string,
  description: string,
) {
  addCluster(ctx, PROD, GROUP, name, '1.35.2', {
    location: 'westeurope',
    tags: {
      team,
      environment: 'production',
      owner: `team-${team}`,
      system: team,
      description,
    },
    sku: { name: 'Base', tier: 'Standard' },
    properties: {
      dnsPrefix: name,
      servicePrincipalProfile: { clientId: appId, secret: `${name}-secret` },
      networkProfile: overlay,
      autoUpgradeProfile: {
        upgradeChannel: 'patch',
        nodeOSUpgradeChannel: 'NodeImage',
      },
      agentPoolProfiles: [pool('system', 'System'), pool('apps', 'User')],
    },
  });
}

/**
 * Clusters that look healthy in Azure but carry what operators learn the hard
 * way: a service principal whose secret is about to expire, one whose secret
 * has expired, and a cluster whose only user pool is Spot.
 */
export function applyDemoRisks(ctx: EmulatorContext) {
  addResourceGroup(ctx, PROD, GROUP, 'westeurope', { costCenter: 'data' });

  ctx.applications.add({
    appId: DEMO_IDS.expiringSecretAppId,
    displayName: 'sp-aks-reporting-prod',
    secrets: [
      { displayName: 'rbac', endDateTime: fromNow(-330) },
      { displayName: 'rotated', endDateTime: fromNow(5) },
    ],
  });
  addServicePrincipalCluster(
    ctx,
    'aks-reporting-prod',
    DEMO_IDS.expiringSecretAppId,
    'payments',
    'Reporting cluster on a service principal whose secret expires in days',
  );

  ctx.applications.add({
    appId: DEMO_IDS.expiredSecretAppId,
    displayName: 'sp-aks-archive-prod',
    secrets: [{ displayName: 'rbac', endDateTime: fromNow(-12) }],
  });
  addServicePrincipalCluster(
    ctx,
    'aks-archive-prod',
    DEMO_IDS.expiredSecretAppId,
    'payments',
    'Archive cluster on a service principal whose secret has expired',
  );

  addCluster(ctx, PROD, GROUP, 'aks-render-spot', '1.35.2', {
    location: 'westeurope',
    tags: {
      team: 'platform',
      environment: 'production',
      owner: 'team-platform',
      system: 'platform',
      description: 'Rendering cluster whose only user pool is Spot',
    },
    sku: { name: 'Base', tier: 'Standard' },
    properties: {
      dnsPrefix: 'aks-render-spot',
      networkProfile: overlay,
      autoUpgradeProfile: {
        upgradeChannel: 'rapid',
        nodeOSUpgradeChannel: 'NodeImage',
      },
      agentPoolProfiles: [
        pool('system', 'System', { maxPods: 110 }),
        pool('render', 'User', {
          vmSize: 'Standard_D8as_v5',
          scaleSetPriority: 'Spot',
          scaleSetEvictionPolicy: 'Delete',
          spotMaxPrice: -1,
          minCount: 0,
        }),
      ],
    },
  });
}
