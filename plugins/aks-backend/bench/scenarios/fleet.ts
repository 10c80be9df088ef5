import { Agent } from 'node:https';
import { rootCertificates } from 'node:tls';
import { ContainerServiceClient } from '@azure/arm-containerservice';
import { ClientSecretCredential } from '@azure/identity';
import type { ArmEmulatorProcess } from '@aks-backstage/arm-emulator';
import { startBackend, Variant } from '../backend';
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

/** (c) the cold fleet of 2,000 clusters in 20 subscriptions at 100 ms per ARM call. */
export async function coldFleet(
  emulator: ArmEmulatorProcess,
  variant: Variant,
) {
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
    log(
      `(c) ${variant}: ${response.status}, ${
        body.totalCount
      } clusters in ${round(ms)} ms`,
    );
    figure(`fleet.cold.wall.${variant}`, round(ms), 'ms');
    figure(
      `fleet.cold.wallOverBound.${variant}`,
      round(ms / FLEET_BOUND_MS, 2),
      'ratio',
      '<= 1.3',
    );
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
