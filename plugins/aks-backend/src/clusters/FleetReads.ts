import {
  ClusterDetails,
  ClusterSummary,
  FleetPage,
  FleetQuery,
  KubernetesVersionInfo,
} from '@aks-backstage/plugin-aks-common';
import { refOfListedCluster } from '@aks-backstage/plugin-aks-node';
import {
  autoUpgradeWithoutWindow,
  nextAutoUpgradeWindow,
  readFleetMaintenance,
} from '../maintenance/fleetMaintenance';
import type {
  MaintenanceRead,
  MaintenanceReads,
} from '../maintenance/MaintenanceReads';
import { ArmReads, cacheKeys } from './ArmReads';
import { toClusterDetails } from './armMapping';
import {
  clustersToSummarize,
  LocationVersions,
  selectFleetPage,
  toClusterSummary,
} from './fleetPage';
import { oncePerPair } from './oncePerPair';
import { Fresh } from './ReadThroughCache';
import { RegionReads } from './RegionReads';

/** Stands for "the location's versions could not be read" in the summary memo. */
const NO_VERSIONS: KubernetesVersionInfo[] = [];

/** Stands for "not read" (a cluster without a channel) in the summary memo. */
const NOT_READ = { unknown: 'not read' } as MaintenanceRead;

/**
 * A fleet row, judged once per change of the cluster, its location's
 * versions or its maintenance windows.
 */
const summarize = oncePerPair(
  (details: ClusterDetails, versions: KubernetesVersionInfo[]) => {
    const byMaintenance = new WeakMap<MaintenanceRead, ClusterSummary>();
    return (maintenance: MaintenanceRead) => {
      let summary = byMaintenance.get(maintenance);
      if (!summary) {
        summary = toClusterSummary(
          details,
          versions === NO_VERSIONS ? undefined : versions,
          maintenance === NOT_READ ? undefined : maintenance,
        );
        byMaintenance.set(maintenance, summary);
      }
      return summary;
    };
  },
);

/** Every cluster of the configured subscriptions, a page at a time. */
export class FleetReads {
  readonly #arm: ArmReads;
  readonly #regions: RegionReads;
  readonly #maintenance: MaintenanceReads;

  constructor(
    arm: ArmReads,
    regions: RegionReads,
    maintenance: MaintenanceReads,
  ) {
    this.#arm = arm;
    this.#regions = regions;
    this.#maintenance = maintenance;
  }

  /** The configured subscriptions, in configuration order. */
  get subscriptions() {
    return this.#arm.clients.subscriptions;
  }

  async listFleet(query: FleetQuery): Promise<FleetPage> {
    const { clients, logger } = this.#arm;
    const subscriptions = query.subscriptionId
      ? [clients.subscription(query.subscriptionId)]
      : clients.subscriptions;
    const versions = new LocationVersions((subscriptionId, location) =>
      this.#regions.listKubernetesVersions(subscriptionId, location).then(
        v => v.value,
        error => {
          logger.warn(
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
      logger.warn(
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
    const [byLocation, maintenance] = await Promise.all([
      versions.of(clusters),
      readFleetMaintenance(
        this.#maintenance,
        clustersToSummarize(clusters, query),
      ),
    ]);
    const now = new Date();
    const fetchedAt = lists
      .map(l => l.fetchedAt)
      .reduce((a, b) => (a < b ? a : b), new Date().toISOString());
    const detailsOf = new Map<ClusterSummary, ClusterDetails>();
    const page = selectFleetPage(
      clusters,
      query,
      details => {
        const summary = summarize(
          details,
          byLocation.get(details.location.toLowerCase()) ?? NO_VERSIONS,
        )(maintenance.get(details) ?? NOT_READ);
        detailsOf.set(summary, details);
        return summary;
      },
      query.maintenance === 'auto-upgrade-without-window'
        ? details => autoUpgradeWithoutWindow(details, maintenance.get(details))
        : undefined,
    );
    return {
      ...page,
      // The summaries are shared between requests: the time-bound field is added to a copy.
      items: page.items.map(item => {
        const details = detailsOf.get(item);
        const nextMaintenance =
          details && nextAutoUpgradeWindow(maintenance.get(details), now);
        return nextMaintenance ? { ...item, nextMaintenance } : item;
      }),
      fetchedAt,
      stale: lists.some(l => l.stale),
      failedSubscriptions,
    };
  }

  /**
   * The clusters of a subscription. While the pages come in, the versions of
   * each new location are requested, so they are read alongside the list.
   */
  #listSubscription(
    subscriptionId: string,
    versions: LocationVersions,
  ): Promise<Fresh<ClusterDetails[]>> {
    const { clients, logger } = this.#arm;
    const subscription = clients.subscription(subscriptionId);
    const client = clients.containerService(subscriptionId);
    return this.#arm.read(
      subscriptionId,
      cacheKeys.fleet(subscriptionId),
      async () => {
        const clusters: ClusterDetails[] = [];
        for await (const cluster of client.managedClusters.list(
          clients.requestOptions(),
        )) {
          const ref = refOfListedCluster(cluster, subscriptionId, logger);
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
}
