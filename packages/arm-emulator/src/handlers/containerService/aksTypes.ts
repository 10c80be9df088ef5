export const AKS_NAMESPACE = 'Microsoft.ContainerService';
export const AKS_API_VERSIONS = ['2026-06-01'] as const;
export const CLUSTER_TYPE = 'Microsoft.ContainerService/managedClusters';
export const POOL_TYPE =
  'Microsoft.ContainerService/managedClusters/agentPools';
export const MAINTENANCE_CONFIGURATION_TYPE =
  'Microsoft.ContainerService/managedClusters/maintenanceConfigurations';
