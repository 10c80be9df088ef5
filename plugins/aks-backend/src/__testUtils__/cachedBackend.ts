import { startAksTestBackend } from '../testUtils';
import { TestCaches } from '@backstage/backend-test-utils';
import { cacheServiceFactory } from '@backstage/backend-defaults/cache';
import type { ArmEmulator } from '@aks-backstage/arm-emulator';
import { isolatedCache } from './isolatedCache';

/** The plugin on Backstage's real cache service, with `cache` as `backend.cache`. */
export function startBackendOnCache(options: {
  emulator: ArmEmulator;
  cache: { store: string; connection?: string };
  aks?: Record<string, unknown>;
}) {
  return startAksTestBackend({
    emulator: options.emulator,
    aks: options.aks,
    config: { backend: { cache: options.cache } },
    features: [cacheServiceFactory],
  });
}

/** The plugin on one of Backstage's real cache stores, with a short TTL. */
export async function startCachedBackend(options: {
  emulator: ArmEmulator;
  caches: TestCaches;
  cacheId: Parameters<TestCaches['init']>[0];
  ttlSeconds: number;
}) {
  return startBackendOnCache({
    emulator: options.emulator,
    cache: await isolatedCache(options.caches, options.cacheId),
    aks: { cacheTtlSeconds: options.ttlSeconds },
  });
}
