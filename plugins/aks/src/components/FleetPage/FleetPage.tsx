import {
  Content,
  Header,
  Page,
  Progress,
  ResponseErrorPanel,
  Table,
  TableColumn,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import useAsync from 'react-use/esm/useAsync';
import { ClusterSummary } from '@aks-backstage/plugin-aks-common';
import { aksApiRef } from '../../api';
import { HealthStatus } from '../HealthStatus';

const columns: TableColumn<ClusterSummary>[] = [
  { title: 'Cluster', field: 'name', highlight: true },
  {
    title: 'Health',
    field: 'health.status',
    render: cluster => <HealthStatus health={cluster.health} />,
  },
  { title: 'Kubernetes', field: 'currentKubernetesVersion' },
  { title: 'Tier', field: 'tier' },
  { title: 'Location', field: 'location' },
  { title: 'Resource group', field: 'resourceGroup' },
  {
    title: 'Subscription',
    render: cluster =>
      cluster.subscriptionDisplayName ?? cluster.subscriptionId,
  },
];

/** The fleet: every cluster in the configured subscriptions. */
export const FleetPage = () => {
  const aksApi = useApi(aksApiRef);
  const { value, loading, error } = useAsync(() => aksApi.getFleet(), [aksApi]);

  return (
    <Page themeId="tool">
      <Header
        title="AKS clusters"
        subtitle="Azure Kubernetes Service clusters in the configured subscriptions"
      />
      <Content>
        {loading && <Progress />}
        {error && <ResponseErrorPanel error={error} />}
        {value && (
          <Table
            title={`Clusters (${value.totalCount})`}
            options={{ paging: false, search: true }}
            columns={columns}
            data={value.items}
          />
        )}
      </Content>
    </Page>
  );
};
