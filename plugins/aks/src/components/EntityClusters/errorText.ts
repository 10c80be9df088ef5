import type { EntityCluster } from '@aks-backstage/plugin-aks-common';

type ClusterError = NonNullable<EntityCluster['error']>;

/** What a user should read for a cluster that could not be read. */
export function clusterErrorText(error: ClusterError): {
  title: string;
  description: string;
} {
  switch (error.name) {
    case 'NotFoundError':
      return {
        title: 'Cluster not found',
        description:
          'Azure has no cluster with this id: it was deleted or moved. Update the azure.com/aks-cluster-id annotation of this entity.',
      };
    case 'NotAllowedError':
      return {
        title: 'Not allowed',
        description: `You may not see this cluster: ${error.message}`,
      };
    case 'ServiceUnavailableError':
      return {
        title: 'Azure is unavailable',
        description: `No earlier data of this cluster is cached. Try again in a few minutes. (${error.message})`,
      };
    case 'InputError':
      return { title: 'Invalid cluster id', description: error.message };
    default:
      return { title: 'Cluster could not be read', description: error.message };
  }
}

/** What a user should read when the entity's clusters could not be listed at all. */
export function requestErrorText(error: Error): {
  title: string;
  description: string;
} {
  const status = (error as { response?: { status?: number } }).response?.status;
  if (status === 403) {
    return {
      title: 'Not allowed',
      description:
        'You do not have the aks.cluster.read permission for this entity.',
    };
  }
  if (status === 404) {
    return {
      title: 'Entity not found',
      description: 'The catalog no longer has this entity.',
    };
  }
  return {
    title: 'The AKS backend did not answer',
    description: `Try again in a few minutes. (${error.message})`,
  };
}
