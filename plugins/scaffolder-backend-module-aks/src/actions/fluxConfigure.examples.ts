import { TemplateExample } from '@backstage/plugin-scaffolder-node';
import yaml from 'yaml';

const PROD = '6f1a2b3c-0000-4000-8000-000000000001';

const step = (input: Record<string, unknown>) =>
  yaml.stringify({
    steps: [
      {
        id: 'gitops',
        action: 'azure:aks:flux:configure',
        name: 'Point Flux at the repository',
        input,
      },
    ],
  });

export const examples: TemplateExample[] = [
  {
    description:
      "Apply a public repository's root to the whole cluster from main every 10 minutes, installing Flux first if needed (the defaults)",
    example: step({
      subscriptionId: PROD,
      resourceGroup: 'rg-platform-prod',
      clusterName: 'aks-platform-lts',
      name: 'payments-api',
      repoUrl: 'https://github.com/contoso/payments-api',
    }),
  },
  {
    description:
      'Apply two folders of a private repository to one namespace, with the credentials in a secret already in the cluster, pruning what is removed',
    example: step({
      subscriptionId: PROD,
      resourceGroup: 'rg-payments-prod',
      clusterName: 'aks-payments-prod',
      name: 'payments-worker',
      namespace: 'payments-api',
      scope: 'namespace',
      repoUrl: 'ssh://git@github.com/contoso/payments-deploy.git',
      branch: 'release/2026-01',
      kustomizations: [
        { name: 'infra', path: './infra', prune: true },
        { name: 'apps', path: './apps/production', prune: true },
      ],
      syncIntervalInSeconds: 300,
      localAuthRef: 'payments-deploy-git',
    }),
  },
];
