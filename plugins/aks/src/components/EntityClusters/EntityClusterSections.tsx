import { ReactNode } from 'react';
import { Alert, Flex, Skeleton } from '@backstage/ui';
import { MissingAnnotationEmptyState } from '@backstage/plugin-catalog-react';
import {
  AKS_CLUSTER_ID_ANNOTATION,
  ClusterResponse,
  isAksAvailable,
} from '@aks-backstage/plugin-aks-common';
import { clusterErrorText, requestErrorText } from './errorText';
import { useEntityClusters } from './useEntityClusters';

/**
 * Renders one section per cluster of the current entity, and every state
 * before and around them: loading, no annotation, a failed request, and a
 * cluster that could not be read.
 */
export function EntityClusterSections(props: {
  children: (
    cluster: ClusterResponse,
    context: { entityRef: string; reload: () => void },
  ) => ReactNode;
}) {
  const { entity, entityRef, value, loading, error, retry } =
    useEntityClusters();

  if (!isAksAvailable(entity)) {
    return (
      <MissingAnnotationEmptyState annotation={AKS_CLUSTER_ID_ANNOTATION} />
    );
  }
  if (loading && !value) {
    return (
      <Flex direction="column" gap="2" aria-label="Loading clusters">
        <Skeleton width="60%" height={24} />
        <Skeleton width="100%" height={80} />
      </Flex>
    );
  }
  if (error) {
    return <Alert status="danger" {...requestErrorText(error)} />;
  }
  return (
    <Flex direction="column" gap="4">
      {value?.items.map(item =>
        item.cluster ? (
          <section key={item.clusterId} aria-label={item.cluster.name}>
            {props.children(item.cluster, { entityRef, reload: retry })}
          </section>
        ) : (
          <Alert
            key={item.clusterId}
            status={item.error?.name === 'NotFoundError' ? 'warning' : 'danger'}
            title={`${clusterName(item.clusterId)}: ${
              clusterErrorText(item.error!).title
            }`}
            description={clusterErrorText(item.error!).description}
          />
        ),
      )}
    </Flex>
  );
}

function clusterName(clusterId: string): string {
  return clusterId.split('/').filter(Boolean).pop() ?? clusterId;
}
