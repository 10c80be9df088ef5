import {
  mockCredentials,
  startTestBackend,
  TestCaches,
} from '@backstage/backend-test-utils';
import { ArmEmulator, startArmEmulator } from '@aks-backstage/arm-emulator';
import request from 'supertest';
import { startCachedBackend } from '../__testUtils__/cachedBackend';
import { clusterPath, clusters } from '../testUtils';

const caches = TestCaches.create({ ids: ['MEMORY', 'REDIS_7'] });
// Long enough that a loaded CI machine answers 50 requests well inside it.
const TTL_SECONDS = 1;

describe.each(caches.eachSupportedId())('caching on %p', cacheId => {
  let emulator: ArmEmulator;
  let server: Awaited<ReturnType<typeof startTestBackend>>['server'];
  const auth = { Authorization: mockCredentials.user.header() };
  const clusterGets = () =>
    emulator.admin.requests({ operation: 'ManagedClusters_Get' }).length;
  const expire = () =>
    new Promise(resolve => setTimeout(resolve, TTL_SECONDS * 1000 + 50));

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
  beforeEach(async () => {
    await expire();
    emulator.admin.reset();
    emulator.admin.clearRequests();
  });

  it('makes one Azure read for 50 identical concurrent requests, none while warm', async () => {
    const responses = await Promise.all(
      Array.from({ length: 50 }, () =>
        request(server).get(clusterPath(clusters.healthy)).set(auth),
      ),
    );
    expect(responses.map(r => r.status)).toEqual(Array(50).fill(200));
    expect(clusterGets()).toBe(1);

    await request(server).get(clusterPath(clusters.healthy)).set(auth);
    expect(clusterGets()).toBe(1);

    await expire();
    await request(server).get(clusterPath(clusters.healthy)).set(auth);
    expect(clusterGets()).toBe(2);
  });

  it('serves the last good data as stale while Azure throttles', async () => {
    const fresh = await request(server)
      .get(clusterPath(clusters.healthy))
      .set(auth);
    expect(fresh.body.stale).toBe(false);

    await expire();
    emulator.admin.addFault({
      kind: 'error',
      status: 429,
      retryAfterSeconds: 0,
      operation: 'ManagedClusters_Get',
    });
    const stale = await request(server)
      .get(clusterPath(clusters.healthy))
      .set(auth);

    expect(stale.status).toBe(200);
    expect(stale.body).toMatchObject({
      stale: true,
      fetchedAt: fresh.body.fetchedAt,
      name: 'aks-payments-prod',
    });
    expect(clusterGets()).toBeGreaterThan(1);
  });

  it('forgets a cluster after an operation of ours on it', async () => {
    await request(server).get(clusterPath(clusters.free)).set(auth);
    expect(clusterGets()).toBe(1);

    const accepted = await request(server)
      .post(`${clusterPath(clusters.free)}/node-pools/system/scale`)
      .set(auth)
      .send({ count: 3 });
    expect(accepted.status).toBe(202);

    await request(server).get(clusterPath(clusters.free)).set(auth);
    expect(clusterGets()).toBe(2);
  });
});
