import type { LatencySettings } from '../faults/faultTypes';

/**
 * When the answer to a request that came in at `arrival` may leave. The
 * configured latency is the time ARM takes to answer, its own work included:
 * the emulator does its work first, the answer's JSON too, and holds the
 * answer back for the rest, so that its work is not added on top.
 */
export function answerDue(
  arrival: number,
  { fixedMs, jitterMs }: LatencySettings,
): number {
  return arrival + fixedMs + (jitterMs > 0 ? Math.random() * jitterMs : 0);
}

/** Writes the answer once it is due, at once when that time has passed. */
export function holdUntil(due: number, write: () => void): void {
  const wait = due - Date.now();
  if (wait > 0) setTimeout(write, wait);
  else write();
}

/**
 * ARM answers requests side by side: the work starts once every request
 * that came with this one has its arrival time, so that a request's
 * latency does not include the emulator's work on the others.
 */
export function othersArrived(): Promise<void> {
  return new Promise(resolve => setImmediate(resolve));
}
