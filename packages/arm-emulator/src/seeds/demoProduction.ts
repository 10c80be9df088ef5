import type { EmulatorContext } from '../emulatorContext';
import { storeRoleAssignment } from '../persistence/roleAssignmentRecords';
import { roleDefinitionId, stableGuid } from '../util/ids';
import { DEMO_IDS } from './demoIds';
import {
  addCluster,
  addMaintenanceConfiguration,
  addRegistry,
  poolNamed,
  setNodeImageBehind,
  setUpgrading,
} from './seedBuilder';

const PROD = DEMO_IDS.productionSubscriptionId;
const ACR_PULL = '7f951dda-4ed3-4680-a7ca-43fe172d538d';

const overlayCilium = {
  networkPlugin: 'azure',
  networkPluginMode: 'overlay',
  networkDataplane: 'cilium',
  podCidr: '10.244.0.0/16',
};
const systemPool = (extra: Record<string, any> = {}) => ({
  name: 'system',
  mode: 'System',
  vmSize: 'Standard_D4ds_v5',
  count: 3,
  enableAutoScaling: true,
  minCount: 3,
  maxCount: 5,
  availabilityZones: ['1', '2', '3'],
  ...extra,
});

/** The production clusters of the demo (healthy, upgrading, out of support, LTS/Premium, spot, at max, old node image, virtual nodes) and its registry. */
export function addProductionResources(ctx: EmulatorContext) {
  const payments = addCluster(
    ctx,
    PROD,
    'rg-payments-prod',
    'aks-payments-prod',
    '1.35.2',
    {
      location: 'westeurope',
      tags: {
        team: 'payments',
        environment: 'production',
        owner: 'team-payments',
        system: 'payments',
        description: 'Production cluster for payments',
      },
      sku: { name: 'Base', tier: 'Standard' },
      properties: {
        dnsPrefix: 'aks-payments-prod',
        networkProfile: overlayCilium,
        oidcIssuerProfile: { enabled: true },
        securityProfile: { workloadIdentity: { enabled: true } },
        autoUpgradeProfile: {
          upgradeChannel: 'patch',
          nodeOSUpgradeChannel: 'NodeImage',
        },
        agentPoolProfiles: [
          systemPool(),
          {
            name: 'apps',
            mode: 'User',
            vmSize: 'Standard_D8ds_v5',
            count: 4,
            enableAutoScaling: true,
            minCount: 2,
            maxCount: 10,
            availabilityZones: ['1', '2', '3'],
          },
        ],
      },
    },
  );

  // Patches on Sunday mornings, node images on Saturday nights (Central European Time).
  addMaintenanceConfiguration(ctx, payments, 'aksManagedAutoUpgradeSchedule', {
    maintenanceWindow: {
      schedule: { weekly: { intervalWeeks: 1, dayOfWeek: 'Sunday' } },
      durationHours: 4,
      utcOffset: '+01:00',
      startTime: '02:00',
    },
  });
  addMaintenanceConfiguration(
    ctx,
    payments,
    'aksManagedNodeOSUpgradeSchedule',
    {
      maintenanceWindow: {
        schedule: { weekly: { intervalWeeks: 1, dayOfWeek: 'Saturday' } },
        durationHours: 6,
        utcOffset: '+01:00',
        startTime: '22:00',
      },
    },
  );

  const checkout = addCluster(
    ctx,
    PROD,
    'rg-payments-prod',
    'aks-checkout-prod',
    '1.33.8',
    {
      location: 'westeurope',
      tags: {
        team: 'checkout',
        environment: 'production',
        owner: 'team-payments',
        system: 'payments',
        description: 'Checkout cluster, an upgrade in progress',
      },
      sku: { name: 'Base', tier: 'Standard' },
      properties: {
        dnsPrefix: 'aks-checkout-prod',
        networkProfile: {
          networkPlugin: 'azure',
          networkPluginMode: 'overlay',
        },
        autoUpgradeProfile: {
          upgradeChannel: 'patch',
          nodeOSUpgradeChannel: 'NodeImage',
        },
        agentPoolProfiles: [
          systemPool(),
          { name: 'web', mode: 'User', vmSize: 'Standard_D4ds_v5', count: 6 },
        ],
      },
    },
  );
  setUpgrading(ctx, checkout, '1.34.5');

  const legacy = addCluster(
    ctx,
    PROD,
    'rg-payments-prod',
    'aks-legacy-prod',
    '1.30.14',
    {
      location: 'westeurope',
      tags: {
        team: 'payments',
        environment: 'production',
        owner: 'team-payments',
        system: 'payments',
        description: 'Legacy cluster on an unsupported Kubernetes version',
      },
      sku: { name: 'Base', tier: 'Standard' },
      properties: {
        dnsPrefix: 'aks-legacy-prod',
        networkProfile: { networkPlugin: 'kubenet', podCidr: '10.244.0.0/16' },
        autoUpgradeProfile: {
          upgradeChannel: 'none',
          nodeOSUpgradeChannel: 'None',
        },
        agentPoolProfiles: [
          {
            name: 'nodepool1',
            mode: 'System',
            vmSize: 'Standard_DS2_v2',
            count: 3,
          },
        ],
      },
    },
  );
  setNodeImageBehind(poolNamed(ctx, legacy, 'nodepool1'), '202501.12.0');

  const lts = addCluster(
    ctx,
    PROD,
    'rg-platform-prod',
    'aks-platform-lts',
    '1.32.9',
    {
      location: 'westeurope',
      tags: {
        team: 'platform',
        environment: 'production',
        owner: 'team-platform',
        system: 'platform',
        description: 'Shared platform cluster on long-term support (Premium)',
      },
      sku: { name: 'Base', tier: 'Premium' },
      properties: {
        dnsPrefix: 'aks-platform-lts',
        supportPlan: 'AKSLongTermSupport',
        networkProfile: overlayCilium,
        autoUpgradeProfile: {
          upgradeChannel: 'patch',
          nodeOSUpgradeChannel: 'NodeImage',
        },
        agentPoolProfiles: [
          systemPool(),
          {
            name: 'spot',
            mode: 'User',
            vmSize: 'Standard_D8as_v5',
            scaleSetPriority: 'Spot',
            scaleSetEvictionPolicy: 'Delete',
            spotMaxPrice: -1,
            enableAutoScaling: true,
            minCount: 0,
            maxCount: 5,
            count: 2,
          },
          {
            name: 'batch',
            mode: 'User',
            vmSize: 'Standard_F8s_v2',
            enableAutoScaling: true,
            minCount: 1,
            maxCount: 6,
            count: 6,
          },
          {
            name: 'legacyapps',
            mode: 'User',
            vmSize: 'Standard_D4ds_v5',
            count: 2,
          },
        ],
      },
    },
  );
  setNodeImageBehind(poolNamed(ctx, lts, 'legacyapps'));
  // AKS's weekly releases only in the early hours of Saturday (UTC).
  addMaintenanceConfiguration(ctx, lts, 'default', {
    timeInWeek: [{ day: 'Saturday', hourSlots: [1, 2, 3, 4] }],
  });
  // The batch pool uses 48 of its family's 50 vCPUs: an upgrade's surge node (8) does not fit.
  ctx.quotas.set({
    subscriptionId: PROD,
    location: 'westeurope',
    name: 'standardFSv2Family',
    limit: 50,
  });

  const subnet = `/subscriptions/${PROD}/resourceGroups/rg-platform-prod/providers/Microsoft.Network/virtualNetworks/vnet-platform/subnets/snet-aks`;
  addCluster(ctx, PROD, 'rg-platform-prod', 'aks-virtualnodes', '1.34.5', {
    location: 'westeurope',
    tags: {
      team: 'platform',
      environment: 'production',
      owner: 'team-platform',
      system: 'platform',
      description: 'Burst workloads on virtual nodes (ACI)',
    },
    sku: { name: 'Base', tier: 'Standard' },
    properties: {
      dnsPrefix: 'aks-virtualnodes',
      networkProfile: {
        networkPlugin: 'azure',
        serviceCidr: '10.0.0.0/16',
        dnsServiceIP: '10.0.0.10',
      },
      autoUpgradeProfile: {
        upgradeChannel: 'stable',
        nodeOSUpgradeChannel: 'NodeImage',
      },
      addonProfiles: {
        aciConnectorLinux: {
          enabled: true,
          config: { SubnetName: 'snet-virtual-nodes' },
        },
      },
      agentPoolProfiles: [
        {
          name: 'system',
          mode: 'System',
          vmSize: 'Standard_D4ds_v5',
          count: 3,
          vnetSubnetID: subnet,
        },
      ],
    },
  });

  const acr = addRegistry(
    ctx,
    PROD,
    'rg-platform-prod',
    'acrcontosoprod',
    'westeurope',
    'Premium',
  );
  storeRoleAssignment(ctx.store, acr.id, stableGuid(`acrpull/${payments.id}`), {
    roleDefinitionId: roleDefinitionId(PROD, ACR_PULL),
    principalId:
      payments.body.properties.identityProfile.kubeletidentity.objectId,
    principalType: 'ServicePrincipal',
  });
}
