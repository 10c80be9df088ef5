import { CacheService } from '@backstage/backend-plugin-api';
import { CacheManager } from '@backstage/backend-defaults/cache';
import { ConfigReader } from '@backstage/config';
import { ReadThroughCache } from './ReadThroughCache';

const TTL_MS = 60_000;
const never = () => false;

/** Backstage's memory store, counting its reads. */
function countingStore() {
  const cache = CacheManager.fromConfig(new ConfigReader({})).forPlugin('aks');
  const reads = { count: 0 };
  const counted: CacheService = {
    ...cache,
    get: async (...args) => {
      reads.count += 1;
      return cache.get(...args);
    },
    set: (...args) => cache.set(...args),
    delete: (...args) => cache.delete(...args),
    withOptions: options => cache.withOptions(options),
  };
  return { cache: counted, reads };
}

describe('ReadThroughCache', () => {
  it.each([
    [true, 1],
    [false, 3],
  ])(
    'with a process-local store (%p), three fresh reads ask the store %p times and Azure once',
    async (storeIsProcessLocal, storeReads) => {
      const { cache, reads } = countingStore();
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
      expect(reads.count).toBe(storeReads);
    },
  );

  it('reads Azure again after an invalidation, from a process-local store too', async () => {
    const { cache } = countingStore();
    const cached = new ReadThroughCache(cache, {
      ttlMs: TTL_MS,
      keepMs: TTL_MS,
      storeIsProcessLocal: true,
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
  });
});
