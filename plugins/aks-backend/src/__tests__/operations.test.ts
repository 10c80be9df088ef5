import { AddressInfo } from 'node:net';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { ArmEmulator, startArmEmulator } from '@aks-backstage/arm-emulator';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { formatAksClusterId } from '@aks-backstage/plugin-aks-common';
import request from 'supertest';
import {
  armRequests,
  clusterPath,
  clusters,
  startAksTestBackend,
} from '../testUtils';

describe('cluster operations', () => {
  let emulator: ArmEmulator;
  let server: Awaited<ReturnType<typeof startTestBackend>>['server'];
  const auditor = mockServices.auditor.mock();
  const auth = { Authorization: mockCredentials.user.header() };

  async function finished(operationId: string) {
    for (let attempt = 0; attempt < 200; attempt++) {
      const { body } = await request(server)
        .get(`/api/aks/operations/${operationId}`)
        .set(auth);
      if (body.status !== 'InProgress') return body;
      await new Promise(resolve => setTimeout(resolve, 25));
    }
    throw new Error(`operation ${operationId} did not end`);
  }

  beforeAll(async () => {
    emulator = await startArmEmulator({ lroDurationMs: 50 });
    ({ server } = await startAksTestBackend({
      emulator,
      features: [
        auditor.factory,
        catalogServiceMock.factory({
          entities: [
            {
              apiVersion: 'backstage.io/v1alpha1',
              kind: 'Resource',
              metadata: {
                name: 'aks-platform-lts',
                namespace: 'default',
                annotations: {
                  'azure.com/aks-cluster-id': formatAksClusterId(clusters.lts),
                },
              },
              spec: { type: 'kubernetes-cluster', owner: 'team-platform' },
            },
          ],
        }),
      ],
    }));
  });
  afterAll(() => emulator.stop());
  beforeEach(() => emulator.admin.reset());

  it('starts a stopped cluster: 202, then Succeeded, and the cluster runs', async () => {
    const accepted = await request(server)
      .post(`${clusterPath(clusters.stopped)}/start`)
      .set(auth);
    expect(accepted.status).toBe(202);
    expect(accepted.body).toMatchObject({
      kind: 'start',
      status: 'InProgress',
      cluster: clusters.stopped,
      requestedBy: 'user:default/mock',
    });
    const { port } = server.address() as AddressInfo;
    expect(accepted.headers.location).toBe(
      `http://localhost:${port}/api/aks/operations/${accepted.body.id}`,
    );
    const followed = await fetch(accepted.headers.location, { headers: auth });
    expect(followed.status).toBe(200);
    expect(await followed.json()).toMatchObject({ id: accepted.body.id });

    expect(await finished(accepted.body.id)).toMatchObject({
      status: 'Succeeded',
      endedAt: expect.any(String),
    });
    const cluster = await request(server)
      .get(clusterPath(clusters.stopped))
      .set(auth);
    expect(cluster.body.powerState).toBe('Running');
    expect(auditor.createEvent).toHaveBeenCalledWith(
      expect.objectContaining({ eventId: 'cluster-operation' }),
    );
  });

  it('surfaces a failed long-running operation in the operation status', async () => {
    emulator.admin.failNextLro({
      code: 'VMExtensionProvisioningError',
      message: 'The node image upgrade failed',
    });
    const accepted = await request(server)
      .post(
        `${clusterPath(clusters.lts)}/node-pools/legacyapps/upgrade-node-image`,
      )
      .set(auth);
    expect(accepted.status).toBe(202);

    const operation = await finished(accepted.body.id);
    expect(operation.status).toBe('Failed');
    expect(operation.error.message).toContain('The node image upgrade failed');
  });

  it('answers the same request with the running operation, and another with 409 naming it', async () => {
    // Holds the first poll back, so that the stop is still running for us.
    emulator.admin.addFault({
      kind: 'latency',
      latencyMs: 1000,
      path: '/operationresults/',
      count: 1,
    });
    const first = await request(server)
      .post(`${clusterPath(clusters.free)}/stop`)
      .set(auth);
    expect(first.status).toBe(202);
    const again = await request(server)
      .post(`${clusterPath(clusters.free)}/stop`)
      .set(auth);
    expect(again.status).toBe(202);
    expect(again.body.id).toBe(first.body.id);
    const other = await request(server)
      .post(`${clusterPath(clusters.free)}/start`)
      .set(auth);
    expect(other.status).toBe(409);
    expect(other.body.error.message).toContain(
      `Operation ${first.body.id} (stop) is in progress`,
    );
    await finished(first.body.id);
    await finished(
      (
        await request(server)
          .post(`${clusterPath(clusters.free)}/start`)
          .set(auth)
      ).body.id,
    );
  });

  it('upgrades the control plane, then a pool, to a version the profile offers', async () => {
    const upgrades = await request(server)
      .get(`${clusterPath(clusters.free)}/upgrades`)
      .set(auth);
    const target = upgrades.body.controlPlaneProfile.upgrades.find(
      (u: { isPreview: boolean }) => !u.isPreview,
    ).kubernetesVersion;

    const controlPlane = await request(server)
      .post(`${clusterPath(clusters.free)}/upgrade`)
      .set(auth)
      .send({ kubernetesVersion: target, controlPlaneOnly: true });
    expect(controlPlane.status).toBe(202);
    expect(await finished(controlPlane.body.id)).toMatchObject({
      status: 'Succeeded',
    });

    const pool = await request(server)
      .post(`${clusterPath(clusters.free)}/node-pools/system/upgrade`)
      .set(auth)
      .send({ kubernetesVersion: target });
    expect(pool.status).toBe(202);
    expect(await finished(pool.body.id)).toMatchObject({
      status: 'Succeeded',
      kind: 'upgradeNodePool',
      nodePool: 'system',
    });

    const cluster = await request(server)
      .get(clusterPath(clusters.free))
      .set(auth);
    expect(cluster.body.currentKubernetesVersion).toBe(target);
    expect(cluster.body.nodePools[0].currentOrchestratorVersion).toBe(target);
  });

  it('passes on ARM 400 for a version the upgrade profile does not offer', async () => {
    const response = await request(server)
      .post(`${clusterPath(clusters.healthy)}/upgrade`)
      .set(auth)
      .send({ kubernetesVersion: '1.99.0' });
    expect(response.status).toBe(400);
    expect(response.body.error.name).toBe('InputError');
  });

  it.each([
    ['kubernetesVersion', 'upgrade', { kubernetesVersion: 'latest' }],
    ['count', 'node-pools/system/scale', { count: -1 }],
    ['nodePool', 'node-pools/Bad_Pool/scale', { count: 3 }],
  ])(
    'rejects a malformed %s with 400 and no Azure call',
    async (field, path, body) => {
      emulator.admin.clearRequests();
      const response = await request(server)
        .post(`${clusterPath(clusters.healthy)}/${path}`)
        .set(auth)
        .send(body);
      expect(response.status).toBe(400);
      expect(response.body.error.message).toContain(field);
      expect(armRequests(emulator)).toHaveLength(0);
    },
  );

  it('scales a manual pool and the new count shows', async () => {
    const accepted = await request(server)
      .post(`${clusterPath(clusters.free)}/node-pools/system/scale`)
      .set(auth)
      .send({ count: 4 });
    expect(accepted.status).toBe(202);
    expect(await finished(accepted.body.id)).toMatchObject({
      status: 'Succeeded',
    });
    const cluster = await request(server)
      .get(clusterPath(clusters.free))
      .set(auth);
    expect(
      cluster.body.nodePools.find((p: any) => p.name === 'system').count,
    ).toBe(4);
  });

  it('operates through an entity only on a cluster the entity names', async () => {
    const entityRef = encodeURIComponent('resource:default/aks-platform-lts');
    const elsewhere = await request(server)
      .post(`${clusterPath(clusters.healthy)}/stop?entityRef=${entityRef}`)
      .set(auth);
    expect(elsewhere.status).toBe(400);
    expect(elsewhere.body.error.message).toContain('does not name cluster');

    const accepted = await request(server)
      .post(
        `${clusterPath(
          clusters.lts,
        )}/node-pools/legacyapps/scale?entityRef=${entityRef}`,
      )
      .set(auth)
      .send({ count: 3 });
    expect(accepted.status).toBe(202);
    expect(await finished(accepted.body.id)).toMatchObject({
      status: 'Succeeded',
    });
  });

  it('rejects a malformed entityRef with 400 and no Azure call', async () => {
    emulator.admin.clearRequests();
    const response = await request(server)
      .post(`${clusterPath(clusters.healthy)}/stop?entityRef=component:`)
      .set(auth);
    expect(response.status).toBe(400);
    expect(response.body.error.message).toContain('entityRef');
    expect(armRequests(emulator)).toHaveLength(0);
  });

  it('answers 404 for an unknown operation', async () => {
    const response = await request(server)
      .get('/api/aks/operations/00000000-0000-4000-8000-000000000000')
      .set(auth);
    expect(response.status).toBe(404);
  });
});
