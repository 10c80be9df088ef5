import {
  mockCredentials,
  startTestBackend,
  TestCaches,
} from '@backstage/backend-test-utils';
import { ArmEmulator, startArmEmulator } from '@aks-backstage/arm-emulator';
import request from 'supertest';
import { startCachedBackend } from '../__testUtils__/cachedBackend';
import { armRequests, clusterPath, clusters } from '../testUtils';

const caches = TestCaches.create({ ids: ['MEMORY', 'REDIS_7'] });
// Long enough for 200 concurrent requests to land within it on a busy machine.
const TTL_SECONDS = 4;

describe.each(caches.eachSupportedId())('missing resources on %p', cacheId => {
  let emulator: ArmEmulator;
  let server: Awaited<ReturnType<typeof startTestBackend>>['server'];
  const auth = { Authorization: mockCredentials.user.header() };
  const calls = (operation: string) =>
    emulator.admin.requests({ operation }).length;
  const expire = () =>
    new Promise(resolve => setTimeout(resolve, TTL_SECONDS * 1000 + 50));
  const sub = clusters.healthy.subscriptionId;
  const versionsOf = (location: string) =>
    request(server)
      .get(
        `/api/aks/locations/${location}/kubernetes-versions?subscriptionId=${sub}`,
      )
      .set(auth);

  beforeAll(async () => {
    emulator = await startArmEmulator({ lroDurationMs: 50 });
    ({ server } = await startCachedBackend({
      emulator,
      caches,
      cacheId,
      ttlSeconds: TTL_SECONDS,
    }));
  });
  afterAll(() => emulator.stop());
  // Each test reads resources of its own, so only the request log is shared.
  beforeEach(() => emulator.admin.clearRequests());

  it('reads a missing cluster from Azure once for 200 concurrent and later requests, until the TTL ends', async () => {
    const missing = clusterPath({ ...clusters.healthy, name: 'aks-nowhere' });
    const responses = await Promise.all(
      Array.from({ length: 200 }, () => request(server).get(missing).set(auth)),
    );
    expect(new Set(responses.map(r => r.status))).toEqual(new Set([404]));
    expect(responses[199].body.error.message).toContain('ResourceNotFound');
    expect(calls('ManagedClusters_Get')).toBe(1);

    const again = await request(server).get(missing).set(auth);
    expect(again.status).toBe(404);
    expect(again.body.error).toEqual(responses[0].body.error);
    expect(calls('ManagedClusters_Get')).toBe(1);

    await expire();
    await request(server).get(missing).set(auth);
    expect(calls('ManagedClusters_Get')).toBe(2);
  }, 20_000);

  it('refuses made-up locations, naming the location, without reading their versions', async () => {
    for (const location of ['nowhere', 'atlantis1', 'westeurope2']) {
      const response = await versionsOf(location);
      expect(response.status).toBe(400);
      expect(response.body.error.message).toBe(
        `Invalid location "${location}": AKS offers no managed clusters there to subscription ${sub}`,
      );
    }
    expect(armRequests(emulator).map(r => r.operation)).toEqual([
      'Providers_Get',
    ]);

    const offered = await versionsOf('westeurope');
    expect(offered.status).toBe(200);
    expect(calls('ManagedClusters_ListKubernetesVersions')).toBe(1);
    expect(calls('Providers_Get')).toBe(1);
  });
});
