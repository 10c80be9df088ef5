import { useMemo } from 'react';
import {
  Cell,
  CellText,
  ColumnConfig,
  Flex,
  SearchField,
  Select,
  Table,
  Text,
  useTable,
} from '@backstage/ui';
import { CompoundEntityRef } from '@backstage/catalog-model';
import {
  ClusterSummary,
  HEALTH_STATUSES,
  SubscriptionList,
} from '@aks-backstage/plugin-aks-common';
import type { FleetFilter } from './useFleet';
import { supportText } from '../ClusterCard/describe';
import { HealthStatus } from '../HealthStatus';
import { CatalogLinks } from './CatalogLinks';

type Row = ClusterSummary & { entities: CompoundEntityRef[] };

const HEALTH_OPTIONS = HEALTH_STATUSES.map(value => ({ value, label: value }));

const SUPPORT_OPTIONS = [
  { value: 'supported', label: 'Supported' },
  { value: 'lts-only', label: 'LTS only' },
  { value: 'out-of-support', label: 'Out of support' },
  { value: 'unknown', label: 'Unknown' },
];

const SORT_KEYS: Record<string, (row: Row) => string | number> = {
  name: r => r.name.toLowerCase(),
  health: r => r.health.status,
  version: r =>
    r.currentKubernetesVersion
      .split('.')
      .map(n => n.padStart(4, '0'))
      .join('.'),
  power: r => r.powerState,
  tier: r => r.tier,
  nodes: r => r.nodeCount,
  subscription: r => r.subscriptionDisplayName ?? r.subscriptionId,
  location: r => r.location,
};

const columns: ColumnConfig<Row>[] = [
  {
    id: 'name',
    label: 'Cluster',
    isRowHeader: true,
    isSortable: true,
    minWidth: 200,
    cell: r => <CellText title={r.name} description={r.resourceGroup} />,
  },
  {
    id: 'health',
    label: 'Health',
    isSortable: true,
    minWidth: 180,
    cell: r => (
      <Cell>
        <HealthStatus health={r.health} />
        {r.health.warnings[0] && (
          <Text
            as="div"
            variant="body-small"
            color="secondary"
            title={r.health.warnings[0].message}
          >
            {r.health.warnings[0].title}
            {r.health.warnings.length > 1 &&
              ` (+${r.health.warnings.length - 1} more)`}
          </Text>
        )}
      </Cell>
    ),
  },
  {
    id: 'version',
    label: 'Kubernetes',
    isSortable: true,
    minWidth: 170,
    cell: r => (
      <CellText
        title={r.currentKubernetesVersion}
        description={supportText(r.support)}
      />
    ),
  },
  {
    id: 'power',
    label: 'Power',
    isSortable: true,
    cell: r => <CellText title={r.powerState} />,
  },
  {
    id: 'tier',
    label: 'Tier',
    isSortable: true,
    cell: r => <CellText title={r.tier} />,
  },
  {
    id: 'nodes',
    label: 'Nodes',
    isSortable: true,
    cell: r => (
      <CellText
        title={String(r.nodeCount)}
        description={`${r.nodePoolCount} pools`}
      />
    ),
  },
  {
    id: 'subscription',
    label: 'Subscription',
    isSortable: true,
    cell: r => (
      <CellText title={r.subscriptionDisplayName ?? r.subscriptionId} />
    ),
  },
  {
    id: 'location',
    label: 'Location',
    isSortable: true,
    cell: r => <CellText title={r.location} />,
  },
  {
    id: 'entities',
    label: 'Catalog',
    minWidth: 160,
    cell: r => <CatalogLinks refs={r.entities} />,
  },
];

/** Sortable, searchable, filterable table of the whole fleet. */
export function FleetTable(props: {
  clusters: ClusterSummary[];
  entities: Map<string, CompoundEntityRef[]>;
  loading: boolean;
  subscriptions: SubscriptionList['items'];
  filter: FleetFilter;
  onFilterChange: (filter: FleetFilter) => void;
}) {
  const rows = useMemo(
    () =>
      props.clusters.map(c => ({
        ...c,
        entities: props.entities.get(c.id.toLowerCase()) ?? [],
      })),
    [props.clusters, props.entities],
  );
  const { tableProps, search } = useTable<Row>({
    mode: 'complete',
    data: rows,
    initialSort: { column: 'name', direction: 'ascending' },
    paginationOptions: { pageSize: 50 },
    sortFn: (data, { column, direction }) => {
      const key = SORT_KEYS[String(column)] ?? SORT_KEYS.name;
      const sign = direction === 'descending' ? -1 : 1;
      const order = (a: Row, b: Row) => {
        if (key(a) === key(b)) return 0;
        return key(a) < key(b) ? -sign : sign;
      };
      return [...data].sort(order);
    },
    searchFn: (data, query) => {
      const q = query.trim().toLowerCase();
      return data.filter(r =>
        [r.name, r.resourceGroup, r.location, r.subscriptionDisplayName ?? '']
          .join(' ')
          .toLowerCase()
          .includes(q),
      );
    },
  });
  const current = props.filter;
  const setFilter = (change: Partial<FleetFilter>) =>
    props.onFilterChange({ ...current, ...change });
  const selectValue = (key: unknown) =>
    key === null || key === '' ? undefined : String(key);

  return (
    <Flex direction="column" gap="3">
      <Flex gap="2" align="end">
        <SearchField
          label="Search clusters"
          value={search.value}
          onChange={search.onChange}
        />
        <Select
          label="Health"
          placeholder="Any health"
          options={HEALTH_OPTIONS}
          value={current.health ?? null}
          onChange={key =>
            setFilter({ health: selectValue(key) as FleetFilter['health'] })
          }
        />
        <Select
          label="Support"
          placeholder="Any support"
          options={SUPPORT_OPTIONS}
          value={current.supportStatus ?? null}
          onChange={key =>
            setFilter({
              supportStatus: selectValue(key) as FleetFilter['supportStatus'],
            })
          }
        />
        <Select
          label="Subscription"
          placeholder="All subscriptions"
          options={props.subscriptions.map(s => ({
            value: s.subscriptionId,
            label: s.displayName ?? s.subscriptionId,
          }))}
          value={current.subscriptionId ?? null}
          onChange={key => setFilter({ subscriptionId: selectValue(key) })}
        />
      </Flex>
      <Table
        {...tableProps}
        isPending={tableProps.isPending || (props.loading && rows.length === 0)}
        columnConfig={columns}
        emptyState="No cluster matches."
      />
    </Flex>
  );
}
