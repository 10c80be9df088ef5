/** Pages that explain the readiness findings. */
export const READINESS_DOCS = {
  upgradeCluster: 'https://learn.microsoft.com/azure/aks/upgrade-aks-cluster',
  upgradeNodePools: 'https://learn.microsoft.com/azure/aks/upgrade-node-pools',
  versionSkew: 'https://kubernetes.io/releases/version-skew-policy/',
  rollingUpgrade:
    'https://learn.microsoft.com/azure/aks/upgrade-aks-node-pools-rolling',
  disruptionBudgets:
    'https://kubernetes.io/docs/tasks/run-application/configure-pdb/',
  removedApis:
    'https://learn.microsoft.com/azure/aks/stop-cluster-upgrade-api-breaking-changes',
  vCpuQuota: 'https://learn.microsoft.com/azure/quotas/per-vm-quota-requests',
};
