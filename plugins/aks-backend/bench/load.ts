import { Worker } from 'node:worker_threads';
import { resolve } from 'node:path';

export interface LoadResult {
  statuses: Record<string, number>;
  latencies: number[];
  elapsedMs: number;
  /** The body (or socket error) of the first non-200 answer, if any. */
  sampleError?: string;
}

/** Runs the load client in a worker thread (bounded by a hard timeout). */
export function runLoad(options: {
  mode: 'burst' | 'duration';
  url: string;
  headers: Record<string, string>;
  concurrency: number;
  durationMs?: number;
  timeoutMs?: number;
}): Promise<LoadResult> {
  const timeoutMs = options.timeoutMs ?? 30_000;
  const hardLimitMs = (options.durationMs ?? 0) + timeoutMs + 10_000;
  return new Promise((res, rej) => {
    const worker = new Worker(resolve(__dirname, 'loadWorker.js'), {
      workerData: { ...options, timeoutMs },
    });
    const timer = setTimeout(() => {
      worker.terminate();
      rej(new Error(`load run exceeded ${hardLimitMs} ms`));
    }, hardLimitMs);
    worker.once('message', message => {
      clearTimeout(timer);
      worker.terminate();
      if (message.error) rej(new Error(message.error));
      else res(message);
    });
    worker.once('error', error => {
      clearTimeout(timer);
      rej(error);
    });
  });
}

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(
    sorted.length - 1,
    Math.max(0, Math.ceil((p / 100) * sorted.length) - 1),
  );
  return sorted[index];
}
