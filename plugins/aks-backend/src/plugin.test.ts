import {
  mockCredentials,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { ArmEmulator, startArmEmulator } from '@aks-backstage/arm-emulator';
import request from 'supertest';
import {
  armRequests,
  clusterPath,
  clusters,
  startAksTestBackend,
} from './testUtils';

describe('aksPlugin against the ARM emulator', () => {
  let emulator: ArmEmulator;
  let server: Awaited<ReturnType<typeof startTestBackend>>['server'];
  const auth = { Authorization: mockCredentials.user.header() };

  beforeAll(async () => {
    emulator = await startArmEmulator({ lroDurationMs: 50 });
    ({ server } = await startAksTestBackend({ emulator }));
  });

  afterAll(() => emulator.stop());
  beforeEach(() => {
    emulator.admin.reset();
    emulator.admin.clearRequests();
  });

  it('answers /health without credentials', async () => {
    const response = await request(server).get('/api/aks/health');
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ status: 'ok' });
  });

  it('reads a cluster with its node pools and health', async () => {
    const response = await request(server)
      .get(clusterPath(clusters.healthy))
      .set(auth);

    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      name: 'aks-payments-prod',
      subscriptionDisplayName: 'Contoso Production',
      provisioningState: 'Succeeded',
      powerState: 'Running',
      tier: 'Standard',
      networkProfile: { networkPlugin: 'azure', networkPluginMode: 'overlay' },
      stale: false,
    });
    expect(response.body.fqdn).toMatch(/\.azmk8s\.io$/);
    expect(response.body.nodePools.length).toBeGreaterThanOrEqual(2);
    // Each pool's newest node image is for its own OS, and not older than its own.
    for (const pool of response.body.nodePools) {
      const [, os, build] = pool.nodeImageVersion.match(
        /^(.+)-(\d{6}\.\d{2}\.\d+)$/,
      );
      expect(pool.latestNodeImageVersion).toMatch(
        new RegExp(`^${os}-\\d{6}\\.\\d{2}\\.\\d+$`),
      );
      expect(pool.latestNodeImageVersion.slice(os.length + 1) >= build).toBe(
        true,
      );
    }
    expect(response.body.health.status).toBe('healthy');
    expect(Date.parse(response.body.fetchedAt)).not.toBeNaN();
  });

  it('shows a stopped cluster as stopped', async () => {
    const response = await request(server)
      .get(clusterPath(clusters.stopped))
      .set(auth);
    expect(response.body.powerState).toBe('Stopped');
    expect(response.body.health.status).toBe('stopped');
  });

  it('answers 404 with ARM code for a cluster that does not exist', async () => {
    const response = await request(server)
      .get(clusterPath({ ...clusters.healthy, name: 'aks-nowhere' }))
      .set(auth);
    expect(response.status).toBe(404);
    expect(response.body.error.message).toContain('ResourceNotFound');
  });

  it.each([
    ['subscriptionId', '/api/aks/clusters/not-a-guid/rg/aks'],
    ['name', `/api/aks/clusters/${clusters.healthy.subscriptionId}/rg/-bad-`],
    [
      'resourceGroup',
      `/api/aks/clusters/${clusters.healthy.subscriptionId}/rg.ends.with.dot./aks`,
    ],
  ])(
    'rejects a malformed %s with 400 and no Azure call',
    async (field, path) => {
      const response = await request(server).get(path).set(auth);
      expect(response.status).toBe(400);
      expect(response.body.error.message).toContain(field);
      expect(armRequests(emulator)).toHaveLength(0);
    },
  );

  it('refuses a subscription that is not configured, without calling it', async () => {
    const response = await request(server)
      .get(
        clusterPath({
          ...clusters.healthy,
          subscriptionId: '00000000-0000-4000-8000-000000000999',
        }),
      )
      .set(auth);
    expect(response.status).toBe(403);
    expect(response.body.error.message).toContain('not configured');
    expect(armRequests(emulator)).toHaveLength(0);
  });

  it('lists the configured subscriptions without calling Azure', async () => {
    const response = await request(server)
      .get('/api/aks/subscriptions')
      .set(auth);
    expect(response.status).toBe(200);
    expect(response.body.items).toEqual([
      expect.objectContaining({
        subscriptionId: clusters.healthy.subscriptionId,
        displayName: 'Contoso Production',
      }),
      expect.objectContaining({
        subscriptionId: clusters.stopped.subscriptionId,
      }),
    ]);
    expect(armRequests(emulator)).toHaveLength(0);
  });

  it("lists where AKS is offered from the subscription's provider registration, once", async () => {
    const path = `/api/aks/subscriptions/${clusters.healthy.subscriptionId}/locations`;
    const first = await request(server).get(path).set(auth);
    const second = await request(server).get(path).set(auth);
    expect(first.status).toBe(200);
    expect(first.body.items).toContainEqual({
      name: 'westeurope',
      displayName: 'West Europe',
    });
    expect(second.body).toEqual(first.body);
    expect(armRequests(emulator).map(r => r.operation)).toEqual([
      'Providers_Get',
    ]);
  });

  it('lists the fleet of both subscriptions, filtered and paged', async () => {
    const all = await request(server).get('/api/aks/clusters').set(auth);
    expect(all.status).toBe(200);
    expect(all.body.totalCount).toBe(11);
    expect(new Set(all.body.items.map((c: any) => c.subscriptionId)).size).toBe(
      2,
    );

    const stopped = await request(server)
      .get('/api/aks/clusters?health=stopped')
      .set(auth);
    expect(stopped.body.items.map((c: any) => c.name)).toEqual([
      'aks-dev-stopped',
    ]);

    const firstPage = await request(server)
      .get('/api/aks/clusters?limit=3')
      .set(auth);
    expect(firstPage.body.items).toHaveLength(3);
    const secondPage = await request(server)
      .get(`/api/aks/clusters?limit=3&cursor=${firstPage.body.nextCursor}`)
      .set(auth);
    expect(secondPage.body.items[0].id).not.toBe(firstPage.body.items[0].id);

    const outOfSupport = await request(server)
      .get('/api/aks/clusters?supportStatus=out-of-support')
      .set(auth);
    expect(outOfSupport.body.items.map((c: any) => c.name)).toEqual([
      'aks-legacy-prod',
    ]);
  });

  it('lists the Kubernetes versions of a location', async () => {
    const response = await request(server)
      .get(
        `/api/aks/locations/westeurope/kubernetes-versions?subscriptionId=${clusters.healthy.subscriptionId}`,
      )
      .set(auth);
    expect(response.status).toBe(200);
    expect(response.body.versions.length).toBeGreaterThan(2);
    expect(response.body.versions[0]).toMatchObject({
      version: expect.stringMatching(/^1\.\d+$/),
      supportPlans: expect.any(Array),
    });
  });

  it('lists the upgrades of the control plane and pools', async () => {
    const response = await request(server)
      .get(`${clusterPath(clusters.free)}/upgrades`)
      .set(auth);
    expect(response.status).toBe(200);
    expect(response.body.controlPlaneProfile.upgrades.length).toBeGreaterThan(
      0,
    );
    expect(response.body.agentPoolProfiles.length).toBeGreaterThan(0);
  });

  it('turns Azure 5xx into 503 when nothing is cached', async () => {
    emulator.admin.addFault({
      kind: 'error',
      status: 500,
      operation: 'ManagedClusters_Get',
    });
    const response = await request(server)
      .get(clusterPath({ ...clusters.free, name: 'aks-dev-failed' }))
      .set(auth);
    expect(response.status).toBe(503);
    expect(JSON.stringify(response.body)).not.toMatch(/Bearer|eyJ|secret/i);
  });
});
