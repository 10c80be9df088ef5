import { LoggerService } from '@backstage/backend-plugin-api';
import {
  ClusterDetails,
  KubernetesClustersSupplier,
} from '@backstage/plugin-kubernetes-node';
import { ANNOTATION_KUBERNETES_AUTH_PROVIDER } from '@backstage/plugin-kubernetes-common';
import {
  AKS_CLUSTER_ID_ANNOTATION,
  azurePortalUrl,
  formatAksClusterId,
} from '@aks-backstage/plugin-aks-common';
import {
  AzureClients,
  ClusterInventory,
  DiscoveredCluster,
  kubernetesApiServerOf,
} from '@aks-backstage/plugin-aks-node';
import { ClusterCertificates } from './ClusterCertificates';

/**
 * What a {@link AksClusterSupplier} is made with.
 *
 * @public
 */
export interface AksClusterSupplierOptions {
  defaultSupplier?: KubernetesClustersSupplier;
  clients: AzureClients;
  logger: LoggerService;
}

/**
 * The clusters of the configured locators (`getDefault`), and the AKS
 * clusters of the configured subscriptions, listed on a schedule. A stopped
 * cluster is left out: its API server does not run.
 *
 * @public
 */
export class AksClusterSupplier implements KubernetesClustersSupplier {
  readonly #options: AksClusterSupplierOptions;
  readonly #inventory: ClusterInventory;
  readonly #certificates: ClusterCertificates;
  #clusters?: ClusterDetails[];
  #refreshing?: Promise<void>;

  constructor(options: AksClusterSupplierOptions) {
    this.#options = options;
    this.#inventory = new ClusterInventory(options);
    this.#certificates = new ClusterCertificates(options);
  }

  /** The clusters of the other locators, then the AKS clusters of the configured subscriptions. */
  async getClusters(
    options: Parameters<KubernetesClustersSupplier['getClusters']>[0],
  ): Promise<ClusterDetails[]> {
    const [configured] = await Promise.all([
      this.#options.defaultSupplier?.getClusters(options) ?? [],
      this.#clusters ? undefined : this.refresh(),
    ]);
    return [...configured, ...(this.#clusters ?? [])];
  }

  /** Lists the AKS clusters again; concurrent calls share one listing. */
  refresh(): Promise<void> {
    this.#refreshing ??= this.#load().finally(() => {
      this.#refreshing = undefined;
    });
    return this.#refreshing;
  }

  async #load(): Promise<void> {
    const { clusters } = await this.#inventory.discover();
    const details = await Promise.all(
      clusters
        .filter(c => c.cluster.powerState?.code !== 'Stopped')
        .map(c => this.#details(c)),
    );
    this.#clusters = details.filter((d): d is ClusterDetails => !!d);
  }

  async #details(
    discovered: DiscoveredCluster,
  ): Promise<ClusterDetails | undefined> {
    const { kubernetesApiServer } = this.#options.clients.config;
    const apiServer = kubernetesApiServerOf(
      discovered.cluster,
      kubernetesApiServer,
    );
    if (!apiServer) {
      this.#options.logger.debug(
        `Cluster ${discovered.ref.name} has no API server address yet`,
      );
      return undefined;
    }
    const id = formatAksClusterId(discovered.ref);
    const caData = apiServer.viaProxy
      ? apiServer.caData
      : await this.#certificates.caDataOf(discovered);
    return {
      name: discovered.name,
      title: discovered.ref.name,
      url: apiServer.url,
      ...(caData ? { caData } : {}),
      authMetadata: {
        [ANNOTATION_KUBERNETES_AUTH_PROVIDER]: kubernetesApiServer.authProvider,
        [AKS_CLUSTER_ID_ANNOTATION]: id,
      },
      dashboardApp: 'aks',
      dashboardUrl: azurePortalUrl(id),
      dashboardParameters: {
        subscriptionId: discovered.ref.subscriptionId,
        resourceGroup: discovered.ref.resourceGroup,
        clusterName: discovered.ref.name,
      },
    };
  }
}
