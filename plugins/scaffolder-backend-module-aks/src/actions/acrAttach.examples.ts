import { TemplateExample } from '@backstage/plugin-scaffolder-node';
import yaml from 'yaml';

const step = (input: Record<string, unknown>) =>
  yaml.stringify({
    steps: [
      {
        id: 'attach',
        action: 'azure:acr:attach',
        name: 'Attach the registry to the cluster',
        input,
      },
    ],
  });

export const examples: TemplateExample[] = [
  {
    description:
      'Let the cluster created in an earlier step pull from the registry created in another',
    example: step({
      clusterId: '${{ steps.cluster.output.clusterId }}',
      registryId: '${{ steps.registry.output.registryId }}',
    }),
  },
  {
    description: 'Let an existing cluster pull from an existing registry',
    example: step({
      clusterId:
        '/subscriptions/6f1a2b3c-0000-4000-8000-000000000001/resourceGroups/rg-platform-prod/providers/Microsoft.ContainerService/managedClusters/aks-platform-lts',
      registryId:
        '/subscriptions/6f1a2b3c-0000-4000-8000-000000000001/resourceGroups/rg-platform-prod/providers/Microsoft.ContainerRegistry/registries/acrcontosoprod',
    }),
  },
];
