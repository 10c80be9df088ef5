import { ResponseError } from '@backstage/errors';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { registerMswTestHooks } from '@backstage/frontend-test-utils';
import { AksClient } from './AksClient';

const server = setupServer();
registerMswTestHooks(server);

const BASE = 'http://backstage.test/api/aks';
const cluster = {
  subscriptionId: '6f1a2b3c-0000-4000-8000-000000000001',
  resourceGroup: 'rg-payments-prod',
  name: 'aks-payments-prod',
};
const CLUSTER = `${BASE}/clusters/${cluster.subscriptionId}/rg-payments-prod/aks-payments-prod`;
const ENTITY = 'component:default/payments-api';

const client = new AksClient({
  discoveryApi: { getBaseUrl: async id => `http://backstage.test/api/${id}` },
  fetchApi: { fetch: (...args) => fetch(...args) },
});

/** Records each request and answers it with `{ ok: true }`. */
function record() {
  const seen: Array<{ method: string; url: string; body: unknown }> = [];
  server.use(
    http.all(`${BASE}/*`, async ({ request }) => {
      const text = await request.text();
      seen.push({
        method: request.method,
        url: request.url,
        body: text ? JSON.parse(text) : undefined,
      });
      return HttpResponse.json({ ok: true });
    }),
  );
  return seen;
}

describe('AksClient', () => {
  it('reads an entity’s clusters by its ref', async () => {
    const seen = record();
    await client.getEntityClusters('Component:default/payments-api');
    expect(seen[0].url).toBe(
      `${BASE}/entities/Component/default/payments-api/clusters`,
    );
  });

  it('reads an entity’s GitOps and workload identities by its ref, escaping each part', async () => {
    const seen = record();
    await client.getEntityGitOps('component:default/payments-api');
    await client.getEntityWorkloadIdentities('component:team a/payments#2');
    expect(seen.map(s => [s.method, s.url])).toEqual([
      ['GET', `${BASE}/entities/component/default/payments-api/gitops`],
      [
        'GET',
        `${BASE}/entities/component/team%20a/payments%232/workload-identities`,
      ],
    ]);
  });

  it('turns a refused GitOps read into a ResponseError with the server’s message', async () => {
    server.use(
      http.get(`${BASE}/entities/component/default/payments-api/gitops`, () =>
        HttpResponse.json(
          {
            error: { name: 'NotFoundError', message: 'No entity payments-api' },
            response: { statusCode: 404 },
          },
          { status: 404 },
        ),
      ),
    );
    const error = await client.getEntityGitOps(ENTITY).catch(e => e);
    expect(error).toBeInstanceOf(ResponseError);
    expect(error.response.status).toBe(404);
    expect(error.body.error.message).toBe('No entity payments-api');
  });

  it('pages the fleet with the query it is given, dropping empty values', async () => {
    const seen = record();
    await client.getFleetPage({
      health: 'degraded',
      limit: 500,
      cursor: undefined,
    });
    expect(seen[0].url).toBe(`${BASE}/clusters?health=degraded&limit=500`);
  });

  it('lists the configured subscriptions, where AKS is offered to one and the VM sizes there', async () => {
    const seen = record();
    await client.listSubscriptions();
    await client.listLocations(cluster.subscriptionId);
    await client.listVmSizes(cluster.subscriptionId, 'westeurope');
    expect(seen.map(s => s.url)).toEqual([
      `${BASE}/subscriptions`,
      `${BASE}/subscriptions/${cluster.subscriptionId}/locations`,
      `${BASE}/subscriptions/${cluster.subscriptionId}/locations/westeurope/vm-sizes`,
    ]);
  });

  it('reads upgrades and versions through an entity', async () => {
    const seen = record();
    await client.getUpgrades(cluster, { entityRef: ENTITY });
    await client.getKubernetesVersions(cluster.subscriptionId, 'westeurope', {
      entityRef: ENTITY,
    });
    expect(seen.map(s => s.url)).toEqual([
      `${CLUSTER}/upgrades?entityRef=component%3Adefault%2Fpayments-api`,
      `${BASE}/locations/westeurope/kubernetes-versions?subscriptionId=${cluster.subscriptionId}&entityRef=component%3Adefault%2Fpayments-api`,
    ]);
  });

  it.each([
    [{ kind: 'start' as const }, `${CLUSTER}/start`, undefined],
    [{ kind: 'stop' as const }, `${CLUSTER}/stop`, undefined],
    [
      {
        kind: 'upgradeControlPlane' as const,
        kubernetesVersion: '1.35.2',
        controlPlaneOnly: true,
      },
      `${CLUSTER}/upgrade`,
      { kubernetesVersion: '1.35.2', controlPlaneOnly: true },
    ],
    [
      {
        kind: 'upgradeNodePool' as const,
        nodePool: 'system',
        kubernetesVersion: '1.35.2',
      },
      `${CLUSTER}/node-pools/system/upgrade`,
      { kubernetesVersion: '1.35.2' },
    ],
    [
      { kind: 'upgradeNodeImage' as const, nodePool: 'system' },
      `${CLUSTER}/node-pools/system/upgrade-node-image`,
      undefined,
    ],
    [
      {
        kind: 'scaleNodePool' as const,
        nodePool: 'apps',
        minCount: 2,
        maxCount: 8,
      },
      `${CLUSTER}/node-pools/apps/scale`,
      { minCount: 2, maxCount: 8 },
    ],
  ])('starts %o with a POST to its endpoint', async (request, url, body) => {
    const seen = record();
    await client.startOperation(cluster, request, { entityRef: ENTITY });
    expect(seen).toEqual([
      {
        method: 'POST',
        url: `${url}?entityRef=component%3Adefault%2Fpayments-api`,
        body,
      },
    ]);
  });

  it('reads an upgrade’s readiness and the maintenance through an entity', async () => {
    const seen = record();
    await client.getUpgradeReadiness(cluster, '1.35.2', { entityRef: ENTITY });
    await client.getUpgradeReadiness(cluster, '1.35', {
      entityRef: ENTITY,
      controlPlaneOnly: true,
    });
    await client.getMaintenance(cluster, { entityRef: ENTITY });
    expect(seen.map(s => s.url)).toEqual([
      `${CLUSTER}/upgrade-readiness?version=1.35.2&entityRef=component%3Adefault%2Fpayments-api`,
      `${CLUSTER}/upgrade-readiness?version=1.35&controlPlaneOnly=true&entityRef=component%3Adefault%2Fpayments-api`,
      `${CLUSTER}/maintenance?entityRef=component%3Adefault%2Fpayments-api`,
    ]);
  });

  it('previews a maintenance window with a POST and sets it with a PUT', async () => {
    const seen = record();
    const maintenanceWindow = {
      schedule: { weekly: { intervalWeeks: 1, dayOfWeek: 'Sunday' as const } },
      durationHours: 4,
      startTime: '01:00',
      utcOffset: '+02:00',
    };
    await client.previewMaintenanceWindow(cluster, maintenanceWindow, {
      entityRef: ENTITY,
    });
    await client.setMaintenanceWindow(
      cluster,
      'aksManagedNodeOSUpgradeSchedule',
      maintenanceWindow,
      { entityRef: ENTITY },
    );
    expect(seen).toEqual([
      {
        method: 'POST',
        url: `${CLUSTER}/maintenance/preview?entityRef=component%3Adefault%2Fpayments-api`,
        body: { maintenanceWindow },
      },
      {
        method: 'PUT',
        url: `${CLUSTER}/maintenance/aksManagedNodeOSUpgradeSchedule?entityRef=component%3Adefault%2Fpayments-api`,
        body: { maintenanceWindow },
      },
    ]);
  });

  it('polls an operation through an entity', async () => {
    const seen = record();
    await client.getOperation('0b6f5a3e-6c1d-4d7a-9a51-3c1f3b2a1e01', {
      entityRef: ENTITY,
    });
    expect(seen[0].url).toBe(
      `${BASE}/operations/0b6f5a3e-6c1d-4d7a-9a51-3c1f3b2a1e01?entityRef=component%3Adefault%2Fpayments-api`,
    );
  });

  it('turns a backend error into a ResponseError with its status and message', async () => {
    server.use(
      http.get(`${BASE}/clusters`, () =>
        HttpResponse.json(
          {
            error: {
              name: 'NotAllowedError',
              message: 'Not allowed: aks.cluster.read',
            },
            response: { statusCode: 403 },
          },
          { status: 403 },
        ),
      ),
    );
    const error = await client.getFleetPage().catch(e => e);
    expect(error).toBeInstanceOf(ResponseError);
    expect(error.response.status).toBe(403);
    expect(error.body.error.message).toBe('Not allowed: aks.cluster.read');
  });
});
