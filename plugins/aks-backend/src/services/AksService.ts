import { isRestError } from '@azure/core-rest-pipeline';
import { CacheService, LoggerService } from '@backstage/backend-plugin-api';
import {
  AksClusterRef,
  ClusterDetails,
  ClusterResponse,
  ClusterSummary,
  computeHealth,
  buildHealthInput,
  FleetPage,
  FleetQuery,
  KubernetesVersionInfo,
  kubernetesSupport,
  LocationList,
  formatAksClusterId,
  UpgradeInfo,
} from '@aks-backstage/plugin-aks-common';
import {
  AzureAnswerUnreadableError,
  AzureClients,
  isTransientAzureError,
  refOfListedCluster,
  toBackstageError,
} from '@aks-backstage/plugin-aks-node';
import { invalidInput } from '../inputErrors';
import { toClusterDetails, toUpgradeInfo, toVersionInfos } from './armMapping';
import { LocationVersions, selectFleetPage, toClusterSummary } from './fleet';
import { Fresh, ReadThroughCache } from './ReadThroughCache';
import { ServicePrincipalSecrets } from './ServicePrincipalSecrets';

const STALE_KEEP_MS = 24 * 60 * 60 * 1000;
/** Stands for "the location's versions could not be read" in the summary memo. */
const NO_VERSIONS: KubernetesVersionInfo[] = [];

/** A part of a cluster's read that failed, and why, in words that name no secret. */
interface Unread {
  unknown: string;
}

interface ClusterSnapshot {
  details: ClusterDetails;
  upgrades: UpgradeInfo;
}

/** ARM's answer that a resource does not exist, remembered for the cache's TTL. */
function isMissing(error: unknown): boolean {
  return isRestError(error) && error.statusCode === 404;
}

function clusterKey(ref: AksClusterRef): string {
  return `cluster:${ref.subscriptionId}/${ref.resourceGroup}/${ref.name}`.toLowerCase();
}

interface AksServiceOptions {
  clients: AzureClients;
  cache: CacheService;
  logger: LoggerService;
  /** Whether `backend.cache` is Backstage's memory store, which no other replica shares. */
  cacheStoreIsProcessLocal?: boolean;
}

/**
 * Reads clusters from Azure Resource Manager through the cache, and computes
 * their health.
 */
export class AksService {
  readonly #clients: AzureClients;
  readonly #cache: ReadThroughCache;
  readonly #logger: LoggerService;
  readonly #secrets: ServicePrincipalSecrets;
  readonly #summaries = new WeakMap<
    ClusterDetails,
    WeakMap<KubernetesVersionInfo[], ClusterSummary>
  >();
  readonly #judged = new WeakMap<
    ClusterSnapshot,
    WeakMap<
      KubernetesVersionInfo[] | Unread,
      Omit<ClusterResponse, 'fetchedAt' | 'stale'>
    >
  >();

  static create(options: AksServiceOptions): AksService {
    return new AksService(options);
  }

  private constructor(options: AksServiceOptions) {
    this.#clients = options.clients;
    this.#logger = options.logger;
    this.#cache = new ReadThroughCache(options.cache, {
      ttlMs: options.clients.config.cacheTtlMs,
      keepMs: STALE_KEEP_MS,
      logger: options.logger,
      storeIsProcessLocal: options.cacheStoreIsProcessLocal,
    });
    this.#secrets = new ServicePrincipalSecrets({
      clients: this.#clients,
      cache: this.#cache,
      logger: this.#logger,
    });
  }

  /**
   * A cluster with its health. Only the cluster's own read is needed: its
   * region's Kubernetes versions and its upgrade options are shown as
   * unknown, with a finding, when they cannot be read.
   */
  async getCluster(ref: AksClusterRef): Promise<ClusterResponse> {
    const snapshot = await this.#snapshot(ref);
    const { details } = snapshot.value;
    const versions: Fresh<KubernetesVersionInfo[] | Unread> =
      await this.listKubernetesVersions(
        ref.subscriptionId,
        details.location,
      ).catch(error => ({
        value: { unknown: (error as Error).message },
        fetchedAt: snapshot.fetchedAt,
        stale: false,
      }));
    return {
      ...this.#judge(snapshot.value, versions.value),
      fetchedAt: snapshot.fetchedAt,
      stale: snapshot.stale || versions.stale,
    };
  }

  /** A fleet row, judged once per change of the cluster or its location's versions. */
  #summarize(
    details: ClusterDetails,
    versions: KubernetesVersionInfo[] | undefined,
  ): ClusterSummary {
    const byVersions = this.#summaries.get(details) ?? new WeakMap();
    this.#summaries.set(details, byVersions);
    const key = versions ?? NO_VERSIONS;
    let summary = byVersions.get(key);
    if (!summary) {
      summary = toClusterSummary(details, versions);
      byVersions.set(key, summary);
    }
    return summary;
  }

  /**
   * A cluster with its health and support. Cached reads hand out the same
   * objects while their data is unchanged, so each cluster is judged once
   * per change, not once per request.
   */
  #judge(
    snapshot: ClusterSnapshot,
    versions: KubernetesVersionInfo[] | Unread,
  ): Omit<ClusterResponse, 'fetchedAt' | 'stale'> {
    const byVersions = this.#judged.get(snapshot) ?? new WeakMap();
    this.#judged.set(snapshot, byVersions);
    let judged = byVersions.get(versions);
    if (!judged) {
      const { details, upgrades } = snapshot;
      const input = Array.isArray(versions)
        ? buildHealthInput(details, versions, upgrades)
        : buildHealthInput(details, undefined, upgrades, {
            kubernetesVersions: versions.unknown,
          });
      judged = {
        ...details,
        health: computeHealth(input),
        support: kubernetesSupport(input),
        upgrades,
      };
      byVersions.set(versions, judged);
    }
    return judged;
  }

  async getUpgrades(ref: AksClusterRef): Promise<UpgradeInfo> {
    return (await this.#snapshot(ref)).value.upgrades;
  }

  /** The configured subscriptions, in configuration order. */
  get subscriptions() {
    return this.#clients.subscriptions;
  }

  /** Where AKS offers managed clusters to a subscription, from its provider registration. */
  async listLocations(subscriptionId: string): Promise<LocationList> {
    return { items: (await this.#offeredLocations(subscriptionId)) ?? [] };
  }

  /**
   * A location a caller named must be one where AKS offers clusters to the
   * subscription (a cached read), so that made-up names cost no Azure call
   * and no cache entry. When the registration does not list them, any
   * location goes on to Azure, which answers for it.
   */
  async requireOfferedLocation(
    subscriptionId: string,
    location: string,
  ): Promise<void> {
    const offered = await this.#offeredLocations(subscriptionId);
    if (offered && !offered.some(l => l.name === location.toLowerCase())) {
      throw invalidInput(
        'location',
        location,
        `AKS offers no managed clusters there to subscription ${subscriptionId}`,
      );
    }
  }

  /** The locations of the managed clusters' registration; null where it lists none. */
  async #offeredLocations(
    subscriptionId: string,
  ): Promise<LocationList['items'] | null> {
    const client = this.#clients.resources(subscriptionId);
    const { value } = await this.#read(
      subscriptionId,
      `locations:${subscriptionId}`.toLowerCase(),
      async () => {
        const provider = await client.providers.get(
          'Microsoft.ContainerService',
          this.#clients.requestOptions(),
        );
        const locations = provider.resourceTypes?.find(
          t => t?.resourceType?.toLowerCase() === 'managedclusters',
        )?.locations;
        if (!Array.isArray(locations) || locations.length === 0) return null;
        return locations
          .filter((l): l is string => typeof l === 'string')
          .map(displayName => ({
            name: displayName.replace(/\s+/g, '').toLowerCase(),
            displayName,
          }))
          .sort((a, b) => a.displayName.localeCompare(b.displayName));
      },
    );
    return value;
  }

  async listKubernetesVersions(
    subscriptionId: string,
    location: string,
  ): Promise<Fresh<KubernetesVersionInfo[]>> {
    const client = this.#clients.containerService(subscriptionId);
    return this.#read(
      subscriptionId,
      `versions:${location}`.toLowerCase(),
      async () => {
        const result = await client.managedClusters.listKubernetesVersions(
          location,
          this.#clients.requestOptions(),
        );
        return toVersionInfos(result.values ?? []);
      },
    );
  }

  async listFleet(query: FleetQuery): Promise<FleetPage> {
    const subscriptions = query.subscriptionId
      ? [this.#clients.subscription(query.subscriptionId)]
      : this.#clients.subscriptions;
    const versions = new LocationVersions((subscriptionId, location) =>
      this.listKubernetesVersions(subscriptionId, location).then(
        v => v.value,
        error => {
          this.#logger.warn(
            `Kubernetes versions of ${location} unavailable, fleet health is partial: ${error}`,
          );
          return undefined;
        },
      ),
    );
    const settled = await Promise.allSettled(
      subscriptions.map(({ subscriptionId }) =>
        this.#listSubscription(subscriptionId, versions),
      ),
    );
    // One subscription failing does not hide the others; with nothing to
    // show, its error is the answer.
    const lists = settled.flatMap(r =>
      r.status === 'fulfilled' ? [r.value] : [],
    );
    const failedSubscriptions = settled.flatMap((r, i) => {
      if (r.status === 'fulfilled') return [];
      const error = r.reason as Error;
      const { subscriptionId, displayName } = subscriptions[i];
      this.#logger.warn(
        `Fleet without subscription ${subscriptionId}: ${error.message}`,
      );
      return [
        {
          subscriptionId,
          displayName,
          error: { name: error.name, message: error.message },
        },
      ];
    });
    if (lists.length === 0) {
      throw (settled[0] as PromiseRejectedResult).reason;
    }
    const clusters = lists.flatMap(list => list.value);
    const byLocation = await versions.of(clusters);
    const fetchedAt = lists
      .map(l => l.fetchedAt)
      .reduce((a, b) => (a < b ? a : b), new Date().toISOString());
    return {
      ...selectFleetPage(clusters, query, details =>
        this.#summarize(
          details,
          byLocation.get(details.location.toLowerCase()),
        ),
      ),
      fetchedAt,
      stale: lists.some(l => l.stale),
      failedSubscriptions,
    };
  }

  /** Forgets what is cached of a cluster, after a change made through us. */
  async invalidate(ref: AksClusterRef): Promise<void> {
    await Promise.all([
      this.#cache.invalidate(clusterKey(ref)),
      this.#cache.invalidate(`fleet:${ref.subscriptionId}`.toLowerCase()),
    ]);
  }

  async #snapshot(ref: AksClusterRef): Promise<Fresh<ClusterSnapshot>> {
    const subscription = this.#clients.subscription(ref.subscriptionId);
    const client = this.#clients.containerService(ref.subscriptionId);
    const { resourceGroup, name } = ref;
    const options = () => this.#clients.requestOptions();
    return this.#read<ClusterSnapshot>(
      ref.subscriptionId,
      clusterKey(ref),
      async () => {
        const profile = client.managedClusters
          .getUpgradeProfile(resourceGroup, name, options())
          .then(
            found => ({ found }),
            (error: unknown) => ({ error }),
          );
        const cluster = await client.managedClusters.get(
          resourceGroup,
          name,
          options(),
        );
        const details = toClusterDetails(
          ref,
          cluster,
          subscription.displayName,
        );
        const servicePrincipal = details.identity.servicePrincipal;
        const [upgrades, secretExpiresOn] = await Promise.all([
          (async (): Promise<UpgradeInfo> => {
            const read = await profile;
            if ('error' in read) throw read.error;
            const pools = await Promise.all(
              details.nodePools
                .filter(pool => pool.name)
                .map(async pool => ({
                  name: pool.name,
                  profile: await client.agentPools.getUpgradeProfile(
                    resourceGroup,
                    name,
                    pool.name,
                    options(),
                  ),
                })),
            );
            return toUpgradeInfo(read.found, pools);
          })().catch(error =>
            unknownUpgrades(
              details,
              this.#described(
                error,
                ref.subscriptionId,
                `the upgrade options of ${formatAksClusterId(ref)}`,
              ).message,
            ),
          ),
          servicePrincipal &&
            this.#secrets.lastEnd(
              ref.subscriptionId,
              servicePrincipal.clientId,
            ),
        ]);
        if (servicePrincipal && secretExpiresOn) {
          servicePrincipal.secretExpiresOn = secretExpiresOn;
        }
        for (const pool of details.nodePools) {
          pool.latestNodeImageVersion = upgrades.agentPoolProfiles.find(
            p => p.name === pool.name,
          )?.latestNodeImageVersion;
        }
        return { details, upgrades };
      },
    );
  }

  /**
   * The clusters of a subscription. While the pages come in, the versions of
   * each new location are requested, so they are read alongside the list.
   */
  async #listSubscription(
    subscriptionId: string,
    versions: LocationVersions,
  ): Promise<Fresh<ClusterDetails[]>> {
    const subscription = this.#clients.subscription(subscriptionId);
    const client = this.#clients.containerService(subscriptionId);
    return this.#read(
      subscriptionId,
      `fleet:${subscriptionId}`.toLowerCase(),
      async () => {
        const clusters: ClusterDetails[] = [];
        for await (const cluster of client.managedClusters.list(
          this.#clients.requestOptions(),
        )) {
          const ref = refOfListedCluster(cluster, subscriptionId, this.#logger);
          if (!ref) continue;
          const details = toClusterDetails(
            ref,
            cluster,
            subscription.displayName,
          );
          // Read while the other pages still arrive.
          if (details.location) {
            void versions.request(subscriptionId, details.location);
          }
          clusters.push(details);
        }
        return clusters;
      },
    );
  }

  /**
   * A failed read as the caller sees it. A fault on the plugin's side is
   * logged with its cause: Azure is not to blame, and the answer says only
   * that the log has it.
   */
  #described(error: unknown, subscriptionId: string, what: string): Error {
    const described = toBackstageError(
      error,
      this.#clients.subscription(subscriptionId),
    );
    if (described instanceof AzureAnswerUnreadableError) {
      this.#logger.error(`Could not read ${what}`, described.cause as Error);
    }
    return described;
  }

  async #read<T>(
    subscriptionId: string,
    key: string,
    load: () => Promise<T>,
  ): Promise<Fresh<T>> {
    try {
      return await this.#cache.read(
        key,
        load,
        isTransientAzureError,
        isMissing,
      );
    } catch (error) {
      throw this.#described(error, subscriptionId, key);
    }
  }
}

/** Upgrade options that could not be read: none offered, and why. */
function unknownUpgrades(
  details: ClusterDetails,
  unknown: string,
): UpgradeInfo {
  return {
    controlPlaneProfile: {
      kubernetesVersion: details.currentKubernetesVersion,
      upgrades: [],
    },
    agentPoolProfiles: [],
    unknown,
  };
}
