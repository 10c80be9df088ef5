import type { EmulatorContext } from '../../emulatorContext';
import type { StoredResource } from '../../persistence/resourceStore';
import { poolsOf } from '../containerService/clusterModel';
import { stableGuid } from '../../util/ids';
import { clusterNodes } from './nodes';
import type { ObjectsByType } from './objectBuilder';
import { workloadObjects } from './workloadObjects';
import { SYSTEM_WORKLOADS } from './systemWorkloads';

const BUILT_IN_NAMESPACES = [
  'default',
  'kube-node-lease',
  'kube-public',
  'kube-system',
];

// Usage the metrics server reports: a steady fraction of what each container requests.
const POD_USAGE = { cpu: '23m', memory: '71Mi' };

/** Every object the API server of a running cluster serves, by `<group>/<plural>`. */
export function clusterObjects(
  ctx: EmulatorContext,
  cluster: StoredResource,
): ObjectsByType {
  const clusterKey = cluster.id.toLowerCase();
  const since = new Date(cluster.meta.createdAt).toISOString();
  const nodes = clusterNodes(cluster, poolsOf(ctx, cluster.id), since);
  const workloads = [...SYSTEM_WORKLOADS, ...ctx.workloads.of(cluster.id)];
  const objects = workloadObjects(
    clusterKey,
    since,
    cluster.body.properties.networkProfile?.serviceCidr ?? '10.0.0.0/16',
    nodes,
    workloads,
  );
  objects.set(
    '/nodes',
    nodes.map(n => n.object),
  );
  const namespaces = [
    ...new Set([...BUILT_IN_NAMESPACES, ...workloads.map(w => w.namespace)]),
  ].sort();
  objects.set(
    '/namespaces',
    namespaces.map(name => ({
      metadata: {
        name,
        uid: stableGuid(`${clusterKey}/Namespace/${name}`),
        resourceVersion: '1',
        creationTimestamp: since,
        labels: { 'kubernetes.io/metadata.name': name },
      },
      spec: { finalizers: ['kubernetes'] },
      status: { phase: 'Active' },
    })),
  );
  const timestamp = new Date().toISOString();
  objects.set(
    'metrics.k8s.io/pods',
    (objects.get('/pods') ?? [])
      .filter(p => p.status.phase === 'Running')
      .map(pod => ({
        metadata: {
          name: pod.metadata.name,
          namespace: pod.metadata.namespace,
          labels: pod.metadata.labels,
          creationTimestamp: timestamp,
        },
        timestamp,
        window: '30s',
        containers: pod.spec.containers.map((c: { name: string }) => ({
          name: c.name,
          usage: POD_USAGE,
        })),
      })),
  );
  objects.set(
    'metrics.k8s.io/nodes',
    nodes
      .filter(n => n.ready && !n.virtual)
      .map(n => ({
        metadata: {
          name: n.object.metadata.name,
          labels: n.object.metadata.labels,
          creationTimestamp: timestamp,
        },
        timestamp,
        window: '20s',
        usage: {
          cpu: `${Math.round(n.cpuMillis * 0.18)}m`,
          memory: `${Math.round(n.memoryMi * 0.42)}Mi`,
        },
      })),
  );
  return objects;
}
