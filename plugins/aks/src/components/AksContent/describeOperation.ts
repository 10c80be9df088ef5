import type {
  AksOperationRequest,
  ClusterResponse,
} from '@aks-backstage/plugin-aks-common';

/** What a confirmation dialog says an operation will do. */
export interface OperationDescription {
  title: string;
  consequences: string;
  confirmLabel: string;
  destructive: boolean;
}

function pool(cluster: ClusterResponse, name: string) {
  return cluster.nodePools.find(p => p.name === name);
}

/** The consequences of an operation, in a cluster owner's words. */
export function describeOperation(
  cluster: ClusterResponse,
  request: AksOperationRequest,
): OperationDescription {
  const name = cluster.name;
  switch (request.kind) {
    case 'stop':
      return {
        title: `Stop ${name}?`,
        consequences:
          'The control plane and every node shut down: the workloads go down and stop serving until the cluster is started again. ' +
          'Billing for the nodes stops; disks and public IP addresses are still billed. Starting again takes several minutes.',
        confirmLabel: 'Stop cluster',
        destructive: true,
      };
    case 'start':
      return {
        title: `Start ${name}?`,
        consequences:
          'The control plane and the node pools come back up; workloads are scheduled again once the nodes are ready, after a few minutes. ' +
          'The nodes are billed again from then on.',
        confirmLabel: 'Start cluster',
        destructive: false,
      };
    case 'upgradeControlPlane':
      return {
        title: `Upgrade ${name} to Kubernetes ${request.kubernetesVersion}?`,
        consequences: `The control plane moves from ${
          cluster.currentKubernetesVersion
        } to ${request.kubernetesVersion}${
          request.controlPlaneOnly
            ? '; the node pools stay on their version until you upgrade them.'
            : ', then every node pool: nodes are cordoned, drained and replaced one surge batch at a time, so pods restart elsewhere.'
        } An upgrade cannot be rolled back; workloads without a PodDisruptionBudget may briefly lose capacity.`,
        confirmLabel: 'Upgrade',
        destructive: false,
      };
    case 'upgradeNodePool':
      return {
        title: `Upgrade node pool ${request.nodePool} to Kubernetes ${request.kubernetesVersion}?`,
        consequences:
          `The nodes of ${request.nodePool} move from ${
            pool(cluster, request.nodePool)?.currentOrchestratorVersion ??
            'their version'
          } to ${
            request.kubernetesVersion
          }: they are cordoned, drained and replaced one surge batch at a time, so their pods restart elsewhere. ` +
          'An upgrade cannot be rolled back.',
        confirmLabel: 'Upgrade pool',
        destructive: false,
      };
    case 'upgradeNodeImage': {
      const target = pool(cluster, request.nodePool);
      return {
        title: `Upgrade the node image of ${request.nodePool}?`,
        consequences: `The nodes are re-imaged to ${
          target?.latestNodeImageVersion ?? 'the latest node image'
        } (OS and runtime patches) and keep Kubernetes ${
          target?.currentOrchestratorVersion ?? 'their version'
        }. They are drained and replaced one surge batch at a time, so their pods restart elsewhere.`,
        confirmLabel: 'Upgrade node image',
        destructive: false,
      };
    }
    case 'scaleNodePool': {
      const target = pool(cluster, request.nodePool);
      const change =
        request.count !== undefined
          ? `from ${target?.count ?? '?'} to ${request.count} nodes`
          : `to an autoscaler range of ${request.minCount}–${request.maxCount} nodes`;
      return {
        title: `Scale node pool ${request.nodePool}?`,
        consequences:
          `The pool goes ${change}. Removing nodes drains them and evicts their pods; ` +
          'new nodes take a few minutes to join and are billed from then on.',
        confirmLabel: 'Scale pool',
        destructive:
          request.count !== undefined && request.count < (target?.count ?? 0),
      };
    }
    default:
      throw new Error('Unknown operation');
  }
}

/** A present-tense label of a running operation. */
export function operationLabel(request: AksOperationRequest): string {
  switch (request.kind) {
    case 'start':
      return 'Starting the cluster';
    case 'stop':
      return 'Stopping the cluster';
    case 'upgradeControlPlane':
      return `Upgrading to Kubernetes ${request.kubernetesVersion}`;
    case 'upgradeNodePool':
      return `Upgrading ${request.nodePool} to Kubernetes ${request.kubernetesVersion}`;
    case 'upgradeNodeImage':
      return `Upgrading the node image of ${request.nodePool}`;
    case 'scaleNodePool':
      return `Scaling ${request.nodePool}`;
    default:
      return 'Running an operation';
  }
}

/** What a running operation does to the cluster, in one word for its status: "Stopping…". */
export function activityLabel(request: AksOperationRequest): string {
  switch (request.kind) {
    case 'start':
      return 'Starting…';
    case 'stop':
      return 'Stopping…';
    case 'scaleNodePool':
      return 'Scaling…';
    default:
      return 'Upgrading…';
  }
}
