/** A Kubernetes API that clients of a workload still request, and the releases that deprecate and remove it. */
export interface DeprecatedApiUse {
  /** '' for the core group. */
  group: string;
  version: string;
  /** Plural, e.g. `validatingadmissionpolicies`. */
  resource: string;
  subresource?: string;
  /** The minor version that deprecates it, e.g. '1.31'. */
  deprecatedIn: string;
  /** The minor version that stops serving it, if one is planned. */
  removedIn?: string;
}

/** How many pods of a workload a voluntary disruption (a node drain) must leave: an integer or a percentage. */
export type DisruptionBudget =
  | { minAvailable: number | string }
  | { maxUnavailable: number | string };

/**
 * An application deployed on an emulated cluster: a Deployment with its
 * ReplicaSet and pods, a Service when it listens on a port, an HPA when it
 * autoscales and a PodDisruptionBudget when it has one.
 */
export interface WorkloadSpec {
  namespace: string;
  name: string;
  /** The `backstage.io/kubernetes-id` label of every object, so an entity finds them. */
  component?: string;
  image: string;
  replicas: number;
  port?: number;
  autoscale?: { minReplicas: number; maxReplicas: number; cpuPercent: number };
  /** Scheduled on the virtual node (ACI) when the cluster has one. */
  virtualNodes?: boolean;
  /** A container that keeps failing, as the Kubernetes plugin shows it. */
  crashLooping?: boolean;
  /** A PodDisruptionBudget (`<name>-pdb`) over the workload's pods. */
  disruptionBudget?: DisruptionBudget;
  /** Deprecated APIs its clients request, which the API server's metrics report. */
  deprecatedApis?: DeprecatedApiUse[];
}

/** The applications deployed on each cluster's Kubernetes API, by cluster id whatever its case. */
export class WorkloadStore {
  private readonly byCluster = new Map<string, WorkloadSpec[]>();

  /** Deploys applications on a cluster (by ARM id). */
  add(clusterId: string, workloads: WorkloadSpec[]): void {
    const key = clusterId.toLowerCase();
    this.byCluster.set(key, [...this.of(key), ...workloads]);
  }

  /** What was deployed on a cluster (by ARM id). */
  of(clusterId: string): WorkloadSpec[] {
    return this.byCluster.get(clusterId.toLowerCase()) ?? [];
  }
}
