import { CacheService } from '@backstage/backend-plugin-api';

/** A value read from Azure, with when it was read. */
export interface Fresh<T> {
  value: T;
  fetchedAt: string;
  stale: boolean;
}

interface Entry {
  value: unknown;
  fetchedAt: string;
}

/**
 * Reads through the Backstage cache: a value younger than the TTL is served
 * from the cache; identical concurrent loads share one Azure call; when a load
 * fails with a transient error, the last good value is served as stale.
 * A TTL of zero turns all of this off.
 */
export class ReadThroughCache {
  readonly #cache: CacheService;
  readonly #ttlMs: number;
  readonly #keepMs: number;
  readonly #inFlight = new Map<string, Promise<Fresh<any>>>();

  constructor(cache: CacheService, options: { ttlMs: number; keepMs: number }) {
    this.#cache = cache;
    this.#ttlMs = options.ttlMs;
    this.#keepMs = Math.max(options.keepMs, options.ttlMs);
  }

  async read<T>(
    key: string,
    load: () => Promise<T>,
    isTransient: (error: unknown) => boolean,
  ): Promise<Fresh<T>> {
    if (this.#ttlMs <= 0) {
      return { value: await load(), fetchedAt: now(), stale: false };
    }
    const running = this.#inFlight.get(key);
    if (running) {
      return running;
    }
    const reading = this.#read(key, load, isTransient).finally(() =>
      this.#inFlight.delete(key),
    );
    this.#inFlight.set(key, reading);
    return reading;
  }

  async invalidate(key: string): Promise<void> {
    if (this.#ttlMs > 0) {
      await this.#cache.delete(key);
    }
  }

  async #read<T>(
    key: string,
    load: () => Promise<T>,
    isTransient: (error: unknown) => boolean,
  ): Promise<Fresh<T>> {
    const cached = parse(await this.#cache.get(key));
    if (cached && Date.now() - Date.parse(cached.fetchedAt) < this.#ttlMs) {
      return {
        value: cached.value as T,
        fetchedAt: cached.fetchedAt,
        stale: false,
      };
    }
    try {
      const entry = { value: await load(), fetchedAt: now() };
      await this.#cache.set(key, JSON.stringify(entry), { ttl: this.#keepMs });
      return { ...entry, stale: false };
    } catch (error) {
      if (cached && isTransient(error)) {
        return {
          value: cached.value as T,
          fetchedAt: cached.fetchedAt,
          stale: true,
        };
      }
      throw error;
    }
  }
}

/**
 * Entries are stored as JSON text: the cache stores a string as it is, where
 * it would walk every key of an object with its own (slower) serializer.
 */
function parse(stored: unknown): Entry | undefined {
  return typeof stored === 'string' ? JSON.parse(stored) : undefined;
}

function now(): string {
  return new Date().toISOString();
}
