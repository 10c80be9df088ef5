export const AKS_NAMESPACE = 'Microsoft.ContainerService';
export { AKS_API_VERSIONS } from './aksApiVersions';
export const CLUSTER_TYPE = 'Microsoft.ContainerService/managedClusters';
export const POOL_TYPE =
  'Microsoft.ContainerService/managedClusters/agentPools';
export const MAINTENANCE_CONFIGURATION_TYPE =
  'Microsoft.ContainerService/managedClusters/maintenanceConfigurations';
