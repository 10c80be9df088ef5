import { Entity } from '@backstage/catalog-model';
import { formatAksClusterId } from '@aks-backstage/plugin-aks-common';
import type { ArmEmulatorProcess } from '@aks-backstage/arm-emulator';
import { clusters } from '../../src/testUtils';
import { startBackend, Variant } from '../backend';
import { runLoad } from '../load';
import { figure, log, round, sleep } from '../report';

const COLD_CONCURRENCY = 1000;
const WARM_CONNECTIONS = 50;
const WARM_SECONDS = 10;

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

/** (a) 1,000 concurrent cold requests for one cluster; (b) the warm entity endpoint, beside the health route. */
export async function demoScenarios(
  emulator: ArmEmulatorProcess,
  variant: Variant,
) {
  const c = clusters.healthy;
  const backend = await startBackend({ emulator, variant, entities });
  try {
    await sleep(1000); // the backend's tokens are fetched at start
    await emulator.clearRequests();
    const burst = await runLoad({
      url: `${backend.baseUrl}/api/aks/clusters/${c.subscriptionId}/${c.resourceGroup}/${c.name}`,
      headers: backend.headers,
      connections: COLD_CONCURRENCY,
      amount: COLD_CONCURRENCY,
    });
    const gets = await emulator.requests('ManagedClusters_Get');
    log(`(a) ${variant}: ${JSON.stringify(burst.statuses)}`);
    figure(
      `cold.1000concurrent.clusterGets.${variant}`,
      gets.length,
      'ARM GETs',
      '1',
    );
    figure(
      `cold.1000concurrent.armRequests.${variant}`,
      (await emulator.requests()).length,
      'ARM requests',
    );
    figure(
      `cold.1000concurrent.failed.${variant}`,
      COLD_CONCURRENCY - (burst.statuses['200'] ?? 0),
      'responses',
      '0',
    );

    const load = {
      url: `${backend.baseUrl}/api/aks/entities/component/default/payments-api/clusters`,
      headers: backend.headers,
      connections: WARM_CONNECTIONS,
    };
    await runLoad({ ...load, seconds: 2 });
    const warm = await runLoad({ ...load, seconds: WARM_SECONDS });
    log(
      `(b) ${variant}: ${JSON.stringify(warm.statuses)}, ${warm.errors} errors`,
    );
    figure(
      `warm.entityClusters.50conn.throughput.${variant}`,
      round((warm.statuses['200'] ?? 0) / WARM_SECONDS),
      'req/s',
      '>= 2500',
    );
    figure(`warm.entityClusters.50conn.p50.${variant}`, warm.latency.p50, 'ms');
    figure(
      `warm.entityClusters.50conn.p99.${variant}`,
      warm.latency.p99,
      'ms',
      '<= 20',
    );

    if (variant === 'cached') {
      // The same backend's cheapest route (no Azure, no cache, a 15-byte
      // body): what Backstage's HTTP stack costs before the plugin does
      // anything, for comparison with (b).
      const floor = await runLoad({
        url: `${backend.baseUrl}/api/aks/health`,
        headers: backend.headers,
        connections: WARM_CONNECTIONS,
        seconds: WARM_SECONDS,
      });
      figure(
        'warm.healthRoute.50conn.throughput',
        round((floor.statuses['200'] ?? 0) / WARM_SECONDS),
        'req/s',
      );
      figure('warm.healthRoute.50conn.p99', floor.latency.p99, 'ms');
    }
  } finally {
    await backend.stop();
  }
}
