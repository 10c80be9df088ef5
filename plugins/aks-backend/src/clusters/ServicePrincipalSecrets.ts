import { LoggerService } from '@backstage/backend-plugin-api';
import {
  ApplicationSecretEnd,
  AzureClients,
  isTransientAzureError,
} from '@aks-backstage/plugin-aks-node';
import { ReadThroughCache } from './ReadThroughCache';

/** The end of the secret that lasts longest, or null without one. */
function lastEnd(secrets: ApplicationSecretEnd[]): string | null {
  const ends = secrets
    .map(s => Date.parse(s.endDateTime))
    .filter(t => !Number.isNaN(t));
  return ends.length ? new Date(Math.max(...ends)).toISOString() : null;
}

/** What a {@link ServicePrincipalSecrets} is made with. */
interface ServicePrincipalSecretsOptions {
  clients: AzureClients;
  cache: ReadThroughCache;
  logger: LoggerService;
}

/**
 * When the client secrets of clusters' service principals end, from
 * Microsoft Graph, read through the cache. Graph never fails a cluster read:
 * a refusal is cached like a value, an outage serves the last value or none,
 * and either way the expiry rules are skipped rather than guessed.
 */
export class ServicePrincipalSecrets {
  readonly #options: ServicePrincipalSecretsOptions;

  constructor(options: ServicePrincipalSecretsOptions) {
    this.#options = options;
  }

  /** The end of the application's last secret; undefined where Graph is off, refuses or does not answer. */
  async lastEnd(
    subscriptionId: string,
    appId: string,
  ): Promise<string | undefined> {
    const graph = this.#options.clients.graph(subscriptionId);
    if (!graph) return undefined;
    const skipped = (error: unknown) =>
      this.#options.logger.warn(
        `Microsoft Graph did not give the secret end dates of application ${appId} (subscription ${subscriptionId}), ` +
          `so their expiry is not judged: ${
            (error as Error)?.message ?? error
          }`,
      );
    try {
      const { value } = await this.#options.cache.read(
        `graph-secrets:${subscriptionId}/${appId}`.toLowerCase(),
        async () => {
          try {
            return lastEnd(await graph.applicationSecretEnds(appId));
          } catch (error) {
            if (isTransientAzureError(error)) throw error;
            skipped(error);
            return null;
          }
        },
        isTransientAzureError,
      );
      return value ?? undefined;
    } catch (error) {
      skipped(error);
      return undefined;
    }
  }
}
