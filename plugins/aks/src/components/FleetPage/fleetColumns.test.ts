import { fleetColumns, TableRoom } from './fleetColumns';

/**
 * The table's width at each of Backstage UI's breakpoints: the window less
 * the sidebar and the page's padding, 264 px (measured at 1024 and 1440 px).
 */
const TABLE_WIDTH: Record<Exclude<TableRoom, 'narrow'>, number> = {
  medium: 1024 - 264,
  wide: 1280 - 264,
  widest: 1536 - 264,
};

const shown = (room: TableRoom) =>
  fleetColumns(room).filter(column => !column.isHidden);

describe('the fleet table’s columns', () => {
  it.each(Object.entries(TABLE_WIDTH))(
    'fit the table at the narrowest window of %s, without scrolling sideways',
    (room, width) => {
      const minWidths = shown(room as TableRoom).map(c => Number(c.minWidth));
      expect(minWidths.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(width);
    },
  );

  it('show auto-upgrade and the next window from 1280 px, with eight headers there', () => {
    expect(shown('medium').map(c => c.id)).toEqual([
      'name',
      'health',
      'version',
      'region',
      'nodes',
    ]);
    expect(shown('wide').map(c => c.label)).toEqual([
      'Cluster',
      'Health',
      'Kubernetes',
      'Region',
      'Nodes',
      'Auto-upgrade',
      'Next window',
      'Catalog',
    ]);
    expect(shown('widest').map(c => c.id)).toEqual([
      'name',
      'health',
      'version',
      'region',
      'nodes',
      'autoUpgrade',
      'nextWindow',
      'tier',
      'subscription',
      'entities',
    ]);
  });
});
