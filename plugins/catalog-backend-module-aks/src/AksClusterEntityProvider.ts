import {
  LoggerService,
  SchedulerServiceTaskRunner,
} from '@backstage/backend-plugin-api';
import {
  EntityProvider,
  EntityProviderConnection,
} from '@backstage/plugin-catalog-node';
import { AzureClients, ClusterInventory } from '@aks-backstage/plugin-aks-node';
import { clusterEntity, ownership } from './clusterEntity';
import type { AksProviderConfig } from './config';

/**
 * What a {@link AksClusterEntityProvider} is made with.
 *
 * @public
 */
export interface AksClusterEntityProviderOptions {
  clients: AzureClients;
  config: AksProviderConfig;
  logger: LoggerService;
  taskRunner: SchedulerServiceTaskRunner;
}

/**
 * Provides every AKS cluster of the configured subscriptions as a
 * `kubernetes-cluster` Resource entity. Each run replaces all of them (a
 * deleted cluster's entity goes); a subscription that fails keeps the
 * entities of its last good listing, and while one was never listed nothing
 * is replaced at all.
 *
 * The runs are scheduled on the given task runner when the catalog connects
 * the provider, so the first one already has the connection to add through.
 *
 * @public
 */
export class AksClusterEntityProvider implements EntityProvider {
  readonly #options: AksClusterEntityProviderOptions;
  readonly #inventory: ClusterInventory;
  #connection?: EntityProviderConnection;

  /**
   * @param options - `taskRunner` runs {@link AksClusterEntityProvider.refresh},
   * for example `scheduler.createScheduledTaskRunner(config.schedule)`.
   */
  constructor(options: AksClusterEntityProviderOptions) {
    this.#options = options;
    this.#inventory = new ClusterInventory(options);
  }

  /** The provider's name in the catalog, which owns the entities it adds. */
  getProviderName(): string {
    return 'aks-clusters';
  }

  /**
   * Called by the catalog with the connection the provider adds entities
   * through; schedules the runs.
   */
  async connect(connection: EntityProviderConnection): Promise<void> {
    this.#connection = connection;
    await this.#options.taskRunner.run({
      id: 'aks-cluster-entities:refresh',
      fn: () => this.refresh(),
    });
  }

  /** Lists the clusters and replaces the provider's entities with them. */
  async refresh(): Promise<void> {
    if (!this.#connection) {
      throw new Error('AksClusterEntityProvider is not connected yet');
    }
    const discovery = await this.#inventory.discover();
    if (!discovery.complete) {
      this.#options.logger.warn(
        `Not updating the AKS cluster entities: subscriptions ${discovery.failed.join(
          ', ',
        )} were never listed, so their clusters are unknown; retrying on the next run`,
      );
      return;
    }
    const entities = discovery.clusters.map(discovered => {
      const owner = ownership(discovered.cluster.tags, this.#options.config);
      if (owner.invalidOwnerTag !== undefined) {
        this.#options.logger.warn(
          `Cluster ${discovered.ref.name}: tag ${
            this.#options.config.ownerTag
          }='${owner.invalidOwnerTag}' is not an entity ref, owner is ${
            owner.owner
          }`,
        );
      }
      const entity = clusterEntity(
        discovered,
        owner,
        this.#options.config,
        this.#options.clients.config.kubernetesApiServer,
      );
      return { entity, locationKey: this.getProviderName() };
    });
    await this.#connection.applyMutation({ type: 'full', entities });
    this.#options.logger.info(
      `Provided ${entities.length} AKS cluster entities${
        discovery.failed.length
          ? `, those of ${discovery.failed.join(', ')} from their last listing`
          : ''
      }`,
    );
  }
}
