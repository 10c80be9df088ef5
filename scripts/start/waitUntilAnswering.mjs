import { setTimeout as sleep } from 'node:timers/promises';

async function answers(url, signal) {
  try {
    const response = await fetch(url, {
      // The dev server holds a request until its first compilation ends.
      signal: AbortSignal.any([signal, AbortSignal.timeout(30_000)]),
    });
    await response.body?.cancel();
    return response.ok;
  } catch {
    signal.throwIfAborted();
    return false;
  }
}

/** Resolves once every URL has answered with a 2xx; rejects on abort. */
export async function waitUntilAnswering(urls, signal) {
  await Promise.all(
    urls.map(async url => {
      while (!(await answers(url, signal))) {
        await sleep(1000, undefined, { signal });
      }
    }),
  );
}
