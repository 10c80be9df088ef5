import { useMemo, useState } from 'react';
import { Alert, Flex } from '@backstage/ui';
import { useApi } from '@backstage/frontend-plugin-api';
import useAsync from 'react-use/esm/useAsync';
import { aksApiRef } from '../../api';
import { StaleNotice } from '../StaleNotice/StaleNotice';
import { FleetCharts } from './charts/FleetCharts';
import { FleetCount } from './FleetCount';
import { FleetFilters } from './FleetFilters';
import { searchClusters } from './fleetOrder';
import { FleetTable } from './FleetTable';
import { useClusterEntities } from './useClusterEntities';
import { FleetFilter, useFleet } from './useFleet';
import { useWholeFleet } from './useWholeFleet';

/** The fleet: charts of the whole of it, and a table to search and filter. */
export function Fleet() {
  const [filter, setFilter] = useState<FleetFilter>({});
  const [search, setSearch] = useState('');
  const aksApi = useApi(aksApiRef);
  const subscriptions = useAsync(() => aksApi.listSubscriptions(), [aksApi]);
  const fleet = useFleet(filter);
  const whole = useWholeFleet(filter, fleet);
  const entities = useClusterEntities();
  const rows = useMemo(
    () =>
      searchClusters(fleet.clusters, search).map(c => ({
        ...c,
        entities: entities.get(c.id.toLowerCase()) ?? [],
      })),
    [fleet.clusters, search, entities],
  );

  if (fleet.error) {
    return (
      <Alert
        status="danger"
        title="The fleet could not be read"
        description={fleet.error.message}
      />
    );
  }
  if (!fleet.loading && whole.total === 0) {
    return (
      <Alert
        status="info"
        title="No clusters"
        description="The configured subscriptions have no AKS clusters. Subscriptions are listed under aks.subscriptions in app-config.yaml."
      />
    );
  }
  const failed = fleet.failedSubscriptions;
  return (
    <Flex direction="column" gap="4">
      {fleet.freshness?.stale && (
        <StaleNotice fetchedAt={fleet.freshness.fetchedAt} />
      )}
      {failed.length > 0 && (
        <Alert
          status="warning"
          title="Some subscriptions could not be listed"
          description={failed
            .map(
              f => `${f.displayName ?? f.subscriptionId}: ${f.error.message}`,
            )
            .join(' · ')}
        />
      )}
      {whole.clusters.length > 0 && (
        <FleetCharts
          clusters={whole.clusters}
          today={new Date().toISOString().slice(0, 10)}
        />
      )}
      <Flex direction="column" gap="3">
        <FleetFilters
          search={search}
          onSearchChange={setSearch}
          filter={filter}
          onFilterChange={setFilter}
          subscriptions={subscriptions.value?.items ?? []}
        />
        <FleetCount
          shown={rows.length}
          total={whole.total ?? fleet.totalCount}
          loading={fleet.loading}
          freshness={fleet.freshness}
        />
        <FleetTable rows={rows} loading={fleet.loading} />
      </Flex>
    </Flex>
  );
}
