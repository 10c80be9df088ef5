import type { WorkloadSpec } from '../../persistence/workloadStore';
import type { EmulatedNode } from './nodes';
import type { ObjectBuilder, ObjectsByType } from './objectBuilder';
import { addKubeProxy } from './kubeProxy';
import { addWorkload } from './workloadDeployment';

/** The objects of a cluster's workloads, derived from its nodes and workload specs. */
export function workloadObjects(
  clusterKey: string,
  since: string,
  serviceCidr: string,
  nodes: EmulatedNode[],
  workloads: WorkloadSpec[],
): ObjectsByType {
  const objects: ObjectsByType = new Map();
  const builder: ObjectBuilder = {
    clusterKey,
    since,
    serviceCidrPrefix: serviceCidr.split('.').slice(0, 3).join('.'),
    push(type, object) {
      objects.set(type, [...(objects.get(type) ?? []), object]);
    },
  };
  addKubeProxy(builder, nodes);
  for (const spec of workloads) addWorkload(builder, spec, nodes);
  return objects;
}
