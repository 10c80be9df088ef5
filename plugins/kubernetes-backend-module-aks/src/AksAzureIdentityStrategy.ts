import { LoggerService } from '@backstage/backend-plugin-api';
import { AzureIdentityStrategy } from '@backstage/plugin-kubernetes-backend';
import {
  AuthenticationStrategy,
  ClusterDetails,
  KubernetesCredential,
} from '@backstage/plugin-kubernetes-node';
import { KubernetesRequestAuth } from '@backstage/plugin-kubernetes-common';
import {
  AKS_CLUSTER_ID_ANNOTATION,
  parseAksClusterId,
} from '@aks-backstage/plugin-aks-common';
import { AzureClients } from '@aks-backstage/plugin-aks-node';

/**
 * The server-side `azure` auth provider for AKS clusters: the Kubernetes
 * backend's own `AzureIdentityStrategy` (its token cache and refresh), with the
 * credential configured for the cluster's subscription under
 * `aks.subscriptions` instead of `DefaultAzureCredential`, so it gets tokens
 * from the configured authority with the configured identity. Clusters not
 * supplied by this module keep the backend's default behaviour.
 *
 * @public
 */
export class AksAzureIdentityStrategy implements AuthenticationStrategy {
  readonly #clients: AzureClients;
  readonly #logger: LoggerService;
  readonly #fallback: AuthenticationStrategy;
  readonly #bySubscription = new Map<string, AuthenticationStrategy>();

  constructor(options: { clients: AzureClients; logger: LoggerService }) {
    this.#clients = options.clients;
    this.#logger = options.logger;
    this.#fallback = new AzureIdentityStrategy(options.logger);
  }

  /** A token for the cluster, with the credential of its subscription. */
  getCredential(
    clusterDetails: ClusterDetails,
    auth: KubernetesRequestAuth,
  ): Promise<KubernetesCredential> {
    const clusterId = clusterDetails.authMetadata[AKS_CLUSTER_ID_ANNOTATION];
    if (!clusterId) return this.#fallback.getCredential(clusterDetails, auth);
    const { subscriptionId } = parseAksClusterId(clusterId);
    const key = subscriptionId.toLowerCase();
    let strategy = this.#bySubscription.get(key);
    if (!strategy) {
      strategy = new AzureIdentityStrategy(
        this.#logger,
        this.#clients.credential(subscriptionId),
      );
      this.#bySubscription.set(key, strategy);
    }
    return strategy.getCredential(clusterDetails, auth);
  }

  /** Nothing to validate: the cluster comes from this module. */
  validateCluster(): Error[] {
    return [];
  }

  /** No auth metadata reaches the browser. */
  presentAuthMetadata(): Record<string, string> {
    return {};
  }
}
