import type { EmulatorContext } from '../emulatorContext';

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

/** What the emulated API server of every cluster runs in kube-system. */
export const SYSTEM_WORKLOADS: WorkloadSpec[] = [
  {
    namespace: 'kube-system',
    name: 'coredns',
    image: 'mcr.microsoft.com/oss/v2/kubernetes/coredns:v1.12.1-1',
    replicas: 2,
    port: 53,
  },
  {
    namespace: 'kube-system',
    name: 'metrics-server',
    image: 'mcr.microsoft.com/oss/v2/kubernetes/metrics-server:v0.7.2-5',
    replicas: 2,
    port: 443,
  },
];

/** The DaemonSet that puts one pod on every node. */
export const SYSTEM_DAEMONSET = {
  namespace: 'kube-system',
  name: 'kube-proxy',
  image: 'mcr.microsoft.com/oss/kubernetes/kube-proxy:v1.34.5',
};

/** Deploys applications on a cluster (by ARM id). */
export function addWorkloads(
  ctx: EmulatorContext,
  clusterId: string,
  workloads: WorkloadSpec[],
) {
  const key = clusterId.toLowerCase();
  ctx.workloads.set(key, [...(ctx.workloads.get(key) ?? []), ...workloads]);
}

export function workloadsOf(
  ctx: EmulatorContext,
  clusterId: string,
): WorkloadSpec[] {
  return [
    ...SYSTEM_WORKLOADS,
    ...(ctx.workloads.get(clusterId.toLowerCase()) ?? []),
  ];
}
