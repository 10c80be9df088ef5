import type { WorkloadSpec } from '../../persistence/workloadStore';

/** What the emulated API server of every cluster runs in kube-system. */
export const SYSTEM_WORKLOADS: WorkloadSpec[] = [
  {
    namespace: 'kube-system',
    name: 'coredns',
    image: 'mcr.microsoft.com/oss/v2/kubernetes/coredns:v1.12.1-1',
    replicas: 2,
    port: 53,
    disruptionBudget: { minAvailable: 1 },
  },
  {
    namespace: 'kube-system',
    name: 'metrics-server',
    image: 'mcr.microsoft.com/oss/v2/kubernetes/metrics-server:v0.7.2-5',
    replicas: 2,
    port: 443,
    disruptionBudget: { minAvailable: 1 },
  },
];

/** The DaemonSet that puts one pod on every node. */
export const SYSTEM_DAEMONSET = {
  namespace: 'kube-system',
  name: 'kube-proxy',
  image: 'mcr.microsoft.com/oss/kubernetes/kube-proxy:v1.34.5',
};
