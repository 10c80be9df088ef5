import { TemplateExample } from '@backstage/plugin-scaffolder-node';
import yaml from 'yaml';

const step = (input: Record<string, unknown>) =>
  yaml.stringify({
    steps: [
      {
        id: 'registry',
        action: 'azure:acr:create',
        name: 'Create the container registry',
        input,
      },
    ],
  });

export const examples: TemplateExample[] = [
  {
    description:
      'Create a Standard registry without the admin user (the defaults)',
    example: step({
      subscriptionId: '6f1a2b3c-0000-4000-8000-000000000002',
      resourceGroup: 'rg-dev',
      name: 'acrteamsandbox',
      location: 'northeurope',
    }),
  },
  {
    description: 'Create a Premium registry in a new resource group',
    example: step({
      subscriptionId: '6f1a2b3c-0000-4000-8000-000000000001',
      resourceGroup: 'rg-registries',
      createResourceGroup: true,
      name: 'acrcontososhared',
      location: 'westeurope',
      sku: 'Premium',
      tags: { team: 'platform' },
    }),
  },
];
