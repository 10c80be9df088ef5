import { useMemo } from 'react';
import { Table, useBreakpoint, useTable } from '@backstage/ui';
import { DEFAULT_SORT, sortClusters } from './fleetOrder';
import { fleetColumns, FleetRow, TableRoom } from './fleetColumns';

/** The clusters shown, worst health first until another column is chosen. */
export function FleetTable(props: { rows: FleetRow[]; loading: boolean }) {
  const { up } = useBreakpoint();
  let room: TableRoom = 'narrow';
  if (up('xl')) room = 'widest';
  else if (up('lg')) room = 'wide';
  else if (up('md')) room = 'medium';
  const columns = useMemo(() => fleetColumns(room), [room]);
  const { tableProps } = useTable<FleetRow>({
    mode: 'complete',
    data: props.rows,
    initialSort: DEFAULT_SORT,
    paginationOptions: { pageSize: 50 },
    sortFn: sortClusters,
  });
  return (
    <Table
      {...tableProps}
      isPending={
        tableProps.isPending || (props.loading && props.rows.length === 0)
      }
      columnConfig={columns}
      emptyState="No cluster matches."
    />
  );
}
