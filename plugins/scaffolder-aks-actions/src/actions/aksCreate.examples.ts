import { TemplateExample } from '@backstage/plugin-scaffolder-node';
import yaml from 'yaml';

export const examples: TemplateExample[] = [
  {
    description: 'Create a Standard tier cluster with three system nodes',
    example: yaml.stringify({
      steps: [
        {
          id: 'cluster',
          action: 'azure:aks:create',
          name: 'Create the AKS cluster',
          input: {
            subscriptionId: '6f1a2b3c-0000-4000-8000-000000000002',
            resourceGroup: 'rg-dev',
            name: 'aks-team-sandbox',
            location: 'northeurope',
          },
        },
      ],
    }),
  },
  {
    description:
      'Create a Premium cluster on a chosen version with larger nodes',
    example: yaml.stringify({
      steps: [
        {
          id: 'cluster',
          action: 'azure:aks:create',
          name: 'Create the AKS cluster',
          input: {
            subscriptionId: '6f1a2b3c-0000-4000-8000-000000000001',
            resourceGroup: 'rg-platform-prod',
            name: 'aks-platform-eu2',
            location: 'westeurope',
            kubernetesVersion: '1.34',
            tier: 'Premium',
            nodeVmSize: 'Standard_D8ds_v5',
            nodeCount: 5,
            tags: { team: 'platform' },
          },
        },
      ],
    }),
  },
];
