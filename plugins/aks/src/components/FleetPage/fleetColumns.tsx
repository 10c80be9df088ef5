import type { ColumnConfig } from '@backstage/ui';
import type { CompoundEntityRef } from '@backstage/catalog-model';
import type { ClusterSummary } from '@aks-backstage/plugin-aks-common';
import { supportText } from '../describe/cluster';
import { count, regionName, term } from '../describe/terms';
import { CatalogLinks } from './CatalogLinks';
import {
  autoUpgradeText,
  HealthCell,
  NextWindowCell,
  ValueCell,
} from './FleetCells';

export type FleetRow = ClusterSummary & { entities: CompoundEntityRef[] };

/** How much room the table has, by the breakpoints of `useBreakpoint`. */
export type TableRoom = 'narrow' | 'medium' | 'wide' | 'widest';

const subscriptionName = (c: ClusterSummary) =>
  c.subscriptionDisplayName ?? c.subscriptionId;

/** "2 pools", and the power state when it is not the usual Running: "1 pool, stopped". */
const nodesText = (c: ClusterSummary) => {
  const pools = count(c.nodePoolCount, 'pool');
  if (c.powerState === 'Running') return pools;
  const power = term(c.powerState).toLowerCase();
  return `${pools}, ${c.powerState === 'Stopped' ? power : `power ${power}`}`;
};

/** "Mar 31, 2027" never broken over two lines. */
const unbrokenDates = (text: string) =>
  text.replace(/(\w{3}) (\d{1,2}), (\d{4})/g, '$1\u00a0$2,\u00a0$3');

/**
 * The table's columns. Minimum widths hold each header (with its sort arrow
 * 44 px wider than its word, without one 24 px) and the longest word of each
 * cell; what is left is shared in proportion to what each column holds. At
 * 1280 px the table is 1016 px wide and the eight columns of `wide` need
 * 1013 px. Below `widest` (1536 px) tier and subscription give way and the
 * subscription goes under the cluster's name; below `wide` (1280 px)
 * auto-upgrade, next window and catalog go too; below `medium` (1024 px)
 * region and nodes.
 */
export function fleetColumns(room: TableRoom): ColumnConfig<FleetRow>[] {
  const widest = room === 'widest';
  const narrow = room === 'narrow';
  const belowWide = narrow || room === 'medium';
  return [
    {
      id: 'name',
      label: 'Cluster',
      isRowHeader: true,
      isSortable: true,
      minWidth: 156,
      defaultWidth: '1.65fr',
      cell: c => (
        <ValueCell
          text={c.name}
          notes={
            widest ? [c.resourceGroup] : [c.resourceGroup, subscriptionName(c)]
          }
        />
      ),
    },
    {
      id: 'health',
      label: 'Health',
      isSortable: true,
      minWidth: 130,
      defaultWidth: '1.65fr',
      cell: c => <HealthCell health={c.health} />,
    },
    {
      id: 'version',
      label: 'Kubernetes',
      isSortable: true,
      minWidth: 137,
      defaultWidth: '2.4fr',
      cell: c => (
        <ValueCell
          text={c.currentKubernetesVersion}
          notes={[unbrokenDates(supportText(c.support))]}
        />
      ),
    },
    {
      id: 'region',
      label: 'Region',
      isSortable: true,
      isHidden: narrow,
      minWidth: 106,
      defaultWidth: '1.25fr',
      cell: c => <ValueCell text={regionName(c.location)} />,
    },
    {
      id: 'nodes',
      label: 'Nodes',
      isSortable: true,
      isHidden: narrow,
      minWidth: 96,
      defaultWidth: '1.18fr',
      cell: c => (
        <ValueCell text={String(c.nodeCount)} notes={[nodesText(c)]} />
      ),
    },
    {
      id: 'autoUpgrade',
      label: 'Auto-upgrade',
      isHidden: belowWide,
      minWidth: 135,
      defaultWidth: '1.3fr',
      cell: c => <ValueCell text={autoUpgradeText(c.upgradeChannel)} />,
    },
    {
      id: 'nextWindow',
      label: 'Next window',
      isSortable: true,
      isHidden: belowWide,
      minWidth: 149,
      defaultWidth: '1.45fr',
      cell: c => <NextWindowCell cluster={c} />,
    },
    {
      id: 'tier',
      label: 'Tier',
      isSortable: true,
      isHidden: !widest,
      minWidth: 90,
      defaultWidth: '0.88fr',
      cell: c => <ValueCell text={term(c.tier)} />,
    },
    {
      id: 'subscription',
      label: 'Subscription',
      isSortable: true,
      isHidden: !widest,
      minWidth: 146,
      defaultWidth: '1.46fr',
      cell: c => <ValueCell text={subscriptionName(c)} />,
    },
    {
      id: 'entities',
      label: 'Catalog',
      isHidden: belowWide,
      minWidth: 104,
      defaultWidth: '1.45fr',
      cell: c => <CatalogLinks refs={c.entities} />,
    },
  ];
}
