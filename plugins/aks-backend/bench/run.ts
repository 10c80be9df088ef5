/* eslint-disable no-console */
import { Agent } from 'node:https';
import { rootCertificates } from 'node:tls';
import { ContainerServiceClient } from '@azure/arm-containerservice';
import { ClientSecretCredential } from '@azure/identity';
import { Entity } from '@backstage/catalog-model';
import { ArmEmulator, startArmEmulator } from '@aks-backstage/arm-emulator';
import { clusters } from '../src/testing/emulatorConfig';
import { BenchBackend, startBackend, Variant } from './backend';
import { percentile, runLoad } from './load';

const VARIANTS: Variant[] = ['cached', 'uncached'];
const COLD_CONCURRENCY = 1000;
const WARM_CONNECTIONS = 50;
const WARM_DURATION_MS = 5000;
const FLEET_SEED = 'fleet:2000x20';
const FLEET_LATENCY_MS = 100;
// 100 clusters per subscription come in 4 pages, so that paging is on the
// critical path as it is in a large subscription.
const FLEET_PAGE_SIZE = 25;
const OVERALL_TIMEOUT_MS = 5 * 60_000;

const log = (...args: unknown[]) => console.error('[bench]', ...args);
const round = (n: number, digits = 1) => Number(n.toFixed(digits));

function figure(
  name: string,
  value: number,
  unit: string,
  target: string | null = null,
) {
  process.stdout.write(`${JSON.stringify({ name, value, unit, target })}\n`);
}

const clusterId = (c: typeof clusters.healthy) =>
  `/subscriptions/${c.subscriptionId}/resourceGroups/${c.resourceGroup}/providers/Microsoft.ContainerService/managedClusters/${c.name}`;

const entities: Entity[] = [
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: {
      name: 'payments-api',
      namespace: 'default',
      annotations: { 'azure.com/aks-cluster-id': clusterId(clusters.healthy) },
    },
    spec: { type: 'service', owner: 'team-payments', lifecycle: 'production' },
  },
];

async function timedGet(backend: BenchBackend, path: string) {
  const start = performance.now();
  const response = await fetch(`${backend.baseUrl}${path}`, {
    headers: backend.headers,
    signal: AbortSignal.timeout(60_000),
  });
  const body = await response.json();
  const ms = performance.now() - start;
  if (response.status !== 200) {
    throw new Error(`GET ${path}: ${response.status} ${JSON.stringify(body)}`);
  }
  return { ms, body };
}

function operationCounts(emulator: ArmEmulator): string {
  const counts = new Map<string, number>();
  for (const r of emulator.admin.requests()) {
    const op = r.operation ?? `${r.method} ${r.path}`;
    counts.set(op, (counts.get(op) ?? 0) + 1);
  }
  return JSON.stringify(Object.fromEntries(counts));
}

/** Per ARM operation: count, first start and last end in ms after t0 (stderr diagnostics). */
function timeline(emulator: ArmEmulator, t0: number): string {
  const ops = new Map<
    string,
    { n: number; first: number; last: number; maxMs: number }
  >();
  for (const r of emulator.admin.requests()) {
    const op = r.operation ?? r.path;
    const start = Date.parse(r.time) - t0;
    const e = ops.get(op) ?? {
      n: 0,
      first: Infinity,
      last: -Infinity,
      maxMs: 0,
    };
    e.n++;
    e.first = Math.min(e.first, start);
    e.last = Math.max(e.last, start + r.durationMs);
    e.maxMs = Math.max(e.maxMs, r.durationMs);
    ops.set(op, e);
  }
  return [...ops]
    .map(
      ([op, e]) =>
        `${op} x${e.n} @${e.first}..${e.last} ms (slowest ${e.maxMs} ms)`,
    )
    .join('; ');
}

/** (a) cold single-flight and (b) warm entity endpoint, on the demo seed. */
async function demoScenarios() {
  const emulator = await startArmEmulator({ seed: 'demo' });
  try {
    for (const variant of VARIANTS) {
      const backend = await startBackend({ emulator, variant, entities });
      try {
        // (a) 1,000 concurrent cold requests for one cluster.
        emulator.admin.clearRequests();
        const c = clusters.healthy;
        const burst = await runLoad({
          mode: 'burst',
          url: `${backend.baseUrl}/api/aks/clusters/${c.subscriptionId}/${c.resourceGroup}/${c.name}`,
          headers: backend.headers,
          concurrency: COLD_CONCURRENCY,
        });
        const gets = emulator.admin.requests({
          operation: 'ManagedClusters_Get',
        }).length;
        const total = emulator.admin.requests().length;
        log(
          `(a) ${variant}: statuses ${JSON.stringify(
            burst.statuses,
          )} in ${round(burst.elapsedMs)} ms, p50 ${round(
            percentile(burst.latencies, 50),
          )} ms, ARM ${operationCounts(emulator)}${
            burst.sampleError ? `; first error: ${burst.sampleError}` : ''
          }`,
        );
        figure(
          `aks.cold.1000concurrent.clusterGet.armManagedClustersGet.${variant}`,
          gets,
          'requests',
          '== 1',
        );
        figure(
          `aks.cold.1000concurrent.clusterGet.armRequestsTotal.${variant}`,
          total,
          'requests',
        );
        figure(
          `aks.cold.1000concurrent.clusterGet.non200.${variant}`,
          COLD_CONCURRENCY - (burst.statuses['200'] ?? 0),
          'responses',
          '== 0',
        );

        // (b) warm entity-cluster endpoint, 50 keep-alive connections.
        const path =
          '/api/aks/entities/component/default/payments-api/clusters';
        await runLoad({
          mode: 'duration',
          url: `${backend.baseUrl}${path}`,
          headers: backend.headers,
          concurrency: WARM_CONNECTIONS,
          durationMs: 1000,
        });
        emulator.admin.clearRequests();
        const warm = await runLoad({
          mode: 'duration',
          url: `${backend.baseUrl}${path}`,
          headers: backend.headers,
          concurrency: WARM_CONNECTIONS,
          durationMs: WARM_DURATION_MS,
        });
        const ok = warm.statuses['200'] ?? 0;
        const rps = ok / (warm.elapsedMs / 1000);
        log(
          `(b) ${variant}: ${ok} OK in ${round(
            warm.elapsedMs,
          )} ms, statuses ${JSON.stringify(warm.statuses)}, p50 ${round(
            percentile(warm.latencies, 50),
            2,
          )} ms, ARM requests during run: ${emulator.admin.requests().length}`,
        );
        figure(
          `aks.warm.entityClusters.50conn.throughput.${variant}`,
          round(rps),
          'req/s',
          '>= 1000',
        );
        figure(
          `aks.warm.entityClusters.50conn.p99.${variant}`,
          round(percentile(warm.latencies, 99), 2),
          'ms',
          '<= 20',
        );
      } finally {
        await backend.stop();
      }
    }
  } finally {
    await emulator.stop();
  }
}

/** (c) the cold fleet listing over 2,000 clusters in 20 subscriptions. */
async function fleetScenario() {
  const emulator = await startArmEmulator({
    seed: FLEET_SEED,
    latencyMs: FLEET_LATENCY_MS,
    pageSize: FLEET_PAGE_SIZE,
  });
  try {
    // Critical-path bound: the slowest subscription's pages, one after another.
    const perSubscription = new Map<string, number>();
    for (const r of emulator.admin.listResources()) {
      const m =
        /^\/subscriptions\/([^/]+)\/resourceGroups\/[^/]+\/providers\/Microsoft\.ContainerService\/managedClusters\/[^/]+$/i.exec(
          r.id,
        );
      if (m)
        perSubscription.set(
          m[1].toLowerCase(),
          (perSubscription.get(m[1].toLowerCase()) ?? 0) + 1,
        );
    }
    const clusterCount = [...perSubscription.values()].reduce(
      (a, b) => a + b,
      0,
    );
    const maxPages = Math.max(
      ...[...perSubscription.values()].map(n => Math.ceil(n / FLEET_PAGE_SIZE)),
    );
    const bound = maxPages * FLEET_LATENCY_MS;
    log(
      `(c) ${clusterCount} clusters in ${perSubscription.size} subscriptions, ${maxPages} page(s) max, bound ${bound} ms`,
    );
    figure('aks.fleet.criticalPathBound', bound, 'ms');

    for (const variant of VARIANTS) {
      // Fully cold: fresh backend, no token, no cache.
      let backend = await startBackend({
        emulator,
        variant,
        allSubscriptions: true,
      });
      try {
        emulator.admin.clearRequests();
        const t0 = Date.now();
        const { ms, body } = await timedGet(
          backend,
          '/api/aks/clusters?limit=500',
        );
        log(
          `(c) ${variant} cold: ${round(ms)} ms, totalCount ${
            body.totalCount
          }, items ${body.items.length}, ARM ${timeline(emulator, t0)}`,
        );
        figure(`aks.fleet.cold.wall.${variant}`, round(ms), 'ms');
        figure(
          `aks.fleet.cold.wallOverBound.${variant}`,
          round(ms / bound, 2),
          'ratio',
          '<= 1.3',
        );
        figure(
          `aks.fleet.cold.armRequests.${variant}`,
          emulator.admin.requests().length,
          'requests',
        );
      } finally {
        await backend.stop();
      }
    }

    // A sequential client: the unmodified SDK, one subscription after another.
    emulator.admin.clearRequests();
    const agent = new Agent({
      keepAlive: true,
      ca: [...rootCertificates, emulator.caCertPem],
    });
    const retryOptions = { maxRetries: 2, retryDelayInMs: 10 };
    const credential = new ClientSecretCredential(
      emulator.tenantId,
      emulator.clientId,
      emulator.clientSecret,
      {
        authorityHost: emulator.authorityHost,
        disableInstanceDiscovery: true,
        agent,
        retryOptions,
      },
    );
    const start = performance.now();
    let listed = 0;
    for (const id of emulator.subscriptionIds) {
      const client = new ContainerServiceClient(credential, id, {
        endpoint: emulator.url,
        agent,
        retryOptions,
      });
      for await (const _ of client.managedClusters.list({
        requestOptions: { timeout: 10_000 },
      }))
        listed++;
    }
    const sequentialMs = performance.now() - start;
    agent.destroy();
    log(
      `(c) sequential SDK client: ${listed} clusters in ${round(
        sequentialMs,
      )} ms, ARM ${operationCounts(emulator)}`,
    );
    figure('aks.fleet.sequentialClient.cold.wall', round(sequentialMs), 'ms');
    figure(
      'aks.fleet.sequentialClient.cold.armRequests',
      emulator.admin.requests().length,
      'requests',
    );
  } finally {
    await emulator.stop();
  }
}

async function main() {
  const watchdog = setTimeout(() => {
    log(`timed out after ${OVERALL_TIMEOUT_MS} ms`);
    process.exit(1);
  }, OVERALL_TIMEOUT_MS);
  watchdog.unref();
  await demoScenarios();
  await fleetScenario();
  clearTimeout(watchdog);
}

main().then(
  () => process.exit(0),
  error => {
    log('failed:', error);
    process.exit(1);
  },
);
