/**
 * Azure credentials, SDK clients and error mapping shared by the AKS backend
 * plugin and the AKS scaffolder module.
 *
 * @packageDocumentation
 */
export { readAksConfig } from './config';
export type {
  AksConfig,
  AksCredentialConfig,
  AksSubscriptionConfig,
} from './config';
export { createTokenCredential } from './credentials';
export { AzureClients } from './AzureClients';
export { GraphClient } from './GraphClient';
export type { ApplicationSecretEnd } from './GraphClient';
export type { AzureClientOptions } from './AzureClients';
export { azureClientsServiceRef } from './azureClientsServiceRef';
export { ClusterInventory, refOfListedCluster } from './ClusterInventory';
export type { ClusterDiscovery, DiscoveredCluster } from './ClusterInventory';
export { kubernetesApiServerOf } from './kubernetesApiServer';
export type { KubernetesApiServer } from './kubernetesApiServer';
export {
  AzureAnswerUnreadableError,
  isTransientAzureError,
  toBackstageError,
} from './errors';
