/**
 * Catalog module that discovers the AKS clusters of the configured
 * subscriptions as `kubernetes-cluster` Resource entities.
 *
 * @packageDocumentation
 */
export { catalogModuleAksClusters as default } from './module';
export { AksClusterEntityProvider } from './AksClusterEntityProvider';
export type { AksClusterEntityProviderOptions } from './AksClusterEntityProvider';
export type { AksProviderConfig } from './config';
