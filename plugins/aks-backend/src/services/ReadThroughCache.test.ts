import { CacheService } from '@backstage/backend-plugin-api';
import { CacheManager } from '@backstage/backend-defaults/cache';
import { ConfigReader } from '@backstage/config';
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
});
