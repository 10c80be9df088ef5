import { mockCredentials } from '@backstage/backend-test-utils';
import { ArmEmulator, startArmEmulator } from '@aks-backstage/arm-emulator';
import { AksClusterRef } from '@aks-backstage/plugin-aks-common';
import type { Server } from 'node:http';
import request from 'supertest';
import { clusterPath, clusters, startAksTestBackend } from '../testUtils';

const auth = { Authorization: mockCredentials.user.header() };

/** `POST /clusters/{…}/upgrade` checks the upgrade's readiness first. */
describe('an upgrade with blocking findings', () => {
  let emulator: ArmEmulator;
  let server: Server;

  const upgrade = (cluster: AksClusterRef, body: object) =>
    request(server)
      .post(`${clusterPath(cluster)}/upgrade`)
      .set(auth)
      .send(body);
  const writes = () =>
    emulator.admin.requests({ operation: 'ManagedClusters_CreateOrUpdate' });

  beforeAll(async () => {
    emulator = await startArmEmulator({ lroDurationMs: 50 });
    ({ server } = await startAksTestBackend({
      emulator,
      aks: { cacheTtlSeconds: 0 },
    }));
  }, 60_000);
  afterAll(() => emulator.stop());
  beforeEach(() => emulator.admin.clearRequests());

  it('is refused with 409 listing them, and nothing is sent', async () => {
    // The batch pool's surge node needs more vCPUs of its family than are left.
    const response = await upgrade(clusters.lts, {
      kubernetesVersion: '1.33.8',
    });
    expect(response.status).toBe(409);
    expect(response.body.error).toMatchObject({
      name: 'ConflictError',
      message: expect.stringContaining('Not enough vCPU quota'),
      findings: [
        expect.objectContaining({
          code: 'QuotaInsufficient',
          severity: 'blocking',
        }),
      ],
    });
    expect(writes()).toEqual([]);
  });

  it('goes ahead without them: the control plane alone adds no surge node', async () => {
    const response = await upgrade(clusters.lts, {
      kubernetesVersion: '1.33.8',
      controlPlaneOnly: true,
    });
    expect(response.status).toBe(202);
    expect(writes()).toHaveLength(1);
  });

  it('goes ahead once the findings are confirmed', async () => {
    // No vCPUs of the pool's family left for its surge node.
    emulator.admin.setQuota({
      subscriptionId: clusters.free.subscriptionId,
      location: 'northeurope',
      name: 'standardDDSv5Family',
      limit: 0,
    });
    const target = { kubernetesVersion: '1.34.5' };
    const refused = await upgrade(clusters.free, target);
    expect(refused.status).toBe(409);
    expect(refused.body.error.findings).toEqual([
      expect.objectContaining({ code: 'QuotaInsufficient' }),
    ]);
    const response = await upgrade(clusters.free, {
      ...target,
      confirmFindings: true,
    });
    expect(response.status).toBe(202);
    expect(response.body).toMatchObject({
      kind: 'upgradeControlPlane',
      status: 'InProgress',
    });
    expect(writes()).toHaveLength(1);
  });
});
