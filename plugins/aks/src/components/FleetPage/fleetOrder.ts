import type { SortDescriptor } from '@backstage/ui';
import {
  ClusterSummary,
  HEALTH_STATUSES,
} from '@aks-backstage/plugin-aks-common';
import { regionName } from '../describe/terms';

type SortKey = (c: ClusterSummary) => string | number;

/** A version as a string that sorts numerically: 1.9 before 1.10. */
const sortableVersion = (version: string) =>
  version
    .split('.')
    .map(n => n.padStart(4, '0'))
    .join('.');

const SORT_KEYS: Record<string, SortKey> = {
  name: c => c.name.toLowerCase(),
  // Worst first when ascending: the order of HEALTH_STATUSES.
  health: c =>
    HEALTH_STATUSES.indexOf(
      c.health.status as (typeof HEALTH_STATUSES)[number],
    ),
  version: c => sortableVersion(c.currentKubernetesVersion),
  region: c => regionName(c.location),
  nodes: c => c.nodeCount,
  // Clusters without a next window after every date.
  nextWindow: c =>
    c.nextMaintenance ? new Date(c.nextMaintenance).toISOString() : '~',
  tier: c => c.tier,
  subscription: c =>
    (c.subscriptionDisplayName ?? c.subscriptionId).toLowerCase(),
};

/** The order the fleet opens in: the worst health first. */
export const DEFAULT_SORT: SortDescriptor = {
  column: 'health',
  direction: 'ascending',
};

/** Sorted by a column, ties by name. */
export function sortClusters<T extends ClusterSummary>(
  clusters: T[],
  { column, direction }: SortDescriptor,
): T[] {
  const key = SORT_KEYS[String(column)] ?? SORT_KEYS.name;
  const sign = direction === 'descending' ? -1 : 1;
  const compare = (a: T, b: T) => {
    const [ka, kb] = [key(a), key(b)];
    if (ka !== kb) return (ka < kb ? -1 : 1) * sign;
    return a.name.localeCompare(b.name);
  };
  return [...clusters].sort(compare);
}

/** The clusters whose name, resource group, region, subscription or version contain the query. */
export function searchClusters<T extends ClusterSummary>(
  clusters: T[],
  query: string,
): T[] {
  const q = query.trim().toLowerCase();
  if (!q) return clusters;
  return clusters.filter(c =>
    [
      c.name,
      c.resourceGroup,
      c.location,
      regionName(c.location),
      c.subscriptionDisplayName ?? c.subscriptionId,
      c.currentKubernetesVersion,
    ]
      .join(' ')
      .toLowerCase()
      .includes(q),
  );
}
