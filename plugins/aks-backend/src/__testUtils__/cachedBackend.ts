import {
  mockServices,
  startTestBackend,
  TestCaches,
} from '@backstage/backend-test-utils';
import { cacheServiceFactory } from '@backstage/backend-defaults/cache';
import type { ArmEmulator } from '@aks-backstage/arm-emulator';
import { aksPlugin } from '../plugin';
import { emulatorConfig } from './emulatorConfig';
import { isolatedCache } from './isolatedCache';

/** The plugin on Backstage's real cache service, with `cache` as `backend.cache`. */
export function startBackendOnCache(options: {
  emulator: ArmEmulator;
  cache: { store: string; connection?: string };
  aks?: Record<string, unknown>;
}) {
  return startTestBackend({
    features: [
      aksPlugin,
      cacheServiceFactory,
      mockServices.rootConfig.factory({
        data: {
          backend: { cache: options.cache },
          ...emulatorConfig(options.emulator, options.aks),
        },
      }),
    ],
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
