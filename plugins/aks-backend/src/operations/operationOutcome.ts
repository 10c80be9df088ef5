import { setTimeout as sleep } from 'node:timers/promises';
import { isRestError } from '@azure/core-rest-pipeline';
import { ArmErrorDetail } from '@aks-backstage/plugin-aks-common';
import { isTransientAzureError } from '@aks-backstage/plugin-aks-node';
import { Poller } from './armOperations';

/** How an operation ended. */
export type Outcome = {
  status: 'Succeeded' | 'Failed' | 'Canceled';
  error?: ArmErrorDetail;
};

/** Polls in a row that may fail for a passing reason before the operation counts as failed. */
const MAX_POLL_FAILURES = 10;
const MAX_POLL_BACKOFF_MS = 60_000;
/** How the SDK's poller words an operation that Azure reports Failed. */
const LRO_FAILED =
  /^The long-running operation has failed\. ([^.\s]+)\. ([\s\S]*)$/;

/** ARM's code and message of an error, without anything else of it. */
export function errorDetail(
  error: unknown,
  fallbackCode: string,
): ArmErrorDetail {
  if (isRestError(error)) {
    return { code: error.code || fallbackCode, message: error.message };
  }
  if (!(error instanceof Error)) {
    return { code: fallbackCode, message: String(error) };
  }
  const failed = LRO_FAILED.exec(error.message);
  if (failed) return { code: failed[1], message: failed[2] };
  if (error.cause instanceof Error) {
    return {
      code: error.name,
      message: `${error.message}: ${error.cause.message}`,
    };
  }
  return { code: fallbackCode, message: error.message };
}

/**
 * Follows an operation to its end with the SDK's poller. A poll that fails
 * for a passing reason (throttling, 5xx, a dropped connection, a timeout)
 * leaves the SDK's poller failed though the operation goes on, so polling
 * starts over from the saved state, backing off, until polls answer again.
 * Undefined when the signal aborted: another replica follows it now.
 */
export async function pollToEnd(options: {
  poller: Poller;
  restore: () => Poller;
  signal: AbortSignal;
  pollIntervalMs: number;
  onPollFailure: (error: unknown, retryInMs: number) => void;
}): Promise<Outcome | undefined> {
  const { signal } = options;
  let poller = options.poller;
  let failures = 0;
  const answered = () => {
    failures = 0;
  };
  for (;;) {
    poller.onProgress(answered);
    try {
      await poller.pollUntilDone({ abortSignal: signal });
      return { status: 'Succeeded' };
    } catch (error) {
      if (signal.aborted) return undefined;
      const canceled = poller.operationState?.status === 'canceled';
      const detail = errorDetail(
        error,
        canceled ? 'OperationCanceled' : 'OperationFailed',
      );
      // A Location URL answers a canceled operation with its error.
      if (canceled || detail.code === 'OperationCanceled') {
        return { status: 'Canceled', error: detail };
      }
      failures += 1;
      if (!isTransientAzureError(error) || failures > MAX_POLL_FAILURES) {
        return { status: 'Failed', error: detail };
      }
      const retryInMs = Math.min(
        MAX_POLL_BACKOFF_MS,
        options.pollIntervalMs * 2 ** (failures - 1),
      );
      options.onPollFailure(error, retryInMs);
      try {
        await sleep(retryInMs, undefined, { signal });
      } catch {
        return undefined;
      }
      poller = options.restore();
    }
  }
}
