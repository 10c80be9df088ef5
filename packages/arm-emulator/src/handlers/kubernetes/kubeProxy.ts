import type { EmulatedNode } from './nodes';
import {
  nameSuffix,
  objectMeta,
  ownedBy,
  type ObjectBuilder,
} from './objectBuilder';
import { container, podStatus } from './podObjects';
import { SYSTEM_DAEMONSET } from './systemWorkloads';

/** kube-proxy: a DaemonSet with a pod on every node that is not virtual. */
export function addKubeProxy(builder: ObjectBuilder, nodes: EmulatedNode[]) {
  const { namespace, name, image } = SYSTEM_DAEMONSET;
  const labels = { 'k8s-app': name, component: name };
  const real = nodes.filter(n => !n.virtual);
  const daemonSet = objectMeta(builder, 'DaemonSet', namespace, name, labels);
  const ready = real.filter(n => n.ready).length;
  builder.push('apps/daemonsets', {
    metadata: daemonSet,
    spec: {
      selector: { matchLabels: { 'k8s-app': name } },
      template: {
        metadata: { labels },
        spec: { containers: [container({ name, image })] },
      },
    },
    status: {
      currentNumberScheduled: real.length,
      desiredNumberScheduled: real.length,
      numberReady: ready,
      numberAvailable: ready,
      updatedNumberScheduled: real.length,
      numberMisscheduled: 0,
      observedGeneration: 1,
    },
  });
  for (const node of real) {
    const podName = `${name}-${nameSuffix(
      `${builder.clusterKey}/${node.object.metadata.name}/kube-proxy`,
      5,
    )}`;
    builder.push('/pods', {
      metadata: {
        ...objectMeta(builder, 'Pod', namespace, podName, labels),
        ownerReferences: ownedBy('DaemonSet', daemonSet),
      },
      spec: {
        containers: [container({ name, image })],
        nodeName: node.object.metadata.name,
        hostNetwork: true,
        priorityClassName: 'system-node-critical',
      },
      status: podStatus(
        builder,
        `${builder.clusterKey}/${namespace}/${podName}`,
        node.ready ? node : undefined,
        { name, image },
      ),
    });
  }
}
