import { isRestError } from '@azure/core-rest-pipeline';
import { CacheService, LoggerService } from '@backstage/backend-plugin-api';
import { AksClusterRef } from '@aks-backstage/plugin-aks-common';
import {
  AzureAnswerUnreadableError,
  AzureClients,
  isTransientAzureError,
  toBackstageError,
} from '@aks-backstage/plugin-aks-node';
import { Fresh, ReadThroughCache } from './ReadThroughCache';

/** How long a value is kept to be served stale while Azure fails. */
const STALE_KEEP_MS = 24 * 60 * 60 * 1000;

/** ARM's answer that a resource does not exist, remembered for the cache's TTL. */
function isMissing(error: unknown): boolean {
  return isRestError(error) && error.statusCode === 404;
}

/** The cache keys of what is read of a cluster, and of its subscription's list. */
export const cacheKeys = {
  cluster: (ref: AksClusterRef) =>
    `cluster:${ref.subscriptionId}/${ref.resourceGroup}/${ref.name}`.toLowerCase(),
  fleet: (subscriptionId: string) => `fleet:${subscriptionId}`.toLowerCase(),
  maintenance: (ref: AksClusterRef) =>
    `maintenance:${ref.subscriptionId}/${ref.resourceGroup}/${ref.name}`.toLowerCase(),
};

/**
 * Every read of Azure Resource Manager: through the cache, each failure
 * mapped to the error a caller sees. A fault on the plugin's side is logged
 * with its cause, since the answer only says that the log has it.
 */
export class ArmReads {
  readonly clients: AzureClients;
  readonly cache: ReadThroughCache;
  readonly logger: LoggerService;

  constructor(options: {
    clients: AzureClients;
    cache: CacheService;
    logger: LoggerService;
    /** Whether `backend.cache` is Backstage's memory store, which no other replica shares. */
    cacheStoreIsProcessLocal?: boolean;
  }) {
    this.clients = options.clients;
    this.logger = options.logger;
    this.cache = new ReadThroughCache(options.cache, {
      ttlMs: options.clients.config.cacheTtlMs,
      keepMs: STALE_KEEP_MS,
      logger: options.logger,
      storeIsProcessLocal: options.cacheStoreIsProcessLocal,
    });
  }

  async read<T>(
    subscriptionId: string,
    key: string,
    load: () => Promise<T>,
  ): Promise<Fresh<T>> {
    try {
      return await this.cache.read(key, load, isTransientAzureError, isMissing);
    } catch (error) {
      throw this.described(error, subscriptionId, key);
    }
  }

  /** A failed read as the caller sees it, logged where the fault is the plugin's. */
  described(error: unknown, subscriptionId: string, what: string): Error {
    const described = toBackstageError(
      error,
      this.clients.subscription(subscriptionId),
    );
    if (described instanceof AzureAnswerUnreadableError) {
      this.logger.error(`Could not read ${what}`, described.cause as Error);
    }
    return described;
  }

  /** Forgets what is cached of a cluster, after a change made through us. */
  async invalidate(ref: AksClusterRef): Promise<void> {
    await Promise.all([
      this.cache.invalidate(cacheKeys.cluster(ref)),
      this.cache.invalidate(cacheKeys.fleet(ref.subscriptionId)),
    ]);
  }
}
