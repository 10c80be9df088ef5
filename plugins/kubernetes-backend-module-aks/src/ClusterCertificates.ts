import { LoggerService } from '@backstage/backend-plugin-api';
import { assertError } from '@backstage/errors';
import {
  AzureClients,
  DiscoveredCluster,
  toBackstageError,
} from '@aks-backstage/plugin-aks-node';
import { parse } from 'yaml';

const KEEP_MS = 24 * 60 * 60 * 1000;

/**
 * The CA of each cluster's API server, which is the cluster's own. Azure
 * hands it out only inside the user kubeconfig (what `az aks get-credentials`
 * reads); of that, only the CA is kept, the rest is dropped unread. Kept for a
 * day per cluster, since listing credentials counts against ARM's write limits.
 */
export class ClusterCertificates {
  readonly #clients: AzureClients;
  readonly #logger: LoggerService;
  readonly #known = new Map<string, { caData: string; at: number }>();

  constructor(options: { clients: AzureClients; logger: LoggerService }) {
    this.#clients = options.clients;
    this.#logger = options.logger;
  }

  /** Base64 of the CA's PEM, or undefined when Azure would not tell (the failure is logged). */
  async caDataOf(discovered: DiscoveredCluster): Promise<string | undefined> {
    const key = (discovered.cluster.id ?? '').toLowerCase();
    const known = this.#known.get(key);
    if (known && Date.now() - known.at < KEEP_MS) return known.caData;
    const { ref, cluster, subscription } = discovered;
    try {
      const { kubeconfigs } = await this.#clients
        .containerService(ref.subscriptionId)
        .managedClusters.listClusterUserCredentials(
          ref.resourceGroup,
          ref.name,
          {
            ...this.#clients.requestOptions(),
            serverFqdn: cluster.apiServerAccessProfile?.enablePrivateCluster
              ? 'private'
              : undefined,
          },
        );
      const kubeconfig = parse(
        Buffer.from(kubeconfigs?.[0]?.value ?? '').toString('utf8'),
      );
      const caData: unknown =
        kubeconfig?.clusters?.[0]?.cluster?.['certificate-authority-data'];
      if (typeof caData !== 'string') {
        throw new Error('the kubeconfig Azure returned names no CA');
      }
      this.#known.set(key, { caData, at: Date.now() });
      return caData;
    } catch (error) {
      assertError(error);
      this.#logger.warn(
        `No CA for the API server of cluster ${
          ref.name
        }, connections to it will fail: ${
          toBackstageError(error, subscription).message
        }`,
      );
      return undefined;
    }
  }
}
