/**
 * Kubernetes backend module that adds the AKS clusters of the configured
 * subscriptions to the Kubernetes plugin.
 *
 * @packageDocumentation
 */
export { kubernetesModuleAksClusters as default } from './module';
export { AksClusterSupplier } from './AksClusterSupplier';
export type { AksClusterSupplierOptions } from './AksClusterSupplier';
export { AksAzureIdentityStrategy } from './AksAzureIdentityStrategy';
