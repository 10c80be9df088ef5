import {
  ClusterDetails,
  ClusterSummary,
  FleetQuery,
  KubernetesVersionInfo,
} from '@aks-backstage/plugin-aks-common';
import { buildHealthInput, computeHealth, kubernetesSupport } from '../health';
import { withMaintenance } from '../maintenance/maintenanceHealth';
import type { MaintenanceRead } from '../maintenance/MaintenanceReads';

const DEFAULT_LIMIT = 100;

function encodeCursor(offset: number): string {
  return Buffer.from(JSON.stringify({ offset })).toString('base64url');
}

function decodeCursor(cursor: string | undefined): number {
  if (!cursor) return 0;
  try {
    const { offset } = JSON.parse(Buffer.from(cursor, 'base64url').toString());
    return Number.isSafeInteger(offset) && offset >= 0 ? offset : 0;
  } catch {
    return 0;
  }
}

const collator = new Intl.Collator('en');

/** The clusters by id, case-insensitively: each id lowered once, not once per comparison. */
function byId(clusters: ClusterDetails[]): ClusterDetails[] {
  return clusters
    .map(cluster => ({ key: cluster.id.toLowerCase(), cluster }))
    .sort((a, b) => collator.compare(a.key, b.key))
    .map(({ cluster }) => cluster);
}

/** Per list of clusters and resource group, its selection in order: sorted once per request. */
const selections = new WeakMap<
  ClusterDetails[],
  Map<string, ClusterDetails[]>
>();

/** The clusters a query selects before it filters on what is judged, in a stable order. */
function inGroupOf(clusters: ClusterDetails[], query: FleetQuery) {
  const resourceGroup = query.resourceGroup?.toLowerCase() ?? '';
  let byGroup = selections.get(clusters);
  if (!byGroup) {
    byGroup = new Map();
    selections.set(clusters, byGroup);
  }
  let selected = byGroup.get(resourceGroup);
  if (!selected) {
    selected = byId(
      resourceGroup
        ? clusters.filter(c => c.resourceGroup.toLowerCase() === resourceGroup)
        : clusters,
    );
    byGroup.set(resourceGroup, selected);
  }
  return selected;
}

/** Whether a query filters on what is judged of each cluster, not on its place in the list. */
export function filtersJudged(query: FleetQuery): boolean {
  return !!(query.health || query.supportStatus || query.maintenance);
}

/**
 * The clusters that {@link selectFleetPage} will summarize: all of those
 * selected when the query filters on what is judged, else those on the page.
 */
export function clustersToSummarize(
  clusters: ClusterDetails[],
  query: FleetQuery,
): ClusterDetails[] {
  const inGroup = inGroupOf(clusters, query);
  if (filtersJudged(query)) return inGroup;
  const offset = decodeCursor(query.cursor);
  return inGroup.slice(offset, offset + (query.limit ?? DEFAULT_LIMIT));
}

/**
 * The page of the fleet that a query asks for, in a stable order. Clusters
 * are judged only where the query filters on their health, support or
 * maintenance, else only those on the page. `keep` is the maintenance
 * filter, on what was read of each cluster.
 */
export function selectFleetPage(
  clusters: ClusterDetails[],
  query: FleetQuery,
  summarize: (cluster: ClusterDetails) => ClusterSummary,
  keep: (cluster: ClusterDetails) => boolean = () => true,
): { items: ClusterSummary[]; totalCount: number; nextCursor?: string } {
  const inGroup = inGroupOf(clusters, query).filter(keep);
  const offset = decodeCursor(query.cursor);
  const limit = query.limit ?? DEFAULT_LIMIT;
  const page = <T>(matching: T[]) => {
    const next = offset + limit;
    return {
      onPage: matching.slice(offset, next),
      totalCount: matching.length,
      nextCursor: next < matching.length ? encodeCursor(next) : undefined,
    };
  };
  if (!query.health && !query.supportStatus) {
    const { onPage, ...rest } = page(inGroup);
    return { items: onPage.map(summarize), ...rest };
  }
  const { onPage, ...rest } = page(
    inGroup
      .map(summarize)
      .filter(
        c =>
          (!query.health || c.health.status === query.health) &&
          (!query.supportStatus || c.support.status === query.supportStatus),
      ),
  );
  return { items: onPage, ...rest };
}

/**
 * The Kubernetes versions of the fleet's locations, each read once per fleet
 * request, as soon as a cluster there is seen.
 */
export class LocationVersions {
  readonly #read: (
    subscriptionId: string,
    location: string,
  ) => Promise<KubernetesVersionInfo[] | undefined>;
  readonly #reads = new Map<
    string,
    Promise<KubernetesVersionInfo[] | undefined>
  >();

  constructor(
    read: (
      subscriptionId: string,
      location: string,
    ) => Promise<KubernetesVersionInfo[] | undefined>,
  ) {
    this.#read = read;
  }

  /** The location's versions, read at the first ask. */
  request(
    subscriptionId: string,
    location: string,
  ): Promise<KubernetesVersionInfo[] | undefined> {
    const key = location.toLowerCase();
    let read = this.#reads.get(key);
    if (!read) {
      read = this.#read(subscriptionId, location);
      this.#reads.set(key, read);
    }
    return read;
  }

  /** The versions of every location of these clusters, by lower-cased location. */
  async of(
    clusters: ClusterDetails[],
  ): Promise<Map<string, KubernetesVersionInfo[] | undefined>> {
    const subscriptionByLocation = new Map(
      clusters.map(c => [c.location.toLowerCase(), c.subscriptionId]),
    );
    return new Map(
      await Promise.all(
        [...subscriptionByLocation].map(
          async ([location, subscriptionId]) =>
            [location, await this.request(subscriptionId, location)] as const,
        ),
      ),
    );
  }
}

/**
 * A cluster of the fleet listing, with its health: judged on its
 * maintenance windows too where they were read (`nextMaintenance`, which
 * changes with time, is the caller's).
 */
export function toClusterSummary(
  details: ClusterDetails,
  versions: KubernetesVersionInfo[] | undefined,
  maintenance?: MaintenanceRead,
): ClusterSummary {
  const input = withMaintenance(
    buildHealthInput(details, versions),
    maintenance,
  );
  return {
    id: details.id,
    name: details.name,
    subscriptionId: details.subscriptionId,
    subscriptionDisplayName: details.subscriptionDisplayName,
    resourceGroup: details.resourceGroup,
    location: details.location,
    provisioningState: details.provisioningState,
    powerState: details.powerState,
    tier: details.tier,
    kubernetesVersion: details.kubernetesVersion,
    currentKubernetesVersion: details.currentKubernetesVersion,
    tags: details.tags,
    upgradeChannel: details.autoUpgradeChannel,
    nodePoolCount: details.nodePools.length,
    nodeCount: details.nodePools.reduce((n, p) => n + p.count, 0),
    health: computeHealth(input),
    support: kubernetesSupport(input),
  };
}
