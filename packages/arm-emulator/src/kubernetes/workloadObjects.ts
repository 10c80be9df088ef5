import { createHash } from 'node:crypto';
import { stableGuid } from '../util/ids';
import type { EmulatedNode } from './nodes';
import { SYSTEM_DAEMONSET, type WorkloadSpec } from './workloads';

/** Objects by `<group>/<plural>` ('' group for core). */
export type ObjectsByType = Map<string, Record<string, any>[]>;

// The alphabet Kubernetes uses for generated name suffixes.
const SAFE = 'bcdfghjklmnpqrstvwxz2456789';

function suffix(seed: string, length: number): string {
  const bytes = createHash('sha256').update(seed).digest();
  return Array.from(bytes.subarray(0, length), b => SAFE[b % SAFE.length]).join(
    '',
  );
}

function octets(seed: string): [number, number] {
  const bytes = createHash('sha256').update(seed).digest();
  return [bytes[0], 4 + (bytes[1] % 250)];
}

interface Context {
  clusterKey: string;
  since: string;
  serviceCidrPrefix: string;
  push(type: string, object: Record<string, any>): void;
}

function meta(
  ctx: Context,
  kind: string,
  namespace: string,
  name: string,
  labels: Record<string, string>,
) {
  return {
    name,
    namespace,
    uid: stableGuid(`${ctx.clusterKey}/${kind}/${namespace}/${name}`),
    resourceVersion: '1',
    creationTimestamp: ctx.since,
    labels,
  };
}

function container(spec: { name: string; image: string; port?: number }) {
  return {
    name: spec.name,
    image: spec.image,
    ...(spec.port
      ? { ports: [{ containerPort: spec.port, protocol: 'TCP' }] }
      : {}),
    resources: {
      requests: { cpu: '100m', memory: '128Mi' },
      limits: { cpu: '500m', memory: '256Mi' },
    },
    imagePullPolicy: 'IfNotPresent',
  };
}

function podStatus(
  ctx: Context,
  seed: string,
  node: EmulatedNode | undefined,
  spec: { name: string; image: string },
  crashLooping?: boolean,
) {
  if (!node) {
    return {
      phase: 'Pending',
      conditions: [
        {
          type: 'PodScheduled',
          status: 'False',
          reason: 'Unschedulable',
          message:
            '0/0 nodes are available: no nodes available to schedule pods.',
          lastTransitionTime: ctx.since,
        },
      ],
      qosClass: 'Burstable',
    };
  }
  const [a, b] = octets(seed);
  const ready = !crashLooping;
  const condition = (type: string, status: boolean) => ({
    type,
    status: status ? 'True' : 'False',
    lastTransitionTime: ctx.since,
  });
  return {
    phase: 'Running',
    conditions: [
      condition('PodReadyToStartContainers', true),
      condition('Initialized', true),
      condition('Ready', ready),
      condition('ContainersReady', ready),
      condition('PodScheduled', true),
    ],
    hostIP: node.object.status.addresses[0].address,
    podIP: `10.244.${a}.${b}`,
    podIPs: [{ ip: `10.244.${a}.${b}` }],
    startTime: ctx.since,
    qosClass: 'Burstable',
    containerStatuses: [
      {
        name: spec.name,
        image: spec.image,
        imageID: `${spec.image.split(':')[0]}@sha256:${createHash('sha256')
          .update(spec.image)
          .digest('hex')}`,
        containerID: `containerd://${createHash('sha256')
          .update(seed)
          .digest('hex')}`,
        ready,
        started: ready,
        restartCount: crashLooping ? 17 : 0,
        state: crashLooping
          ? {
              waiting: {
                reason: 'CrashLoopBackOff',
                message: `back-off 5m0s restarting failed container=${
                  spec.name
                } pod=${seed.split('/').pop()}`,
              },
            }
          : { running: { startedAt: ctx.since } },
        ...(crashLooping
          ? {
              lastState: {
                terminated: {
                  exitCode: 1,
                  reason: 'Error',
                  startedAt: ctx.since,
                  finishedAt: ctx.since,
                },
              },
            }
          : {}),
      },
    ],
  };
}

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

function addWorkload(ctx: Context, spec: WorkloadSpec, nodes: EmulatedNode[]) {
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
  const hash = suffix(`${ctx.clusterKey}/${namespace}/${name}/template`, 10);
  const candidates = placement(nodes, spec);
  const deployment = meta(ctx, 'Deployment', namespace, name, labels);
  const replicaSetName = `${name}-${hash}`;
  const replicaSet = meta(ctx, 'ReplicaSet', namespace, replicaSetName, {
    ...labels,
    'pod-template-hash': hash,
  });
  const ready = candidates.length && !spec.crashLooping ? spec.replicas : 0;
  const replicaStatus = {
    replicas: spec.replicas,
    readyReplicas: ready,
    availableReplicas: ready,
  };

  ctx.push('apps/deployments', {
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
          lastUpdateTime: ctx.since,
          lastTransitionTime: ctx.since,
        },
        {
          type: 'Progressing',
          status: 'True',
          reason: 'NewReplicaSetAvailable',
          lastUpdateTime: ctx.since,
          lastTransitionTime: ctx.since,
        },
      ],
    },
  });
  const owner = (kind: string, object: { name: string; uid: string }) => [
    {
      apiVersion: 'apps/v1',
      kind,
      name: object.name,
      uid: object.uid,
      controller: true,
      blockOwnerDeletion: true,
    },
  ];
  ctx.push('apps/replicasets', {
    metadata: {
      ...replicaSet,
      ownerReferences: owner('Deployment', deployment),
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
    const podName = `${replicaSetName}-${suffix(
      `${ctx.clusterKey}/${namespace}/${replicaSetName}/${i}`,
      5,
    )}`;
    const node = candidates.length
      ? candidates[i % candidates.length]
      : undefined;
    ctx.push('/pods', {
      metadata: {
        ...meta(ctx, 'Pod', namespace, podName, {
          ...labels,
          'pod-template-hash': hash,
        }),
        generateName: `${replicaSetName}-`,
        ownerReferences: owner('ReplicaSet', replicaSet),
      },
      spec: {
        ...template.spec,
        ...(node ? { nodeName: node.object.metadata.name } : {}),
        serviceAccountName: 'default',
        dnsPolicy: 'ClusterFirst',
        schedulerName: 'default-scheduler',
      },
      status: podStatus(
        ctx,
        `${ctx.clusterKey}/${namespace}/${podName}`,
        node,
        { name, image: spec.image },
        spec.crashLooping,
      ),
    });
  }
  if (spec.port) {
    const [, b] = octets(`${ctx.clusterKey}/${namespace}/${name}/service`);
    const clusterIP = `${ctx.serviceCidrPrefix}.${b}`;
    ctx.push('/services', {
      metadata: meta(ctx, 'Service', namespace, name, labels),
      spec: {
        type: 'ClusterIP',
        selector: { app: name },
        ports: [
          {
            name: 'http',
            port: spec.port === 53 ? 53 : 80,
            targetPort: spec.port,
            protocol: 'TCP',
          },
        ],
        clusterIP,
        clusterIPs: [clusterIP],
        ipFamilies: ['IPv4'],
        ipFamilyPolicy: 'SingleStack',
        sessionAffinity: 'None',
        internalTrafficPolicy: 'Cluster',
      },
      status: { loadBalancer: {} },
    });
  }
  if (spec.autoscale) {
    const { minReplicas, maxReplicas, cpuPercent } = spec.autoscale;
    ctx.push('autoscaling/horizontalpodautoscalers', {
      metadata: meta(ctx, 'HorizontalPodAutoscaler', namespace, name, labels),
      spec: {
        scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name },
        minReplicas,
        maxReplicas,
        metrics: [
          {
            type: 'Resource',
            resource: {
              name: 'cpu',
              target: { type: 'Utilization', averageUtilization: cpuPercent },
            },
          },
        ],
      },
      status: {
        currentReplicas: spec.replicas,
        desiredReplicas: spec.replicas,
        currentMetrics: [
          {
            type: 'Resource',
            resource: {
              name: 'cpu',
              current: {
                averageUtilization: Math.round(cpuPercent * 0.6),
                averageValue: '60m',
              },
            },
          },
        ],
        conditions: [
          {
            type: 'AbleToScale',
            status: 'True',
            reason: 'ReadyForNewScale',
            lastTransitionTime: ctx.since,
          },
          {
            type: 'ScalingActive',
            status: 'True',
            reason: 'ValidMetricFound',
            lastTransitionTime: ctx.since,
          },
        ],
      },
    });
  }
}

function addKubeProxy(ctx: Context, nodes: EmulatedNode[]) {
  const { namespace, name, image } = SYSTEM_DAEMONSET;
  const labels = { 'k8s-app': name, component: name };
  const real = nodes.filter(n => !n.virtual);
  const daemonSet = meta(ctx, 'DaemonSet', namespace, name, labels);
  const ready = real.filter(n => n.ready).length;
  ctx.push('apps/daemonsets', {
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
    const podName = `${name}-${suffix(
      `${ctx.clusterKey}/${node.object.metadata.name}/kube-proxy`,
      5,
    )}`;
    ctx.push('/pods', {
      metadata: {
        ...meta(ctx, 'Pod', namespace, podName, labels),
        ownerReferences: [
          {
            apiVersion: 'apps/v1',
            kind: 'DaemonSet',
            name,
            uid: daemonSet.uid,
            controller: true,
            blockOwnerDeletion: true,
          },
        ],
      },
      spec: {
        containers: [container({ name, image })],
        nodeName: node.object.metadata.name,
        hostNetwork: true,
        priorityClassName: 'system-node-critical',
      },
      status: podStatus(
        ctx,
        `${ctx.clusterKey}/${namespace}/${podName}`,
        node.ready ? node : undefined,
        { name, image },
      ),
    });
  }
}

/** The objects of a cluster's workloads, derived from its nodes and workload specs. */
export function workloadObjects(
  clusterKey: string,
  since: string,
  serviceCidr: string,
  nodes: EmulatedNode[],
  workloads: WorkloadSpec[],
): ObjectsByType {
  const objects: ObjectsByType = new Map();
  const ctx: Context = {
    clusterKey,
    since,
    serviceCidrPrefix: serviceCidr.split('.').slice(0, 3).join('.'),
    push(type, object) {
      objects.set(type, [...(objects.get(type) ?? []), object]);
    },
  };
  addKubeProxy(ctx, nodes);
  for (const spec of workloads) addWorkload(ctx, spec, nodes);
  return objects;
}
