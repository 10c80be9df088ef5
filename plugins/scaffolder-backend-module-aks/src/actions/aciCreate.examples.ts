import { TemplateExample } from '@backstage/plugin-scaffolder-node';
import yaml from 'yaml';

const step = (input: Record<string, unknown>) =>
  yaml.stringify({
    steps: [
      {
        id: 'container',
        action: 'azure:aci:create',
        name: 'Run the container',
        input,
      },
    ],
  });

export const examples: TemplateExample[] = [
  {
    description: 'Run a web server on a public address with a DNS name',
    example: step({
      subscriptionId: '6f1a2b3c-0000-4000-8000-000000000002',
      resourceGroup: 'rg-dev',
      name: 'hello-web',
      location: 'northeurope',
      image: 'mcr.microsoft.com/azuredocs/aci-helloworld:latest',
      ports: [80],
      dnsNameLabel: 'contoso-hello-web',
    }),
  },
  {
    description: 'Run a one-off job that is not restarted once it ends',
    example: step({
      subscriptionId: '6f1a2b3c-0000-4000-8000-000000000002',
      resourceGroup: 'rg-jobs',
      createResourceGroup: true,
      name: 'nightly-report',
      location: 'northeurope',
      image: 'contoso.azurecr.io/report:2.1',
      cpu: 2,
      memoryInGB: 4,
      restartPolicy: 'Never',
      command: ['report', '--since', 'yesterday'],
      environmentVariables: { REPORT_FORMAT: 'pdf' },
    }),
  },
];
