import { CacheService } from '@backstage/backend-plugin-api';
import { CacheManager } from '@backstage/backend-defaults/cache';
import { ConfigReader } from '@backstage/config';
import { mockServices } from '@backstage/backend-test-utils';
import { ReadThroughCache } from './ReadThroughCache';

const TTL_MS = 60_000;
const never = () => false;

/** Backstage's memory store, counting what is asked of it. */
function countingStore() {
  const cache = CacheManager.fromConfig(new ConfigReader({})).forPlugin('aks');
  const calls = { get: 0, set: 0 };
  const counted: CacheService = {
    ...cache,
    get: async (...args) => {
      calls.get += 1;
      return cache.get(...args);
    },
    set: async (...args) => {
      calls.set += 1;
      return cache.set(...args);
    },
    delete: (...args) => cache.delete(...args),
    withOptions: options => cache.withOptions(options),
  };
  return { cache: counted, calls };
}

describe('ReadThroughCache', () => {
  it.each([
    [true, { get: 0, set: 0 }],
    [false, { get: 3, set: 1 }],
  ])(
    'with a process-local store (%p), three fresh reads ask the store %p and Azure once',
    async (storeIsProcessLocal, storeCalls) => {
      const { cache, calls } = countingStore();
      const cached = new ReadThroughCache(cache, {
        ttlMs: TTL_MS,
        keepMs: TTL_MS,
        logger: mockServices.logger.mock(),
        storeIsProcessLocal,
      });
      const load = jest.fn(async () => ({ name: 'aks-payments' }));

      for (let i = 0; i < 3; i++) {
        expect((await cached.read('cluster:a', load, never)).value).toEqual({
          name: 'aks-payments',
        });
      }
      expect(load).toHaveBeenCalledTimes(1);
      expect(calls).toEqual(storeCalls);
    },
  );

  it.each([true, false])(
    'reads Azure again after an invalidation (process-local store: %p)',
    async storeIsProcessLocal => {
      const { cache } = countingStore();
      const cached = new ReadThroughCache(cache, {
        ttlMs: TTL_MS,
        keepMs: TTL_MS,
        logger: mockServices.logger.mock(),
        storeIsProcessLocal,
      });
      let version = 0;
      const load = async () => ({ version: ++version });

      expect((await cached.read('cluster:a', load, never)).value).toEqual({
        version: 1,
      });
      await cached.invalidate('cluster:a');
      expect((await cached.read('cluster:a', load, never)).value).toEqual({
        version: 2,
      });
    },
  );

  it.each([
    ['fails', () => Promise.reject(new Error('redis://aks:s3cret@redis:6379'))],
    ['does not answer', () => new Promise<never>(() => {})],
  ])(
    'reads Azure when a shared store %s, and leaves the store alone for a while',
    async (_, storeCall) => {
      const { cache, calls } = countingStore();
      const broken: CacheService = {
        ...cache,
        get: async () => {
          calls.get += 1;
          return storeCall();
        },
        set: async () => {
          calls.set += 1;
          return storeCall();
        },
      };
      const logger = mockServices.logger.mock();
      const cached = new ReadThroughCache(broken, {
        ttlMs: TTL_MS,
        keepMs: TTL_MS,
        logger,
      });
      const load = jest.fn(async () => ({ name: 'aks-payments' }));

      expect((await cached.read('cluster:a', load, never)).value).toEqual({
        name: 'aks-payments',
      });
      await cached.read('cluster:b', load, never);
      expect(load).toHaveBeenCalledTimes(2);
      expect(calls).toEqual({ get: 1, set: 0 });
      expect(logger.warn).toHaveBeenCalledTimes(1);
      expect(JSON.stringify(logger.warn.mock.calls)).not.toContain('s3cret');
    },
  );
});
