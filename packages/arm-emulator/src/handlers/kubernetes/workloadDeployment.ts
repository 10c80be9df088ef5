import type { WorkloadSpec } from '../../persistence/workloadStore';
import type { EmulatedNode } from './nodes';
import {
  nameSuffix,
  objectMeta,
  ownedBy,
  type ObjectBuilder,
} from './objectBuilder';
import { container, podStatus } from './podObjects';
import { addAutoscaler, addService } from './serviceObjects';
import { addDisruptionBudget } from './disruptionBudgetObjects';

/** Where the pods of a workload run: the virtual node, else user pools, else system pools. */
function placement(nodes: EmulatedNode[], spec: WorkloadSpec): EmulatedNode[] {
  const ready = nodes.filter(n => n.ready);
  if (spec.virtualNodes) return ready.filter(n => n.virtual);
  const inMode = (mode: EmulatedNode['mode']) =>
    ready.filter(n => n.mode === mode);
  if (spec.namespace === 'kube-system') return inMode('System');
  const user = inMode('User');
  return user.length ? user : inMode('System');
}

/** A workload's Deployment, its ReplicaSet and pods, and its Service, HPA and PodDisruptionBudget when it has them. */
export function addWorkload(
  builder: ObjectBuilder,
  spec: WorkloadSpec,
  nodes: EmulatedNode[],
) {
  const { namespace, name } = spec;
  const labels: Record<string, string> = {
    app: name,
    ...(spec.component ? { 'backstage.io/kubernetes-id': spec.component } : {}),
  };
  const template = {
    metadata: { labels },
    spec: {
      containers: [container({ name, image: spec.image, port: spec.port })],
      restartPolicy: 'Always',
      ...(spec.virtualNodes
        ? {
            nodeSelector: { type: 'virtual-kubelet' },
            tolerations: [
              { key: 'virtual-kubelet.io/provider', operator: 'Exists' },
            ],
          }
        : {}),
    },
  };
  const hash = nameSuffix(
    `${builder.clusterKey}/${namespace}/${name}/template`,
    10,
  );
  const candidates = placement(nodes, spec);
  const deployment = objectMeta(builder, 'Deployment', namespace, name, labels);
  const replicaSetName = `${name}-${hash}`;
  const replicaSet = objectMeta(
    builder,
    'ReplicaSet',
    namespace,
    replicaSetName,
    {
      ...labels,
      'pod-template-hash': hash,
    },
  );
  const ready = candidates.length && !spec.crashLooping ? spec.replicas : 0;
  const replicaStatus = {
    replicas: spec.replicas,
    readyReplicas: ready,
    availableReplicas: ready,
  };

  builder.push('apps/deployments', {
    metadata: {
      ...deployment,
      generation: 1,
      annotations: { 'deployment.kubernetes.io/revision': '1' },
    },
    spec: {
      replicas: spec.replicas,
      selector: { matchLabels: { app: name } },
      template,
      strategy: {
        type: 'RollingUpdate',
        rollingUpdate: { maxSurge: '25%', maxUnavailable: '25%' },
      },
      revisionHistoryLimit: 10,
      progressDeadlineSeconds: 600,
    },
    status: {
      observedGeneration: 1,
      ...replicaStatus,
      updatedReplicas: spec.replicas,
      ...(ready < spec.replicas
        ? { unavailableReplicas: spec.replicas - ready }
        : {}),
      conditions: [
        {
          type: 'Available',
          status: ready === spec.replicas ? 'True' : 'False',
          reason:
            ready === spec.replicas
              ? 'MinimumReplicasAvailable'
              : 'MinimumReplicasUnavailable',
          lastUpdateTime: builder.since,
          lastTransitionTime: builder.since,
        },
        {
          type: 'Progressing',
          status: 'True',
          reason: 'NewReplicaSetAvailable',
          lastUpdateTime: builder.since,
          lastTransitionTime: builder.since,
        },
      ],
    },
  });
  builder.push('apps/replicasets', {
    metadata: {
      ...replicaSet,
      ownerReferences: ownedBy('Deployment', deployment),
      annotations: { 'deployment.kubernetes.io/revision': '1' },
    },
    spec: {
      replicas: spec.replicas,
      selector: { matchLabels: { app: name, 'pod-template-hash': hash } },
      template,
    },
    status: {
      ...replicaStatus,
      fullyLabeledReplicas: spec.replicas,
      observedGeneration: 1,
    },
  });
  for (let i = 0; i < spec.replicas; i++) {
    const podName = `${replicaSetName}-${nameSuffix(
      `${builder.clusterKey}/${namespace}/${replicaSetName}/${i}`,
      5,
    )}`;
    const node = candidates.length
      ? candidates[i % candidates.length]
      : undefined;
    builder.push('/pods', {
      metadata: {
        ...objectMeta(builder, 'Pod', namespace, podName, {
          ...labels,
          'pod-template-hash': hash,
        }),
        generateName: `${replicaSetName}-`,
        ownerReferences: ownedBy('ReplicaSet', replicaSet),
      },
      spec: {
        ...template.spec,
        ...(node ? { nodeName: node.object.metadata.name } : {}),
        serviceAccountName: 'default',
        dnsPolicy: 'ClusterFirst',
        schedulerName: 'default-scheduler',
      },
      status: podStatus(
        builder,
        `${builder.clusterKey}/${namespace}/${podName}`,
        node,
        { name, image: spec.image },
        spec.crashLooping,
      ),
    });
  }
  if (spec.port) addService(builder, spec, labels);
  if (spec.autoscale) addAutoscaler(builder, spec, labels);
  if (spec.disruptionBudget) addDisruptionBudget(builder, spec, labels, ready);
}
