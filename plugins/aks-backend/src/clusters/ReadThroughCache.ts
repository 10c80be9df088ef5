import { CacheService, LoggerService } from '@backstage/backend-plugin-api';

/** A value read from Azure, with when it was read. */
export interface Fresh<T> {
  value: T;
  fetchedAt: string;
  stale: boolean;
}

/** Decoded entries kept; the one decoded longest ago is forgotten first. */
const MAX_DECODED = 10_000;
/** How long a shared store may take to answer before a read goes on without it. */
const STORE_TIMEOUT_MS = 1000;
/** How long a store that did not answer is left alone before it is asked again. */
const STORE_RETRY_MS = 10_000;

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
 * With a store that replicas share, entries go to it as JSON text and are
 * decoded once per change. With Backstage's memory store, which lives in this
 * process, the decoded entries kept here are the cache: the store would hold
 * a serialized copy of them in the same process, and serializing it would be
 * most of a warm read's or a fleet refresh's work.
 *
 * A shared store that fails or does not answer within a second is left
 * alone for ten seconds: reads go to Azure meanwhile, as with caching off,
 * instead of waiting on the store.
 *
 * Values are shared between readers, so they must not be changed.
 */
export class ReadThroughCache {
  readonly #cache: CacheService;
  readonly #ttlMs: number;
  readonly #keepMs: number;
  readonly #storeIsProcessLocal: boolean;
  readonly #logger: LoggerService;
  /** Until when the shared store is left alone; 0 while it answers. */
  #storeDownUntil = 0;
  readonly #inFlight = new Map<string, Promise<Fresh<any>>>();
  /** Per key, the entry decoded last, its text in the shared store, and when it stops being kept. */
  readonly #decoded = new Map<
    string,
    { entry: Entry; text?: string; keptUntil: number }
  >();

  /** `storeIsProcessLocal`: the cache is Backstage's memory store. */
  constructor(
    cache: CacheService,
    options: {
      ttlMs: number;
      keepMs: number;
      logger: LoggerService;
      storeIsProcessLocal?: boolean;
    },
  ) {
    this.#cache = cache;
    this.#logger = options.logger;
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
    if (this.#ttlMs <= 0) return;
    this.#decoded.delete(key);
    if (!this.#storeIsProcessLocal) {
      await this.#store(() => this.#cache.delete(key));
    }
  }

  async #read<T>(
    key: string,
    load: () => Promise<T>,
    isTransient: (error: unknown) => boolean,
    isMissing: (error: unknown) => boolean,
  ): Promise<Fresh<T>> {
    const cached = await this.#get(key);
    if (cached && Date.now() - Date.parse(cached.fetchedAt) < this.#ttlMs) {
      if (cached.missing) {
        throw missingError(cached.missing);
      }
      return {
        value: cached.value as T,
        fetchedAt: cached.fetchedAt,
        stale: false,
      };
    }
    let entry: Entry;
    try {
      entry = { value: await load(), fetchedAt: now() };
    } catch (error) {
      if (cached && !cached.missing && isTransient(error)) {
        return {
          value: cached.value as T,
          fetchedAt: cached.fetchedAt,
          stale: true,
        };
      }
      if (isMissing(error)) {
        const missing = { missing: rememberMissing(error), fetchedAt: now() };
        await this.#put(key, missing, this.#ttlMs);
      }
      throw error;
    }
    await this.#put(key, entry, this.#keepMs);
    return {
      value: entry.value as T,
      fetchedAt: entry.fetchedAt,
      stale: false,
    };
  }

  async #get(key: string): Promise<Entry | undefined> {
    if (this.#storeIsProcessLocal) {
      const known = this.#decoded.get(key);
      return known && Date.now() < known.keptUntil ? known.entry : undefined;
    }
    const stored = await this.#store(() => this.#cache.get(key));
    if (typeof stored !== 'string') return undefined;
    const known = this.#decoded.get(key);
    if (known?.text === stored) return known.entry;
    const entry: Entry = JSON.parse(stored);
    this.#remember(key, entry, this.#keepMs, stored);
    return entry;
  }

  /**
   * In a shared store as JSON text: the store keeps a string as it is, where
   * it would walk every key of an object with its own, slower serializer.
   */
  async #put(key: string, entry: Entry, ttlMs: number): Promise<void> {
    if (this.#storeIsProcessLocal) {
      this.#remember(key, entry, ttlMs);
      return;
    }
    const text = JSON.stringify(entry);
    await this.#store(() => this.#cache.set(key, text, { ttl: ttlMs }));
    this.#remember(key, entry, ttlMs, text);
  }

  /** One call to the shared store; undefined when it fails, does not answer in time, or is left alone. */
  async #store<T>(call: () => Promise<T>): Promise<T | undefined> {
    if (Date.now() < this.#storeDownUntil) return undefined;
    let timer: NodeJS.Timeout | undefined;
    try {
      const answer = await Promise.race([
        call(),
        new Promise<never>((_, reject) => {
          timer = setTimeout(
            () =>
              reject(
                Object.assign(new Error('timeout'), { code: 'ETIMEDOUT' }),
              ),
            STORE_TIMEOUT_MS,
          );
        }),
      ]);
      if (this.#storeDownUntil) {
        this.#storeDownUntil = 0;
        this.#logger.info('The cache store answers again');
      }
      return answer;
    } catch (error) {
      if (!this.#storeDownUntil) {
        // The code only: a store's own message can carry its connection string.
        const { code, name } = error as Error & { code?: string };
        this.#logger.warn(
          `The cache store failed (${
            code ?? name
          }): reading Azure without it, asking it again every ${
            STORE_RETRY_MS / 1000
          } s`,
        );
      }
      this.#storeDownUntil = Date.now() + STORE_RETRY_MS;
      return undefined;
    } finally {
      clearTimeout(timer);
    }
  }

  #remember(key: string, entry: Entry, ttlMs: number, text?: string) {
    this.#decoded.delete(key);
    if (this.#decoded.size >= MAX_DECODED) {
      this.#decoded.delete(this.#decoded.keys().next().value!);
    }
    this.#decoded.set(key, { entry, text, keptUntil: Date.now() + ttlMs });
  }
}

function now(): string {
  return new Date().toISOString();
}
