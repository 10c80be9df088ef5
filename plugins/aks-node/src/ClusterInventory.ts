import { createHash } from 'node:crypto';
import type { ManagedCluster } from '@azure/arm-containerservice';
import type { LoggerService } from '@backstage/backend-plugin-api';
import { assertError } from '@backstage/errors';
import {
  AksClusterRef,
  formatAksClusterId,
  parseAksClusterId,
} from '@aks-backstage/plugin-aks-common';
import type { AzureClients } from './AzureClients';
import type { AksSubscriptionConfig } from './config';
import { toBackstageError } from './errors';

/**
 * One managed cluster as Azure lists it, with its subscription.
 *
 * @public
 */
export interface DiscoveredCluster {
  /** Subscription, resource group and name of the cluster. */
  ref: AksClusterRef;
  /**
   * A name unique among the discovered clusters: the cluster's own name, or,
   * when clusters in several groups or subscriptions share it, that name with
   * a short hash of the cluster's id.
   */
  name: string;
  /** The configured subscription the cluster is in. */
  subscription: AksSubscriptionConfig;
  /** The cluster as ARM lists it. */
  cluster: ManagedCluster;
}

/**
 * The result of one discovery: every cluster, and whether each subscription
 * is represented (fresh, or by its last good list).
 *
 * @public
 */
export interface ClusterDiscovery {
  /** Every cluster of the configured subscriptions. */
  clusters: DiscoveredCluster[];
  /** False while a subscription has failed and was never listed: its clusters are unknown, not gone. */
  complete: boolean;
  /** The subscriptions whose listing failed this time. */
  failed: string[];
}

function withUniqueNames(
  clusters: Omit<DiscoveredCluster, 'name'>[],
): DiscoveredCluster[] {
  const counts = new Map<string, number>();
  for (const { ref } of clusters) {
    const key = ref.name.toLowerCase();
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return clusters.map(cluster => {
    const { name } = cluster.ref;
    if (counts.get(name.toLowerCase()) === 1) return { ...cluster, name };
    const hash = createHash('sha256')
      .update(formatAksClusterId(cluster.ref).toLowerCase())
      .digest('hex')
      .slice(0, 8);
    return { ...cluster, name: `${name.slice(0, 54)}-${hash}` };
  });
}

/**
 * The ref of a cluster that ARM listed. One whose id is not a managed
 * cluster's is left out, and logged: it cannot be linked to.
 *
 * @public
 */
export function refOfListedCluster(
  cluster: Pick<ManagedCluster, 'id'>,
  subscriptionId: string,
  logger: LoggerService,
): AksClusterRef | undefined {
  try {
    return parseAksClusterId(typeof cluster.id === 'string' ? cluster.id : '');
  } catch (error) {
    assertError(error);
    logger.warn(
      `Left out a cluster that ARM listed in subscription ${subscriptionId}: ${error.message}`,
    );
    return undefined;
  }
}

/**
 * Lists the managed clusters of every configured subscription. A
 * subscription that fails keeps the clusters of its last good listing, so
 * one failing subscription never makes the clusters of any look deleted.
 *
 * @public
 */
export class ClusterInventory {
  readonly #clients: AzureClients;
  readonly #logger: LoggerService;
  readonly #lastGood = new Map<string, Omit<DiscoveredCluster, 'name'>[]>();

  constructor(options: { clients: AzureClients; logger: LoggerService }) {
    this.#clients = options.clients;
    this.#logger = options.logger;
  }

  /** Lists every configured subscription's clusters, concurrently. */
  async discover(): Promise<ClusterDiscovery> {
    const failed: string[] = [];
    const lists = await Promise.all(
      this.#clients.subscriptions.map(async subscription => {
        const { subscriptionId } = subscription;
        try {
          const clusters = await this.#list(subscription);
          this.#lastGood.set(subscriptionId, clusters);
          return clusters;
        } catch (error) {
          assertError(error);
          failed.push(subscriptionId);
          const kept = this.#lastGood.get(subscriptionId);
          this.#logger.warn(
            `Could not list the AKS clusters of subscription ${subscriptionId}, ${
              kept
                ? `keeping the ${kept.length} of the last listing`
                : 'none known yet'
            }: ${toBackstageError(error, subscription).message}`,
          );
          return kept;
        }
      }),
    );
    return {
      clusters: withUniqueNames(lists.flatMap(list => list ?? [])),
      complete: lists.every(list => list !== undefined),
      failed,
    };
  }

  async #list(
    subscription: AksSubscriptionConfig,
  ): Promise<Omit<DiscoveredCluster, 'name'>[]> {
    const client = this.#clients.containerService(subscription.subscriptionId);
    const clusters: Omit<DiscoveredCluster, 'name'>[] = [];
    for await (const cluster of client.managedClusters.list(
      this.#clients.requestOptions(),
    )) {
      const ref = refOfListedCluster(
        cluster,
        subscription.subscriptionId,
        this.#logger,
      );
      if (ref) clusters.push({ ref, subscription, cluster });
    }
    return clusters;
  }
}
