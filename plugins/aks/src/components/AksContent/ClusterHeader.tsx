import { Flex, Text } from '@backstage/ui';
import type { ClusterResponse } from '@aks-backstage/plugin-aks-common';
import { activityText } from '../describe/cluster';
import { formatTime } from '../describe/dates';
import { regionName } from '../describe/terms';
import { HealthStatus } from '../HealthStatus';
import { MUTED } from '../look';
import { StaleNotice } from '../StaleNotice/StaleNotice';

/** Name, where the cluster lives, and its health, or what is happening to it right now. */
export function ClusterHeader(props: {
  cluster: ClusterResponse;
  /** What a running operation of this page does, e.g. "Stopping…". */
  activity?: string;
}) {
  const { cluster, activity } = props;
  const happening = activity ?? activityText(cluster.provisioningState);
  return (
    <Flex direction="column" gap="1">
      <Flex justify="between" align="center" gap="2">
        <Text as="h2" variant="title-x-small">
          {cluster.name}
        </Text>
        <HealthStatus
          status={happening ? 'updating' : cluster.health.status}
          label={happening}
        />
      </Flex>
      <Text variant="body-medium" style={MUTED}>
        {[
          `Resource group ${cluster.resourceGroup}`,
          cluster.subscriptionDisplayName ?? cluster.subscriptionId,
          regionName(cluster.location),
          `read from Azure ${formatTime(cluster.fetchedAt)}`,
        ].join(' · ')}
      </Text>
      {cluster.stale && <StaleNotice fetchedAt={cluster.fetchedAt} />}
    </Flex>
  );
}
