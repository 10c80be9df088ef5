import { CacheService } from '@backstage/backend-plugin-api';

/** A value read from Azure, with when it was read. */
export interface Fresh<T> {
  value: T;
  fetchedAt: string;
  stale: boolean;
}

/** Decoded entries kept; the one decoded longest ago is forgotten first. */
const MAX_DECODED = 10_000;

/** An error that said the thing read does not exist, as it is remembered. */
interface MissingError {
  name: string;
  message: string;
  code?: string;
  statusCode?: number;
}

interface Entry {
  value?: unknown;
  missing?: MissingError;
  fetchedAt: string;
}

function rememberMissing(error: unknown): MissingError {
  const { name, message, code, statusCode } = error as Error & MissingError;
  return { name, message, code, statusCode };
}

function missingError({ message, ...fields }: MissingError): Error {
  return Object.assign(new Error(message), fields);
}

/**
 * Reads through the Backstage cache: a value younger than the TTL is served
 * from the cache; identical concurrent loads share one Azure call; when a load
 * fails with a transient error, the last good value is served as stale; when
 * it fails with an error that says the thing is missing, that error is
 * remembered for the TTL (not longer: made-up keys must not pile up) and
 * thrown again to every reader meanwhile. A TTL of zero turns all of this off.
 *
 * Values are shared between readers (a cached text decodes once), so they
 * must not be changed.
 */
export class ReadThroughCache {
  readonly #cache: CacheService;
  readonly #ttlMs: number;
  readonly #keepMs: number;
  readonly #inFlight = new Map<string, Promise<Fresh<any>>>();
  readonly #storeIsProcessLocal: boolean;
  /** The last text read per key and what it decodes to. */
  readonly #decoded = new Map<string, { text: string; entry: Entry }>();

  /**
   * `storeIsProcessLocal`: the cache's store lives in this process (Backstage's
   * memory store), so no other replica writes it and a fresh entry decoded
   * here is served without reading the store again.
   */
  constructor(
    cache: CacheService,
    options: { ttlMs: number; keepMs: number; storeIsProcessLocal?: boolean },
  ) {
    this.#cache = cache;
    this.#ttlMs = options.ttlMs;
    this.#keepMs = Math.max(options.keepMs, options.ttlMs);
    this.#storeIsProcessLocal = options.storeIsProcessLocal ?? false;
  }

  async read<T>(
    key: string,
    load: () => Promise<T>,
    isTransient: (error: unknown) => boolean,
    isMissing: (error: unknown) => boolean = () => false,
  ): Promise<Fresh<T>> {
    if (this.#ttlMs <= 0) {
      return { value: await load(), fetchedAt: now(), stale: false };
    }
    const running = this.#inFlight.get(key);
    if (running) {
      return running;
    }
    const reading = this.#read(key, load, isTransient, isMissing).finally(() =>
      this.#inFlight.delete(key),
    );
    this.#inFlight.set(key, reading);
    return reading;
  }

  async invalidate(key: string): Promise<void> {
    if (this.#ttlMs > 0) {
      this.#decoded.delete(key);
      await this.#cache.delete(key);
    }
  }

  async #read<T>(
    key: string,
    load: () => Promise<T>,
    isTransient: (error: unknown) => boolean,
    isMissing: (error: unknown) => boolean,
  ): Promise<Fresh<T>> {
    const cached = this.#freshHere(key) ?? (await this.#readStore(key));
    if (cached && this.#isFresh(cached)) {
      if (cached.missing) {
        throw missingError(cached.missing);
      }
      return {
        value: cached.value as T,
        fetchedAt: cached.fetchedAt,
        stale: false,
      };
    }
    try {
      const entry = { value: await load(), fetchedAt: now() };
      const text = JSON.stringify(entry);
      await this.#cache.set(key, text, { ttl: this.#keepMs });
      this.#remember(key, text, entry);
      return { ...entry, stale: false };
    } catch (error) {
      if (cached && !cached.missing && isTransient(error)) {
        return {
          value: cached.value as T,
          fetchedAt: cached.fetchedAt,
          stale: true,
        };
      }
      if (isMissing(error)) {
        const entry = { missing: rememberMissing(error), fetchedAt: now() };
        const text = JSON.stringify(entry);
        await this.#cache.set(key, text, { ttl: this.#ttlMs });
        this.#remember(key, text, entry);
      }
      throw error;
    }
  }

  #isFresh(entry: Entry): boolean {
    return Date.now() - Date.parse(entry.fetchedAt) < this.#ttlMs;
  }

  /** A fresh entry already decoded, where no other replica can have changed it. */
  #freshHere(key: string): Entry | undefined {
    if (!this.#storeIsProcessLocal) return undefined;
    const entry = this.#decoded.get(key)?.entry;
    return entry && this.#isFresh(entry) ? entry : undefined;
  }

  /**
   * Entries are stored as JSON text: the cache stores a string as it is,
   * where it would walk every key of an object with its own (slower)
   * serializer. Text that has not changed since the last read of the key is
   * not parsed again.
   */
  async #readStore(key: string): Promise<Entry | undefined> {
    const stored = await this.#cache.get(key);
    if (typeof stored !== 'string') return undefined;
    const known = this.#decoded.get(key);
    if (known?.text === stored) return known.entry;
    const entry: Entry = JSON.parse(stored);
    this.#remember(key, stored, entry);
    return entry;
  }

  #remember(key: string, text: string, entry: Entry) {
    this.#decoded.delete(key);
    if (this.#decoded.size >= MAX_DECODED) {
      this.#decoded.delete(this.#decoded.keys().next().value!);
    }
    this.#decoded.set(key, { text, entry });
  }
}

function now(): string {
  return new Date().toISOString();
}
