import { createTranslationRef } from '@backstage/frontend-plugin-api';

/**
 * The AKS plugin's words that apps may translate or rename.
 *
 * @alpha
 */
export const aksTranslationRef = createTranslationRef({
  id: 'plugin.aks',
  messages: {
    fleetPage: {
      title: 'AKS clusters',
      subtitle:
        'Azure Kubernetes Service clusters in the configured subscriptions',
    },
    entityContent: { title: 'AKS clusters' },
    clusterCard: { title: 'AKS clusters', details: 'Details' },
    nodePoolsCard: { title: 'AKS node pools' },
  },
});
