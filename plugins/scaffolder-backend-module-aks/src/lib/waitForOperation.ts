import { setTimeout as sleep } from 'node:timers/promises';
import { LoggerService } from '@backstage/backend-plugin-api';
import { ConflictError, CustomErrorBase } from '@backstage/errors';
import {
  AksSubscriptionConfig,
  AzureClients,
  toBackstageError,
} from '@aks-backstage/plugin-aks-node';
import { statusOf } from './azure';

/** What the actions use of the Azure SDKs' own pollers (core-lro 2 and 3). */
export interface SdkPoller<T> {
  pollUntilDone(options?: { abortSignal?: AbortSignal }): Promise<T>;
  onProgress(callback: (state: { status: string }) => void): unknown;
}

/** What a resource says about its provisioning. */
export interface ProvisioningStatus {
  provisioningState?: string;
  /** AKS's `status.provisioningError`. */
  provisioningError?: { code?: string; message?: string };
}

/** The resource to wait for. */
export interface WaitTarget {
  /** The resource, for log lines and errors: "AKS cluster /subscriptions/…". */
  what: string;
  timeoutMinutes: number;
  subscription: AksSubscriptionConfig;
  read(): Promise<ProvisioningStatus>;
}

/** How to wait for one resource. */
export interface Wait extends WaitTarget {
  logger: LoggerService;
  signal?: AbortSignal;
  pollIntervalMs: number;
}

/** How an action waits: logging to its log, stopped by its cancellation, polling as configured. */
export function actionWait(
  ctx: { logger: LoggerService; signal?: AbortSignal },
  clients: AzureClients,
  target: WaitTarget,
): Wait {
  return {
    ...target,
    logger: ctx.logger,
    signal: ctx.signal,
    pollIntervalMs: clients.config.pollIntervalMs,
  };
}

/** A long-running Azure operation that ended Failed or Canceled. */
export class AzureOperationError extends CustomErrorBase {
  name = 'AzureOperationError' as const;
}

const HEARTBEAT_MS = 30_000;

export function formatDuration(ms: number): string {
  const seconds = Math.round(ms / 1000);
  if (seconds < 60) return `${seconds}s`;
  return `${Math.floor(seconds / 60)}m ${String(seconds % 60).padStart(
    2,
    '0',
  )}s`;
}

/** Logs each change of provisioning state, and the elapsed time now and then. */
class Progress {
  readonly #started = Date.now();
  readonly #wait: Wait;
  #loggedAt = 0;
  state = 'submitted';

  constructor(wait: Wait) {
    this.#wait = wait;
  }

  report(state: string | undefined) {
    const now = Date.now();
    if (!state || (state === this.state && now - this.#loggedAt < HEARTBEAT_MS))
      return;
    this.state = state;
    this.#loggedAt = now;
    this.#wait.logger.info(
      `${this.#wait.what}: ${state} after ${this.elapsed}`,
    );
  }

  get elapsed(): string {
    return formatDuration(Date.now() - this.#started);
  }
}

function describeError(status: ProvisioningStatus, fallback?: unknown): string {
  const error = status.provisioningError;
  if (error?.code || error?.message) return `${error.code}: ${error.message}`;
  return fallback instanceof Error ? fallback.message : 'no error reported';
}

async function explain(
  error: unknown,
  wait: Wait,
  progress: Progress,
  timeout: AbortSignal,
): Promise<Error> {
  const goesOn =
    'the operation goes on in Azure, and running the task again waits for it';
  if (wait.signal?.aborted) {
    return new Error(
      `Cancelled while waiting for ${wait.what} (${progress.state} after ${progress.elapsed}); ${goesOn}`,
    );
  }
  if (timeout.aborted) {
    return new Error(
      `${wait.what} did not finish within ${wait.timeoutMinutes} minutes (${progress.state}); ${goesOn}`,
    );
  }
  if (statusOf(error) === 412) {
    return new ConflictError(`${wait.what} was created meanwhile elsewhere`);
  }
  if (statusOf(error) !== undefined) {
    return toBackstageError(error, wait.subscription);
  }
  const status = await wait.read().catch(() => ({}));
  return new AzureOperationError(
    `${wait.what} failed after ${progress.elapsed}: ${describeError(
      status,
      error,
    )}`,
  );
}

function deadline(wait: Wait) {
  const timeout = AbortSignal.timeout(wait.timeoutMinutes * 60_000);
  const signal = wait.signal
    ? AbortSignal.any([wait.signal, timeout])
    : timeout;
  return { signal, timeout };
}

/**
 * Waits for an operation the action started, through the SDK's own poller
 * (or the promise of one, as classic clients' `begin…` calls return),
 * logging the resource's provisioning state as it changes.
 */
export async function waitForPoller<T>(
  started: SdkPoller<T> | Promise<SdkPoller<T>>,
  wait: Wait,
): Promise<T> {
  const progress = new Progress(wait);
  const { signal, timeout } = deadline(wait);
  let poller: SdkPoller<T>;
  try {
    // Modular clients' pollers are promises of the result themselves.
    poller = 'pollUntilDone' in started ? started : await started;
  } catch (error) {
    throw await explain(error, wait, progress, timeout);
  }
  let reading: Promise<void> | undefined;
  poller.onProgress(() => {
    reading ??= wait
      .read()
      .then(
        status => progress.report(status.provisioningState),
        () => {},
      )
      .finally(() => {
        reading = undefined;
      });
  });
  try {
    const result = await poller.pollUntilDone({ abortSignal: signal });
    await reading;
    progress.report('Succeeded');
    return result;
  } catch (error) {
    await reading;
    throw await explain(error, wait, progress, timeout);
  }
}

/**
 * Waits for a resource an earlier run of the task started (its operation is
 * unknown after a restart) by reading it until its provisioning ends.
 */
export async function waitForResource(wait: Wait): Promise<void> {
  const progress = new Progress(wait);
  const { signal, timeout } = deadline(wait);
  try {
    for (;;) {
      const status = await wait.read();
      progress.report(status.provisioningState);
      const state = status.provisioningState?.toLowerCase();
      if (state === 'succeeded') return;
      if (state === 'failed' || state === 'canceled') {
        throw new AzureOperationError(
          `${wait.what} ended ${status.provisioningState} after ${
            progress.elapsed
          }: ${describeError(status)}`,
        );
      }
      await sleep(wait.pollIntervalMs, undefined, { signal });
    }
  } catch (error) {
    if (error instanceof AzureOperationError) throw error;
    throw await explain(error, wait, progress, timeout);
  }
}
