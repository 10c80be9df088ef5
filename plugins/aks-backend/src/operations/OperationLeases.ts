import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { LoggerService } from '@backstage/backend-plugin-api';
import { Lease, OperationStore, RunningOperation } from './OperationStore';

/** What a {@link OperationLeases} is made with. */
interface OperationLeasesOptions {
  store: OperationStore;
  leaseMs: number;
  logger: LoggerService;
}

/**
 * The operations this replica follows. Each is leased in the database; the
 * leases are renewed every third of their length, and operations no replica
 * holds (their owner stopped) are taken over on the same beat. A lost lease
 * aborts the follower's signal.
 */
export class OperationLeases {
  readonly #options: OperationLeasesOptions;
  /** Names the replica in the database: host, process and instance. */
  readonly ownerId = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  readonly #held = new Map<string, AbortController>();
  #timer?: NodeJS.Timeout;
  #beat?: Promise<void>;
  #stopped = false;

  constructor(options: OperationLeasesOptions) {
    this.#options = options;
  }

  /** A lease starting now. */
  lease(): Lease {
    return {
      ownerId: this.ownerId,
      expiresAt: Date.now() + this.#options.leaseMs,
    };
  }

  /**
   * Follows an operation whose lease this replica holds; the signal aborts
   * when the lease is lost or the replica stops.
   */
  hold(id: string): AbortSignal {
    const controller = new AbortController();
    this.#held.get(id)?.abort();
    this.#held.set(id, controller);
    // Taken while stopping: given up with the others.
    if (this.#stopped) controller.abort();
    return controller.signal;
  }

  /** Stops following an operation (it ended). */
  drop(id: string): void {
    this.#held.delete(id);
  }

  /**
   * Takes the operations no replica holds now, then renews and takes on
   * every beat, handing each taken operation to `follow`.
   */
  async start(
    follow: (running: RunningOperation, signal: AbortSignal) => Promise<void>,
  ): Promise<void> {
    const beat = () => {
      this.#beat ??= this.#renewAndTake(follow).finally(() => {
        this.#beat = undefined;
      });
      return this.#beat;
    };
    await beat();
    this.#timer = setInterval(beat, Math.max(this.#options.leaseMs / 3, 10));
    this.#timer.unref();
  }

  /** Stops following: aborts every follower at once, then gives the leases up. */
  async stop(): Promise<void> {
    this.#stopped = true;
    clearInterval(this.#timer);
    const ids = this.#abortAll();
    await this.#beat;
    ids.push(...this.#abortAll());
    await this.#options.store.release(ids, this.ownerId);
  }

  #abortAll(): string[] {
    const ids = [...this.#held.keys()];
    for (const controller of this.#held.values()) controller.abort();
    this.#held.clear();
    return ids;
  }

  async #renewAndTake(
    follow: (running: RunningOperation, signal: AbortSignal) => Promise<void>,
  ): Promise<void> {
    try {
      const ids = [...this.#held.keys()];
      const kept = await this.#options.store.renew(ids, this.lease());
      for (const id of ids) {
        if (!kept.has(id) && this.#held.has(id)) {
          this.#options.logger.info(
            `AKS operation ${id} is followed elsewhere now`,
          );
          this.#held.get(id)!.abort();
          this.#held.delete(id);
        }
      }
      if (this.#stopped) return;
      for (const running of await this.#options.store.takeUnheld(
        this.lease(),
        Date.now(),
      )) {
        const { id } = running.operation;
        this.#options.logger.info(
          `Following AKS operation ${id} left by its replica`,
        );
        await follow(running, this.hold(id));
      }
    } catch (error) {
      this.#options.logger.warn(
        `Could not renew or take AKS operation leases: ${error}`,
      );
    }
  }
}
