import type { ManagedCluster } from '@azure/arm-containerservice';
import {
  AKS_CLUSTER_ID_ANNOTATION,
  AksClusterRef,
  parseAksClusterId,
} from '@aks-backstage/plugin-aks-common';
import {
  AksSubscriptionConfig,
  AzureClients,
} from '@aks-backstage/plugin-aks-node';
import { Zod } from './actionInput';
import { configuredSubscription } from './inputs';
import { ProvisioningStatus } from './waitForOperation';

/**
 * The cluster an input's `clusterId` names, and the configuration of its
 * subscription; an InputError naming `clusterId` when that subscription is
 * not under `aks.subscriptions`.
 */
export function clusterOfInput(
  clients: AzureClients,
  clusterId: string,
): { cluster: AksClusterRef; subscription: AksSubscriptionConfig } {
  const cluster = parseAksClusterId(clusterId);
  const subscription = configuredSubscription(
    clients,
    cluster.subscriptionId,
    'clusterId',
  );
  return { cluster, subscription };
}

/** What a cluster says about its provisioning, AKS's provisioning error included. */
export function clusterProvisioning(
  cluster: ManagedCluster,
): ProvisioningStatus {
  return {
    provisioningState: cluster.provisioningState,
    provisioningError: cluster.status?.provisioningError,
  };
}

/** The line to add under `metadata.annotations` of a component that runs on the cluster. */
export function clusterAnnotation(clusterId: string): string {
  return `${AKS_CLUSTER_ID_ANNOTATION}: ${clusterId}`;
}

/** The `annotation` output of the actions that make or change a cluster. */
export const annotationOutput = (z: Zod) =>
  z
    .string()
    .describe(
      `The annotation to add to a component: ${AKS_CLUSTER_ID_ANNOTATION}: <clusterId>`,
    );
