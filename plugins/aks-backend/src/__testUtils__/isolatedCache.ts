import { randomUUID } from 'node:crypto';
import type { TestCaches } from '@backstage/backend-test-utils';

/** `backend.cache` of a test: its own Redis namespace, so keys of parallel suites or earlier runs never answer it. */
export type TestCacheConfig = {
  store: string;
  connection?: string;
  redis: { client: { namespace: string } };
};

/**
 * One of Backstage's test caches, empty. `TestCaches.init` clears only its own keyv namespace, while the
 * plugin writes under `aks`, which every suite on the same Redis shares.
 */
export async function isolatedCache(
  caches: TestCaches,
  cacheId: Parameters<TestCaches['init']>[0],
): Promise<TestCacheConfig> {
  const { store, connection } = await caches.init(cacheId);
  return {
    store,
    connection,
    redis: { client: { namespace: `aks-test-${randomUUID()}` } },
  };
}
