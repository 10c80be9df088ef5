/* eslint-disable no-console */
// `npm run bench`: the AKS backend plugin against the ARM emulator (in a
// process of its own), as shipped and with caching off, side by side. One
// JSON line per figure on stdout; progress on stderr.
import { Agent } from 'node:https';
import { rootCertificates } from 'node:tls';
import { ContainerServiceClient } from '@azure/arm-containerservice';
import { ClientSecretCredential } from '@azure/identity';
import { Entity } from '@backstage/catalog-model';
import { formatAksClusterId } from '@aks-backstage/plugin-aks-common';
import { clusters } from '../src/__testUtils__/emulatorConfig';
import { startBackend, Variant } from './backend';
import { percentile, runLoad } from './load';
import {
  ArmEmulatorProcess as RemoteEmulator,
  startArmEmulatorProcess as startRemoteEmulator,
} from '@aks-backstage/arm-emulator';

const VARIANTS: Variant[] = ['cached', 'uncached'];
const COLD_CONCURRENCY = 1000;
const WARM_CONNECTIONS = 50;
const WARM_DURATION_MS = 5000;
const FLEET_CLUSTERS = 2000;
const FLEET_SUBSCRIPTIONS = 20;
const FLEET_LATENCY_MS = 100;
// 100 clusters per subscription come in 4 pages, so that paging is on the
// critical path as it is in a large subscription.
const FLEET_PAGE_SIZE = 25;
const OVERALL_TIMEOUT_MS = 5 * 60_000;

const log = (...args: unknown[]) => console.error('[bench]', ...args);
const round = (n: number, digits = 1) => Number(n.toFixed(digits));
const sleep = (ms: number) => new Promise(r => setTimeout(r, ms));

function figure(name: string, value: number, unit: string, target?: string) {
  const line = { name, value, unit, target: target ?? null };
  process.stdout.write(`${JSON.stringify(line)}\n`);
}

const entities: Entity[] = [
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: {
      name: 'payments-api',
      namespace: 'default',
      annotations: {
        'azure.com/aks-cluster-id': formatAksClusterId(clusters.healthy),
      },
    },
    spec: { type: 'service', owner: 'team-payments', lifecycle: 'production' },
  },
];

/** (a) cold single-flight and (b) the warm entity endpoint, demo seed. */
async function demoScenarios(emulator: RemoteEmulator) {
  const c = clusters.healthy;
  for (const variant of VARIANTS) {
    const backend = await startBackend({ emulator, variant, entities });
    try {
      await sleep(1000); // the backend's tokens are fetched at start
      await emulator.clearRequests();
      const burst = await runLoad({
        mode: 'burst',
        url: `${backend.baseUrl}/api/aks/clusters/${c.subscriptionId}/${c.resourceGroup}/${c.name}`,
        headers: backend.headers,
        concurrency: COLD_CONCURRENCY,
      });
      const gets = await emulator.requests('ManagedClusters_Get');
      const all = await emulator.requests();
      log(
        `(a) ${variant}: ${JSON.stringify(burst.statuses)} in ${round(
          burst.elapsedMs,
        )} ms`,
      );
      figure(
        `cold.1000concurrent.clusterGets.${variant}`,
        gets.length,
        'ARM GETs of the cluster',
        '1',
      );
      figure(
        `cold.1000concurrent.armRequests.${variant}`,
        all.length,
        'ARM requests',
      );
      figure(
        `cold.1000concurrent.failed.${variant}`,
        COLD_CONCURRENCY - (burst.statuses['200'] ?? 0),
        'responses',
        '0',
      );

      const url = `${backend.baseUrl}/api/aks/entities/component/default/payments-api/clusters`;
      const load = {
        url,
        headers: backend.headers,
        concurrency: WARM_CONNECTIONS,
      };
      await runLoad({ mode: 'duration', durationMs: 1000, ...load });
      const warm = await runLoad({
        mode: 'duration',
        durationMs: WARM_DURATION_MS,
        ...load,
      });
      const ok = warm.statuses['200'] ?? 0;
      log(
        `(b) ${variant}: ${JSON.stringify(warm.statuses)} in ${round(
          warm.elapsedMs,
        )} ms`,
      );
      figure(
        `warm.entityClusters.50conn.throughput.${variant}`,
        round(ok / (warm.elapsedMs / 1000)),
        'req/s',
        '>= 1000',
      );
      figure(
        `warm.entityClusters.50conn.p99.${variant}`,
        round(percentile(warm.latencies, 99), 2),
        'ms',
        '<= 20',
      );
    } finally {
      await backend.stop();
    }
  }
}

/** The unmodified SDK listing one subscription after another. */
async function sequentialClient(emulator: RemoteEmulator): Promise<number> {
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
  return performance.now() - start;
}

/** (c) the cold fleet over 2,000 clusters in 20 subscriptions. */
async function fleetScenario(emulator: RemoteEmulator) {
  const pages = Math.ceil(
    FLEET_CLUSTERS / FLEET_SUBSCRIPTIONS / FLEET_PAGE_SIZE,
  );
  const bound = pages * FLEET_LATENCY_MS;
  figure('fleet.criticalPathBound', bound, 'ms');
  for (const variant of VARIANTS) {
    const backend = await startBackend({
      emulator,
      variant,
      allSubscriptions: true,
    });
    try {
      await sleep(1000); // the backend's tokens are fetched at start
      await emulator.clearRequests();
      const start = performance.now();
      const response = await fetch(
        `${backend.baseUrl}/api/aks/clusters?limit=500`,
        {
          headers: backend.headers,
          signal: AbortSignal.timeout(60_000),
        },
      );
      const body = await response.json();
      const ms = performance.now() - start;
      const arm = await emulator.requests();
      log(
        `(c) ${variant}: ${response.status}, ${
          body.totalCount
        } clusters in ${round(ms)} ms, ${arm.length} ARM requests`,
      );
      figure(`fleet.cold.wall.${variant}`, round(ms), 'ms');
      figure(
        `fleet.cold.wallOverBound.${variant}`,
        round(ms / bound, 2),
        'ratio',
        '<= 1.3',
      );
    } finally {
      await backend.stop();
    }
  }
  const sequentialMs = await sequentialClient(emulator);
  figure('fleet.sequentialClient.wall', round(sequentialMs), 'ms');
  figure(
    'fleet.sequentialClient.wallOverBound',
    round(sequentialMs / bound, 2),
    'ratio',
  );
}

async function withEmulator(
  args: string[],
  run: (e: RemoteEmulator) => Promise<void>,
) {
  const emulator = await startRemoteEmulator(args);
  try {
    await run(emulator);
  } finally {
    await emulator.stop();
  }
}

async function main() {
  setTimeout(() => {
    log(`gave up after ${OVERALL_TIMEOUT_MS} ms`);
    process.exit(1);
  }, OVERALL_TIMEOUT_MS).unref();
  await withEmulator(['--seed', 'demo'], demoScenarios);
  await withEmulator(
    [
      '--seed',
      `fleet:${FLEET_CLUSTERS}x${FLEET_SUBSCRIPTIONS}`,
      '--latency',
      String(FLEET_LATENCY_MS),
      '--page-size',
      String(FLEET_PAGE_SIZE),
    ],
    fleetScenario,
  );
}

main().then(
  () => process.exit(0),
  error => {
    log('failed:', error);
    process.exit(1);
  },
);
