import { Cell, ColumnConfig, Table, Text } from '@backstage/ui';
import type { NodePool } from '@aks-backstage/plugin-aks-common';

type Row = NodePool & { id: string };

function countText(pool: NodePool): string {
  return pool.enableAutoScaling
    ? `${pool.count}, autoscaling ${pool.minCount ?? '?'}–${
        pool.maxCount ?? '?'
      }`
    : String(pool.count);
}

function spotText(pool: NodePool): string {
  if (pool.scaleSetPriority !== 'Spot') return 'No';
  const price =
    pool.spotMaxPrice === undefined || pool.spotMaxPrice === -1
      ? 'up to the on-demand price'
      : `max $${pool.spotMaxPrice}/h`;
  return `Spot: ${
    pool.scaleSetEvictionPolicy ?? 'Delete'
  } on eviction, ${price}`;
}

function imageText(pool: NodePool): string {
  const current = pool.nodeImageVersion ?? 'unknown';
  const latest = pool.latestNodeImageVersion;
  if (latest && pool.nodeImageVersion && latest !== pool.nodeImageVersion) {
    return `${current}: behind, latest ${latest}`;
  }
  return latest ? `${current} (latest)` : current;
}

/** A cell whose lines wrap instead of being cut off. */
const Lines = ({ lines }: { lines: Array<string | undefined> }) => (
  <Cell>
    {lines.filter(Boolean).map((line, i) => (
      <Text
        key={i}
        as="div"
        variant={i === 0 ? 'body-medium' : 'body-small'}
        color={i === 0 ? 'primary' : 'secondary'}
        style={{ overflowWrap: 'anywhere' }}
      >
        {line}
      </Text>
    ))}
  </Cell>
);

const columns: ColumnConfig<Row>[] = [
  {
    id: 'name',
    label: 'Pool',
    isRowHeader: true,
    cell: p => <Lines lines={[p.name, p.mode]} />,
  },
  {
    id: 'machines',
    label: 'Machines',
    cell: p => (
      <Lines lines={[p.vmSize, `${p.osType}${p.osSKU ? ` ${p.osSKU}` : ''}`]} />
    ),
  },
  {
    id: 'nodes',
    label: 'Nodes',
    cell: p => <Lines lines={[countText(p), spotText(p)]} />,
  },
  {
    id: 'version',
    label: 'Kubernetes and node image',
    cell: p => <Lines lines={[p.currentOrchestratorVersion, imageText(p)]} />,
  },
  {
    id: 'placement',
    label: 'Zones and pods',
    cell: p => (
      <Lines
        lines={[
          p.availabilityZones?.length
            ? `Zones ${p.availabilityZones.join(', ')}`
            : 'No zones',
          `Max ${p.maxPods ?? 'default'} pods per node`,
        ]}
      />
    ),
  },
  {
    id: 'state',
    label: 'State',
    cell: p => <Lines lines={[p.provisioningState, p.powerState]} />,
  },
];

/** One row per node pool of a cluster. */
export function NodePoolTable({ pools }: { pools: NodePool[] }) {
  return (
    <Table
      columnConfig={columns}
      data={pools.map(p => ({ ...p, id: p.name }))}
      pagination={{ type: 'none' }}
      emptyState="This cluster has no node pools."
    />
  );
}
