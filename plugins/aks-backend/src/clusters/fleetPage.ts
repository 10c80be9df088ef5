import {
  ClusterDetails,
  ClusterSummary,
  FleetQuery,
  KubernetesVersionInfo,
} from '@aks-backstage/plugin-aks-common';
import { buildHealthInput, computeHealth, kubernetesSupport } from '../health';

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

/**
 * The page of the fleet that a query asks for, in a stable order. Clusters
 * are judged only where the query filters on their health or support, else
 * only those on the page.
 */
export function selectFleetPage(
  clusters: ClusterDetails[],
  query: FleetQuery,
  summarize: (cluster: ClusterDetails) => ClusterSummary,
): { items: ClusterSummary[]; totalCount: number; nextCursor?: string } {
  const resourceGroup = query.resourceGroup?.toLowerCase();
  const inGroup = byId(
    resourceGroup
      ? clusters.filter(c => c.resourceGroup.toLowerCase() === resourceGroup)
      : clusters,
  );
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

/** A cluster of the fleet listing, with its health. */
export function toClusterSummary(
  details: ClusterDetails,
  versions: KubernetesVersionInfo[] | undefined,
): ClusterSummary {
  const input = buildHealthInput(details, versions);
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
    nodePoolCount: details.nodePools.length,
    nodeCount: details.nodePools.reduce((n, p) => n + p.count, 0),
    health: computeHealth(input),
    support: kubernetesSupport(input),
  };
}
