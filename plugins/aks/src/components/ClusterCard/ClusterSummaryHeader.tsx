import { Flex, Tag, TagGroup, Text } from '@backstage/ui';
import type { ClusterResponse } from '@aks-backstage/plugin-aks-common';
import { HealthStatus } from '../HealthStatus';
import { formatTime } from './describe';

/** Name, health and freshness of one cluster. */
export function ClusterSummaryHeader({
  cluster,
}: {
  cluster: ClusterResponse;
}) {
  return (
    <Flex direction="column" gap="1">
      <Flex align="center" justify="between" gap="2">
        <Text as="h3" variant="title-small">
          {cluster.name}
        </Text>
        <HealthStatus health={cluster.health} />
      </Flex>
      <Text variant="body-small" color="secondary">
        {cluster.resourceGroup} ·{' '}
        {cluster.subscriptionDisplayName ?? cluster.subscriptionId}
      </Text>
      {cluster.stale && (
        <TagGroup aria-label="Freshness">
          <Tag id="stale">
            {`Stale: Azure did not answer, showing data read ${formatTime(
              cluster.fetchedAt,
            )}`}
          </Tag>
        </TagGroup>
      )}
    </Flex>
  );
}
