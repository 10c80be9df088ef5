import { createHash } from 'node:crypto';
import type { EmulatedNode } from './nodes';
import { addressOctets, type ObjectBuilder } from './objectBuilder';

/** A container as a pod spec lists it, with requests and limits. */
export function container(spec: {
  name: string;
  image: string;
  port?: number;
}) {
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

/** A pod's status: Pending without a node, else Running, its container ready or crash-looping. */
export function podStatus(
  builder: ObjectBuilder,
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
          lastTransitionTime: builder.since,
        },
      ],
      qosClass: 'Burstable',
    };
  }
  const [a, b] = addressOctets(seed);
  const ready = !crashLooping;
  const condition = (type: string, status: boolean) => ({
    type,
    status: status ? 'True' : 'False',
    lastTransitionTime: builder.since,
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
    startTime: builder.since,
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
          : { running: { startedAt: builder.since } },
        ...(crashLooping
          ? {
              lastState: {
                terminated: {
                  exitCode: 1,
                  reason: 'Error',
                  startedAt: builder.since,
                  finishedAt: builder.since,
                },
              },
            }
          : {}),
      },
    ],
  };
}
