import { mockCredentials } from '@backstage/backend-test-utils';
import { ArmEmulator, startArmEmulator } from '@aks-backstage/arm-emulator';
import request from 'supertest';
import { startBackendOnCache } from '../__testUtils__/cachedBackend';
import { clusterPath, clusters } from '../testUtils';

describe('with the Redis cache store down', () => {
  let emulator: ArmEmulator;
  let backend: Awaited<ReturnType<typeof startBackendOnCache>>;
  const auth = { Authorization: mockCredentials.user.header() };

  beforeAll(async () => {
    emulator = await startArmEmulator({ lroDurationMs: 50 });
    backend = await startBackendOnCache({
      emulator,
      // Nothing listens on port 1.
      cache: { store: 'redis', connection: 'redis://127.0.0.1:1' },
    });
  });
  afterAll(async () => {
    await backend.stop();
    await emulator.stop();
  });

  it('reads clusters from Azure instead of waiting on the store', async () => {
    for (const cluster of [clusters.healthy, clusters.lts, clusters.healthy]) {
      const response = await request(backend.server)
        .get(clusterPath(cluster))
        .set(auth);
      expect(response.status).toBe(200);
      expect(response.body.name).toBe(cluster.name);
    }
    expect(
      emulator.admin.requests({ operation: 'ManagedClusters_Get' }),
    ).toHaveLength(3);
  });
});
