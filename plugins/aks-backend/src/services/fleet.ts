import {
  buildHealthInput,
  ClusterDetails,
  ClusterSummary,
  computeHealth,
  FleetQuery,
  KubernetesVersionInfo,
  kubernetesSupport,
} from '@aks-backstage/plugin-aks-common';

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
function byId(clusters: ClusterSummary[]): ClusterSummary[] {
  return clusters
    .map(cluster => ({ key: cluster.id.toLowerCase(), cluster }))
    .sort((a, b) => collator.compare(a.key, b.key))
    .map(({ cluster }) => cluster);
}

/** The page of the fleet that a query asks for, in a stable order. */
export function selectFleetPage(
  clusters: ClusterSummary[],
  query: FleetQuery,
): { items: ClusterSummary[]; totalCount: number; nextCursor?: string } {
  const resourceGroup = query.resourceGroup?.toLowerCase();
  const matching = byId(
    clusters.filter(
      c =>
        (!resourceGroup || c.resourceGroup.toLowerCase() === resourceGroup) &&
        (!query.health || c.health.status === query.health) &&
        (!query.supportStatus || c.support.status === query.supportStatus),
    ),
  );
  const offset = decodeCursor(query.cursor);
  const limit = query.limit ?? DEFAULT_LIMIT;
  const items = matching.slice(offset, offset + limit);
  const next = offset + limit;
  return {
    items,
    totalCount: matching.length,
    nextCursor: next < matching.length ? encodeCursor(next) : undefined,
  };
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
    subscriptionId: string,
    clusters: ClusterDetails[],
  ): Promise<Map<string, KubernetesVersionInfo[] | undefined>> {
    const locations = new Set(clusters.map(c => c.location.toLowerCase()));
    return new Map(
      await Promise.all(
        [...locations].map(
          async l => [l, await this.request(subscriptionId, l)] as const,
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
