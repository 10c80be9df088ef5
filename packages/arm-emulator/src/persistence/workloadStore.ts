/**
 * An application deployed on an emulated cluster: a Deployment with its
 * ReplicaSet and pods, a Service when it listens on a port, and an HPA when it
 * autoscales.
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
