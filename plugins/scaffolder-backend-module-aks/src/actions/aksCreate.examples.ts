import { TemplateExample } from '@backstage/plugin-scaffolder-node';
import yaml from 'yaml';

const step = (input: Record<string, unknown>) =>
  yaml.stringify({
    steps: [
      {
        id: 'cluster',
        action: 'azure:aks:create',
        name: 'Create the AKS cluster',
        input,
      },
    ],
  });

export const examples: TemplateExample[] = [
  {
    description:
      'Create a Standard tier cluster with three system nodes, Azure CNI overlay, Entra ID, and automatic patch upgrades and weekly node images on Sundays from 00:00 UTC for 4 hours (the defaults)',
    example: step({
      subscriptionId: '6f1a2b3c-0000-4000-8000-000000000002',
      resourceGroup: 'rg-dev',
      name: 'aks-team-sandbox',
      location: 'northeurope',
    }),
  },
  {
    description:
      'Create a cluster in a new resource group on a chosen version, autoscaling across zones, with an Entra admin group',
    example: step({
      subscriptionId: '6f1a2b3c-0000-4000-8000-000000000002',
      resourceGroup: 'rg-team-orders',
      createResourceGroup: true,
      name: 'aks-orders-dev',
      location: 'swedencentral',
      kubernetesVersion: '1.35',
      enableAutoScaling: true,
      minCount: 2,
      maxCount: 5,
      availabilityZones: ['1', '2', '3'],
      adminGroupObjectIds: ['3f2c1b0a-0000-4000-8000-00000000a001'],
      tags: { team: 'orders' },
    }),
  },
  {
    description:
      'Create an Azure CNI cluster whose pods get addresses from the subnet, as virtual nodes need',
    example: step({
      subscriptionId: '6f1a2b3c-0000-4000-8000-000000000001',
      resourceGroup: 'rg-platform-prod',
      name: 'aks-burst',
      location: 'westeurope',
      networkPluginMode: 'nodeSubnet',
      networkPolicy: 'azure',
      subnetId:
        '/subscriptions/6f1a2b3c-0000-4000-8000-000000000001/resourceGroups/rg-network/providers/Microsoft.Network/virtualNetworks/vnet-prod/subnets/snet-aks-nodes',
      maxPods: 50,
    }),
  },
  {
    description:
      'Create a cluster that follows the stable channel and takes security patches on its nodes, upgrading on Saturday nights Central European time',
    example: step({
      subscriptionId: '6f1a2b3c-0000-4000-8000-000000000002',
      resourceGroup: 'rg-dev',
      name: 'aks-team-weekend',
      location: 'westeurope',
      autoUpgradeChannel: 'stable',
      nodeOsUpgradeChannel: 'SecurityPatch',
      autoUpgradeWindow: {
        dayOfWeek: 'Saturday',
        startTime: '22:00',
        utcOffset: '+01:00',
        durationHours: 6,
      },
    }),
  },
  {
    description:
      'Create a Premium cluster with long-term support on larger nodes',
    example: step({
      subscriptionId: '6f1a2b3c-0000-4000-8000-000000000001',
      resourceGroup: 'rg-platform-prod',
      name: 'aks-platform-lts2',
      location: 'westeurope',
      kubernetesVersion: '1.32',
      tier: 'Premium',
      supportPlan: 'AKSLongTermSupport',
      nodeVmSize: 'Standard_D8ds_v5',
      nodeCount: 5,
      tags: { team: 'platform' },
    }),
  },
];
