import { TemplateExample } from '@backstage/plugin-scaffolder-node';
import yaml from 'yaml';

export const examples: TemplateExample[] = [
  {
    description:
      'Enable virtual nodes on an Azure CNI cluster, in a subnet delegated to Azure Container Instances',
    example: yaml.stringify({
      steps: [
        {
          id: 'virtualNodes',
          action: 'azure:aks:virtual-nodes:enable',
          name: 'Enable virtual nodes',
          input: {
            clusterId:
              '/subscriptions/6f1a2b3c-0000-4000-8000-000000000001/resourceGroups/rg-platform-prod/providers/Microsoft.ContainerService/managedClusters/aks-burst',
            subnetName: 'snet-virtual-nodes',
          },
        },
      ],
    }),
  },
];
