import type {
  ClusterSummary,
  HealthStatus,
} from '@aks-backstage/plugin-aks-common';

/**
 * What a template's action needs of a cluster (`ui:options.requires` of
 * `AksClusterPicker`), and why it refuses a cluster that does not have it.
 */
const REQUIREMENTS: Record<
  string,
  (cluster: ClusterSummary) => string | undefined
> = {
  /** It changes the cluster, which Azure refuses unless the cluster runs and no operation does. */
  running: cluster => {
    const state = cluster.provisioningState?.toLowerCase();
    if (cluster.powerState === 'Stopped')
      return 'it is stopped; start it first';
    if (state === 'failed')
      return 'its last operation failed; reconcile it first (az aks update)';
    if (state && state !== 'succeeded')
      return `it is ${cluster.provisioningState}; wait for the operation to end`;
    return undefined;
  },
  /** It grants a role to the cluster's kubelet managed identity. */
  kubeletIdentity: cluster =>
    warned(cluster, 'ServicePrincipalIdentity')
      ? 'it runs as a service principal, without a kubelet managed identity'
      : undefined,
  /** It places pods in a subnet of the nodes' virtual network (virtual nodes). */
  azureCni: cluster =>
    warned(cluster, 'KubenetRetiring')
      ? 'it uses kubenet; virtual nodes need Azure CNI'
      : undefined,
};

function warned(cluster: ClusterSummary, code: string): boolean {
  return cluster.health.warnings.some(w => w.code === code);
}

/** The requirement names a template may give. */
export const CLUSTER_REQUIREMENTS = Object.keys(REQUIREMENTS);

/** Why the action would refuse the cluster, or undefined when it would not. */
export function refusalOf(
  cluster: ClusterSummary,
  requires: ReadonlyArray<string> = [],
): string | undefined {
  const reasons = requires
    .map(name => REQUIREMENTS[name]?.(cluster))
    .filter((reason): reason is string => !!reason);
  return reasons.length > 0
    ? `This template cannot use it: ${reasons.join('; ')}`
    : undefined;
}

const HEALTH_WORDS: Record<HealthStatus, string> = {
  healthy: 'Healthy',
  degraded: 'Degraded',
  unhealthy: 'Unhealthy',
  updating: 'Updating',
  stopped: 'Stopped',
  unknown: 'Health unknown',
};

/** A cluster's health in a few words: its status and its most severe finding. */
export function healthInWords(cluster: ClusterSummary): string {
  const { status, warnings } = cluster.health;
  const top =
    warnings.find(w => w.severity === 'error') ??
    warnings.find(w => w.severity === 'warning');
  return top && status !== 'healthy'
    ? `${HEALTH_WORDS[status]}: ${top.title}`
    : HEALTH_WORDS[status];
}
