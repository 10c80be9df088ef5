import { Alert, Container, Flex, Tag, TagGroup, Text } from '@backstage/ui';
import { Content, Header, Page } from '@backstage/core-components';
import { useApi, useTranslationRef } from '@backstage/frontend-plugin-api';
import { useState } from 'react';
import useAsync from 'react-use/esm/useAsync';
import { aksApiRef } from '../../api';
import { aksTranslationRef } from '../../translation';
import { formatTime } from '../ClusterCard/describe';
import { FleetTable } from './FleetTable';
import { useClusterEntities } from './useClusterEntities';
import { FleetFilter, useFleet } from './useFleet';

const Fleet = () => {
  const [filter, setFilter] = useState<FleetFilter>({});
  const aksApi = useApi(aksApiRef);
  const subscriptions = useAsync(() => aksApi.listSubscriptions(), [aksApi]);
  const {
    clusters,
    failedSubscriptions,
    totalCount,
    freshness,
    loading,
    error,
  } = useFleet(filter);
  const entities = useClusterEntities();

  if (error) {
    return (
      <Alert
        status="danger"
        title="The fleet could not be read"
        description={error.message}
      />
    );
  }
  const filtered = Object.values(filter).some(Boolean);
  if (!loading && clusters.length === 0 && !filtered) {
    return (
      <Alert
        status="info"
        title="No clusters"
        description="The configured subscriptions have no AKS clusters. Subscriptions are listed under aks.subscriptions in app-config.yaml."
      />
    );
  }
  return (
    <Flex direction="column" gap="3">
      <Flex align="center" gap="2">
        <Text variant="body-medium">
          {totalCount === undefined
            ? 'Reading the fleet…'
            : `${clusters.length} of ${totalCount} clusters${
                loading ? ', reading the rest…' : ''
              }`}
        </Text>
        {freshness && (
          <Text variant="body-small" color="secondary">
            Read from Azure {formatTime(freshness.fetchedAt)}
          </Text>
        )}
        {freshness?.stale && (
          <TagGroup aria-label="Freshness">
            <Tag id="stale">
              Stale: Azure did not answer, showing last-known data
            </Tag>
          </TagGroup>
        )}
      </Flex>
      {failedSubscriptions.length > 0 && (
        <Alert
          status="warning"
          title="Some subscriptions could not be listed"
          description={failedSubscriptions
            .map(
              f => `${f.displayName ?? f.subscriptionId}: ${f.error.message}`,
            )
            .join(' · ')}
        />
      )}
      <FleetTable
        clusters={clusters}
        entities={entities}
        loading={loading}
        subscriptions={subscriptions.value?.items ?? []}
        filter={filter}
        onFilterChange={setFilter}
      />
    </Flex>
  );
};

/** The fleet: every cluster in the configured subscriptions, all pages of it. */
export const FleetContent = () => (
  <Container>
    <Fleet />
  </Container>
);

/** The fleet page for the legacy frontend system, with its own header. */
export const FleetPage = () => {
  const { t } = useTranslationRef(aksTranslationRef);
  return (
    <Page themeId="tool">
      <Header title={t('fleetPage.title')} subtitle={t('fleetPage.subtitle')} />
      <Content>
        <Fleet />
      </Content>
    </Page>
  );
};
