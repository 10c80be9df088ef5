/* eslint-disable no-console */
/** Progress, on stderr. */
export const log = (...args: unknown[]) => console.error('[bench]', ...args);

export const round = (n: number, digits = 1) => Number(n.toFixed(digits));

export const sleep = (ms: number) => new Promise(r => setTimeout(r, ms));

/** One figure, as one JSON line on stdout. */
export function figure(
  name: string,
  value: number,
  unit: string,
  target?: string,
) {
  process.stdout.write(
    `${JSON.stringify({ name, value, unit, target: target ?? null })}\n`,
  );
}

/**
 * Retries a call to the emulator's admin API, which a just-ended load may
 * still keep busy with the requests the backend had in flight.
 */
export async function settled<T>(call: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    await sleep(attempt === 1 ? 500 : 2000);
    try {
      return await call();
    } catch (error) {
      if (attempt >= 5) throw error;
    }
  }
}
