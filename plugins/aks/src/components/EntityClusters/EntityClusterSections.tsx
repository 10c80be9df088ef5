import { Fragment, ReactNode } from 'react';
import { Flex, Skeleton, Text } from '@backstage/ui';
import { MissingAnnotationEmptyState } from '@backstage/plugin-catalog-react';
import {
  AKS_CLUSTER_ID_ANNOTATION,
  ClusterResponse,
  isAksAvailable,
} from '@aks-backstage/plugin-aks-common';
import { MUTED } from '../look';
import { ErrorAlert } from './ErrorAlert';
import { clusterErrorText, requestErrorText } from './errorText';
import { useEntityClusters } from './useEntityClusters';

/** What a cluster's view may do besides showing it. */
export interface ClusterContext {
  entityRef: string;
  /** Reads the entity's clusters again. */
  reload: () => void;
}

/** The last segment of an id, which names the cluster even when the id is malformed. */
function clusterName(clusterId: string): string {
  return clusterId.split('/').filter(Boolean).pop() ?? clusterId;
}

/**
 * One view per cluster of the current entity, and every state before and
 * around them: loading, no annotation, a failed request, and a cluster that
 * could not be read, each with the server's words. A card beside the one
 * that explains errors passes `errorsShownElsewhere` so they appear once.
 */
export function EntityClusterSections(props: {
  children: (cluster: ClusterResponse, context: ClusterContext) => ReactNode;
  errorsShownElsewhere?: boolean;
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
        <Skeleton width="100%" height={48} />
      </Flex>
    );
  }
  if (error) {
    return props.errorsShownElsewhere ? (
      <Text variant="body-medium" style={MUTED}>
        The clusters could not be read.
      </Text>
    ) : (
      <ErrorAlert error={requestErrorText(error)} onRetry={retry} />
    );
  }
  return (
    <Flex direction="column" gap="4">
      {value?.items.map(item => {
        if (item.cluster) {
          return (
            <Fragment key={item.clusterId}>
              {props.children(item.cluster, { entityRef, reload: retry })}
            </Fragment>
          );
        }
        if (props.errorsShownElsewhere || !item.error) return null;
        return (
          <ErrorAlert
            key={item.clusterId}
            subject={clusterName(item.clusterId)}
            error={clusterErrorText(item.error)}
            onRetry={retry}
          />
        );
      })}
    </Flex>
  );
}
