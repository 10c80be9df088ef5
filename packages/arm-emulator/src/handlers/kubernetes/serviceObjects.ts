import type { WorkloadSpec } from '../../persistence/workloadStore';
import { addressOctets, objectMeta, type ObjectBuilder } from './objectBuilder';

/** The ClusterIP Service of a workload that listens on a port. */
export function addService(
  builder: ObjectBuilder,
  spec: WorkloadSpec,
  labels: Record<string, string>,
) {
  const { namespace, name } = spec;
  const [, b] = addressOctets(
    `${builder.clusterKey}/${namespace}/${name}/service`,
  );
  const clusterIP = `${builder.serviceCidrPrefix}.${b}`;
  builder.push('/services', {
    metadata: objectMeta(builder, 'Service', namespace, name, labels),
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

/** The HorizontalPodAutoscaler of a workload that autoscales on CPU. */
export function addAutoscaler(
  builder: ObjectBuilder,
  spec: WorkloadSpec,
  labels: Record<string, string>,
) {
  const { namespace, name } = spec;
  const { minReplicas, maxReplicas, cpuPercent } = spec.autoscale!;
  builder.push('autoscaling/horizontalpodautoscalers', {
    metadata: objectMeta(
      builder,
      'HorizontalPodAutoscaler',
      namespace,
      name,
      labels,
    ),
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
          lastTransitionTime: builder.since,
        },
        {
          type: 'ScalingActive',
          status: 'True',
          reason: 'ValidMetricFound',
          lastTransitionTime: builder.since,
        },
      ],
    },
  });
}
