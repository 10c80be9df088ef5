import { ReactElement } from 'react';
import {
  Cell,
  ColumnConfig,
  Table,
  Text,
  useBreakpoint,
} from '@backstage/ui';
import type { NodePool } from '@aks-backstage/plugin-aks-common';
import { activityText } from '../describe/cluster';
import { term } from '../describe/terms';
import { CopyValue } from '../CopyValue/CopyValue';
import { MUTED } from '../look';

type Row = NodePool & { id: string };

function nodesText(pool: NodePool): string {
  return pool.enableAutoScaling
    ? `Autoscaling ${pool.minCount ?? '?'}–${pool.maxCount ?? '?'}`
    : 'Fixed count';
}

function priorityText(pool: NodePool): string {
  if (pool.scaleSetPriority !== 'Spot') return 'Regular priority';
  const price =
    pool.spotMaxPrice === undefined || pool.spotMaxPrice === -1
      ? 'up to the on-demand price'
      : `at most $${pool.spotMaxPrice}/h`;
  return `Spot, ${term(
    pool.scaleSetEvictionPolicy ?? 'Delete',
  ).toLowerCase()} on eviction, ${price}`;
}

function imageBehind(pool: NodePool): boolean {
  return (
    !!pool.latestNodeImageVersion &&
    !!pool.nodeImageVersion &&
    pool.latestNodeImageVersion !== pool.nodeImageVersion
  );
}

/** A value on one line with a quieter one under it, both cut short with the whole text on hover. */
const TwoLines = (props: { main: string; under?: string }) => (
  <Cell>
    <Text as="div" variant="body-medium" truncate title={props.main}>
      {props.main}
    </Text>
    {props.under && (
      <Text
        as="div"
        variant="body-small"
        truncate
        title={props.under}
        style={MUTED}
      >
        {props.under}
      </Text>
    )}
  </Cell>
);

function columns(
  wide: boolean,
  actions?: (pool: NodePool) => ReactElement,
): ColumnConfig<Row>[] {
  const all: ColumnConfig<Row>[] = [
    {
      id: 'name',
      label: 'Pool',
      isRowHeader: true,
      minWidth: 110,
      cell: p => <TwoLines main={p.name} under={term(p.mode)} />,
    },
    {
      id: 'size',
      label: 'VM size',
      minWidth: 170,
      cell: p => <TwoLines main={p.vmSize} under={priorityText(p)} />,
    },
    {
      id: 'nodes',
      label: 'Nodes',
      minWidth: 130,
      cell: p => <TwoLines main={String(p.count)} under={nodesText(p)} />,
    },
    {
      id: 'version',
      label: 'Kubernetes',
      minWidth: 130,
      cell: p => (
        <TwoLines
          main={p.currentOrchestratorVersion}
          under={
            p.orchestratorVersion !== p.currentOrchestratorVersion
              ? `Upgrading to ${p.orchestratorVersion}`
              : undefined
          }
        />
      ),
    },
    {
      id: 'image',
      label: 'Node image',
      minWidth: 200,
      isHidden: !wide,
      cell: p => (
        <Cell>
          {p.nodeImageVersion ? (
            <CopyValue value={p.nodeImageVersion} label="node image version" />
          ) : (
            <Text variant="body-medium">Unknown</Text>
          )}
          <Text as="div" variant="body-small" style={MUTED}>
            {imageBehind(p) ? 'A newer image is available' : 'Latest'}
          </Text>
        </Cell>
      ),
    },
    {
      id: 'os',
      label: 'OS',
      minWidth: 130,
      isHidden: !wide,
      cell: p => (
        <TwoLines
          main={`${term(p.osType)}${p.osSKU ? ` (${term(p.osSKU)})` : ''}`}
          under={
            p.availabilityZones?.length
              ? `Zones ${p.availabilityZones.join(', ')}`
              : 'No zones'
          }
        />
      ),
    },
    {
      id: 'state',
      label: 'State',
      minWidth: 110,
      cell: p => (
        <TwoLines
          main={activityText(p.provisioningState) ?? term(p.provisioningState)}
          under={term(p.powerState)}
        />
      ),
    },
  ];
  if (actions) {
    all.push({
      id: 'actions',
      label: 'Actions',
      minWidth: 100,
      cell: p => <Cell>{actions(p)}</Cell>,
    });
  }
  return all;
}

/** One row per node pool of a cluster; with `actions`, a last column of what can be done to each. */
export function NodePoolTable(props: {
  pools: NodePool[];
  actions?: (pool: NodePool) => ReactElement;
}) {
  const wide = useBreakpoint().up('lg');
  return (
    <Table
      columnConfig={columns(wide, props.actions)}
      data={props.pools.map(p => ({ ...p, id: p.name }))}
      pagination={{ type: 'none' }}
      emptyState="This cluster has no node pools."
    />
  );
}

export { imageBehind };
