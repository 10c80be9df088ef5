import { TemplateExample } from '@backstage/plugin-scaffolder-node';
import yaml from 'yaml';

const PROD = '6f1a2b3c-0000-4000-8000-000000000001';

const step = (input: Record<string, unknown>) =>
  yaml.stringify({
    steps: [
      {
        id: 'identity',
        action: 'azure:aks:workload-identity:create',
        name: 'Create the workload identity',
        input,
      },
    ],
  });

export const examples: TemplateExample[] = [
  {
    description:
      "Let the pods of a service account pull from a registry, on a cluster that has workload identity on; the identity goes in the cluster's resource group and region",
    example: step({
      subscriptionId: PROD,
      resourceGroup: 'rg-payments-prod',
      clusterName: 'aks-payments-prod',
      identityName: 'id-payments-ledger',
      namespace: 'payments-api',
      serviceAccountName: 'ledger',
      roleDefinition: 'AcrPull',
      roleScope: `/subscriptions/${PROD}/resourceGroups/rg-platform-prod/providers/Microsoft.ContainerRegistry/registries/acrcontosoprod`,
    }),
  },
  {
    description:
      'Turn on the OIDC issuer and workload identity of a cluster (an update of the cluster), and let the service account read a resource group, with the identity in a resource group of its own',
    example: step({
      subscriptionId: PROD,
      resourceGroup: 'rg-platform-prod',
      clusterName: 'aks-platform-lts',
      identityResourceGroup: 'rg-payments-prod',
      identityName: 'id-platform-reporting',
      location: 'westeurope',
      namespace: 'reporting',
      serviceAccountName: 'reporting',
      roleDefinition: 'Reader',
      roleScope: `/subscriptions/${PROD}/resourceGroups/rg-payments-prod`,
      enableWorkloadIdentity: true,
    }),
  },
];
