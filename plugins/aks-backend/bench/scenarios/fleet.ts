import { Agent } from 'node:https';
import { rootCertificates } from 'node:tls';
import { ContainerServiceClient } from '@azure/arm-containerservice';
import { ClientSecretCredential } from '@azure/identity';
import type { ArmEmulatorProcess } from '@aks-backstage/arm-emulator';
import { BenchBackend, startBackend, Variant } from '../backend';
import { figure, log, round, sleep } from '../report';

export const FLEET = {
  clusters: 2000,
  subscriptions: 20,
  latencyMs: 100,
  pageSize: 25,
};
/** 100 clusters per subscription come in 4 pages, so that paging is on the critical path. */
export const FLEET_BOUND_MS =
  Math.ceil(FLEET.clusters / FLEET.subscriptions / FLEET.pageSize) *
  FLEET.latencyMs;

/** Refreshes measured after the first request, each once the TTL has run out. */
const REFRESHES = 5;
const FLEET_TTL_SECONDS = 2;

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** One fleet request that reads every page from ARM, and its wall time. */
async function coldRead(
  emulator: ArmEmulatorProcess,
  backend: BenchBackend,
): Promise<number> {
  await emulator.clearRequests();
  const start = performance.now();
  const response = await fetch(
    `${backend.baseUrl}/api/aks/clusters?limit=500`,
    { headers: backend.headers, signal: AbortSignal.timeout(60_000) },
  );
  const body = await response.json();
  const ms = performance.now() - start;
  const pages = (await emulator.requests('ManagedClusters_List')).length;
  const expected = FLEET_BOUND_MS / FLEET.latencyMs;
  if (
    response.status !== 200 ||
    body.totalCount !== FLEET.clusters ||
    pages !== expected * FLEET.subscriptions
  ) {
    throw new Error(
      `fleet read ${response.status}, ${body.totalCount} clusters from ${pages} ARM pages`,
    );
  }
  return ms;
}

/**
 * (c) the cold fleet of 2,000 clusters in 20 subscriptions at 100 ms per ARM
 * call: the first request of a backend just started, then refreshes of a
 * running backend, each after the cached lists have expired, so that every
 * page is read from ARM again.
 */
export async function coldFleet(
  emulator: ArmEmulatorProcess,
  variant: Variant,
) {
  const backend = await startBackend({
    emulator,
    variant,
    allSubscriptions: true,
    ttlSeconds: FLEET_TTL_SECONDS,
  });
  try {
    await sleep(1000); // the backend's tokens are fetched at start
    // This process's own HTTP client loads on its first request.
    await fetch(`${backend.baseUrl}/api/aks/health`);
    const first = await coldRead(emulator, backend);
    const refreshes: number[] = [];
    for (let i = 0; i < REFRESHES; i++) {
      await sleep(FLEET_TTL_SECONDS * 1000 + 100);
      refreshes.push(await coldRead(emulator, backend));
    }
    const refresh = median(refreshes);
    log(
      `(c) ${variant}: first ${round(first)} ms, refreshes ${refreshes
        .map(ms => round(ms))
        .join(', ')} ms`,
    );
    for (const [name, ms] of [
      ['firstRequest', first],
      ['refresh', refresh],
    ] as const) {
      figure(`fleet.cold.${name}.wall.${variant}`, round(ms), 'ms');
      figure(
        `fleet.cold.${name}.wallOverBound.${variant}`,
        round(ms / FLEET_BOUND_MS, 2),
        'ratio',
        '<= 1.3',
      );
    }
  } finally {
    await backend.stop();
  }
}

/** The unmodified SDK listing one subscription after another, for comparison. */
export async function sequentialClient(emulator: ArmEmulatorProcess) {
  const agent = new Agent({
    keepAlive: true,
    ca: [...rootCertificates, emulator.caCertPem],
  });
  const credential = new ClientSecretCredential(
    emulator.tenantId,
    emulator.clientId,
    emulator.clientSecret,
    {
      authorityHost: emulator.authorityHost,
      disableInstanceDiscovery: true,
      agent,
    },
  );
  await credential.getToken('https://management.azure.com/.default');
  const start = performance.now();
  for (const id of emulator.subscriptionIds) {
    const client = new ContainerServiceClient(credential, id, {
      endpoint: emulator.url,
      agent,
    });
    for await (const _ of client.managedClusters.list()) {
      // Reading every page is the work measured.
    }
  }
  agent.destroy();
  const ms = performance.now() - start;
  figure('fleet.sequentialClient.wall', round(ms), 'ms');
  figure(
    'fleet.sequentialClient.wallOverBound',
    round(ms / FLEET_BOUND_MS, 2),
    'ratio',
  );
}
