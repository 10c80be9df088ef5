import type { ArmEmulatorProcess } from '@aks-backstage/arm-emulator';
import { startBackend, Variant } from '../backend';
import { figure, log, round, sleep } from '../report';

export const SCALE = { clusters: 10_000, subscriptions: 100 };
const PAGE = 500;

const armOnly = (entries: Array<{ operation?: string }>) =>
  entries.filter(e => !e.operation?.startsWith('Entra_'));

/** Heap in use once the garbage is collected (the bench runs with --expose-gc). */
function retainedHeap(): number {
  global.gc!();
  return process.memoryUsage().heapUsed;
}

/**
 * (d) 10,000 clusters in 100 subscriptions, with the emulator enforcing ARM's
 * read bucket per subscription and principal: the fleet's first page cold,
 * then every page, the memory it takes, and what it costs ARM.
 */
export async function scale(emulator: ArmEmulatorProcess, variant: Variant) {
  const heapBefore = retainedHeap();
  const backend = await startBackend({
    emulator,
    variant,
    allSubscriptions: true,
  });
  try {
    await sleep(1000);
    await emulator.clearRequests();
    const get = async (cursor?: string) => {
      const query = new URLSearchParams({
        limit: String(PAGE),
        ...(cursor && { cursor }),
      });
      const response = await fetch(
        `${backend.baseUrl}/api/aks/clusters?${query}`,
        {
          headers: backend.headers,
          signal: AbortSignal.timeout(120_000),
        },
      );
      if (!response.ok)
        throw new Error(`fleet page answered ${response.status}`);
      return response.json();
    };
    let start = performance.now();
    let page = await get();
    const firstMs = performance.now() - start;
    const refreshReads = armOnly(await emulator.requests()).length;
    let seen = page.items.length;
    start = performance.now();
    while (page.nextCursor) {
      page = await get(page.nextCursor);
      seen += page.items.length;
    }
    const restMs = performance.now() - start;
    const all = armOnly(await emulator.requests());
    const throttled = all.filter(
      e => (e as { status: number }).status === 429,
    ).length;
    log(
      `(d) ${variant}: ${seen} clusters, first page ${round(
        firstMs,
      )} ms, the rest ${round(restMs)} ms, ${all.length} ARM requests`,
    );
    figure(`scale.firstPage.wall.${variant}`, round(firstMs), 'ms');
    figure(`scale.remainingPages.wall.${variant}`, round(restMs), 'ms');
    figure(
      `scale.clustersListed.${variant}`,
      seen,
      'clusters',
      String(SCALE.clusters),
    );
    figure(
      `scale.armReadsPerSubscriptionPerRefresh.${variant}`,
      round(refreshReads / SCALE.subscriptions, 2),
      'reads',
      '<= 250 (ARM burst)',
    );
    figure(`scale.armReadsFullListing.${variant}`, all.length, 'reads');
    figure(`scale.throttled.${variant}`, throttled, 'responses', '0');
    // What the backend holds with the whole fleet read (and, as shipped, cached).
    figure(
      `scale.heapGrowth.${variant}`,
      round((retainedHeap() - heapBefore) / 2 ** 20),
      'MiB',
    );
    figure(
      `scale.rss.${variant}`,
      round(process.memoryUsage().rss / 2 ** 20),
      'MiB',
    );
  } finally {
    await backend.stop();
  }
}
