import { TemplateExample } from '@backstage/plugin-scaffolder-node';
import yaml from 'yaml';

const step = (input: Record<string, unknown>) =>
  yaml.stringify({
    steps: [
      {
        id: 'pool',
        action: 'azure:aks:nodepool:create',
        name: 'Add the node pool',
        input,
      },
    ],
  });

const cluster =
  '/subscriptions/6f1a2b3c-0000-4000-8000-000000000002/resourceGroups/rg-dev/providers/Microsoft.ContainerService/managedClusters/aks-dev-free';

export const examples: TemplateExample[] = [
  {
    description:
      'Add an autoscaling spot pool that pays at most the on-demand price and deletes evicted nodes',
    example: step({
      clusterId: cluster,
      name: 'spot',
      vmSize: 'Standard_D8ds_v5',
      priority: 'Spot',
      enableAutoScaling: true,
      minCount: 0,
      maxCount: 10,
      labels: { workload: 'batch' },
    }),
  },
  {
    description:
      'Add a user pool across three zones, tainted for GPU work only',
    example: step({
      clusterId: cluster,
      name: 'gpu',
      vmSize: 'Standard_NC6s_v3',
      nodeCount: 3,
      availabilityZones: ['1', '2', '3'],
      taints: ['sku=gpu:NoSchedule'],
      labels: { accelerator: 'nvidia' },
      tags: { costCenter: 'ml' },
    }),
  },
];
