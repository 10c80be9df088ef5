import { capturedLogs, LogLine } from '../__testUtils__/capturedLogs';
import {
  mockCredentials,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { ArmEmulator, startArmEmulator } from '@aks-backstage/arm-emulator';
import request from 'supertest';
import { clusterPath, clusters, startAksTestBackend } from '../testUtils';

/*
 * Answers real ARM gives and the emulator's models do not: the cluster is
 * shown with everything that could be read, and a fault on the plugin's side
 * is never reported as Azure being unavailable.
 */
describe('answers of real Azure', () => {
  let emulator: ArmEmulator;
  let server: Awaited<ReturnType<typeof startTestBackend>>['server'];
  const auth = { Authorization: mockCredentials.user.header() };
  let logs: LogLine[] = [];
  const lts = clusterPath(clusters.lts);
  const ltsId = `/subscriptions/${clusters.lts.subscriptionId}/resourceGroups/${clusters.lts.resourceGroup}/providers/Microsoft.ContainerService/managedClusters/${clusters.lts.name}`;

  const entityWithLts = {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: {
      name: 'platform',
      namespace: 'default',
      annotations: { 'azure.com/aks-cluster-id': ltsId },
    },
    spec: {},
  };

  beforeAll(async () => {
    emulator = await startArmEmulator({ lroDurationMs: 50 });
    const captured = capturedLogs();
    logs = captured.lines;
    ({ server } = await startAksTestBackend({
      emulator,
      aks: { cacheTtlSeconds: 0 },
      features: [
        captured.factory,
        catalogServiceMock.factory({ entities: [entityWithLts] }),
      ],
    }));
  });
  afterAll(() => emulator.stop());
  beforeEach(() => {
    emulator.admin.reset();
    logs.splice(0);
  });

  it.each([
    [
      'a null pool list, as AKS sends it after a create without waiting',
      { kind: 'reshape' as const, shape: { nullify: ['agentPoolProfiles'] } },
    ],
    [
      'an answer that is not JSON',
      { kind: 'respond' as const, status: 200, text: '{"properties": {' },
    ],
  ])(
    'shows the cluster, its upgrade options unknown, for an upgrade profile with %s',
    async (_, fault) => {
      emulator.admin.addFault({
        operation: 'ManagedClusters_GetUpgradeProfile',
        ...fault,
      });
      const cluster = await request(server).get(lts).set(auth);
      expect(cluster.status).toBe(200);
      expect(cluster.body.name).toBe(clusters.lts.name);
      expect(cluster.body.nodePools.length).toBeGreaterThan(0);
      expect(cluster.body.upgrades.unknown).toMatch(
        /could not read Azure's answer/,
      );
      expect(cluster.body.upgrades.unknown).not.toMatch(/unavailable/i);
      expect(cluster.body.health.warnings).toContainEqual(
        expect.objectContaining({ code: 'UpgradesUnknown' }),
      );
      expect(logs).toContainEqual(
        expect.objectContaining({
          level: 'error',
          message: expect.stringContaining('upgrade options'),
          meta: expect.objectContaining({ stack: expect.any(String) }),
        }),
      );

      const upgrades = await request(server).get(`${lts}/upgrades`).set(auth);
      expect(upgrades.status).toBe(200);
      expect(upgrades.body.unknown).toMatch(/could not read/);

      const entity = await request(server)
        .get('/api/aks/entities/component/default/platform/clusters')
        .set(auth);
      expect(entity.status).toBe(200);
      expect(entity.body.items).toEqual([
        expect.objectContaining({
          cluster: expect.objectContaining({
            upgrades: expect.objectContaining({ unknown: expect.any(String) }),
          }),
        }),
      ]);
    },
  );

  it('shows the cluster with its support unknown when the region versions fail', async () => {
    emulator.admin.addFault({
      operation: 'ManagedClusters_ListKubernetesVersions',
      kind: 'error',
      status: 503,
      count: 10,
    });
    const cluster = await request(server).get(lts).set(auth);
    expect(cluster.status).toBe(200);
    expect(cluster.body.support.status).toBe('unknown');
    expect(
      cluster.body.health.warnings.find(
        (w: { code: string }) => w.code === 'KubernetesVersionsUnknown',
      )?.message,
    ).toMatch(/unavailable for subscription/);
  });

  it('answers a fault on its own side as its own, logged with its cause, never as Azure unavailable', async () => {
    emulator.admin.addFault({
      operation: 'ManagedClusters_Get',
      kind: 'respond',
      status: 200,
      text: 'not json',
    });
    const cluster = await request(server).get(lts).set(auth);
    expect(cluster.status).toBe(500);
    expect(cluster.body.error.name).toBe('AzureAnswerUnreadableError');
    expect(cluster.body.error.message).not.toMatch(/unavailable/i);
    expect(JSON.stringify(cluster.body)).not.toContain('not json');
    expect(logs).toContainEqual(
      expect.objectContaining({
        level: 'error',
        meta: expect.objectContaining({ message: expect.any(String) }),
      }),
    );
  });

  it('reports an operation in a provisioning state the spec does not list as in progress', async () => {
    const stored = emulator.admin.getResource(ltsId);
    emulator.admin.putResource(ltsId, {
      ...stored,
      properties: {
        ...stored.properties,
        agentPoolProfiles: stored.properties.agentPoolProfiles.map(
          (pool: Record<string, unknown>, i: number) =>
            i === 0
              ? { ...pool, provisioningState: 'UpgradingNodeImageVersion' }
              : pool,
        ),
      },
    });
    const cluster = await request(server).get(lts).set(auth);
    expect(cluster.status).toBe(200);
    expect(cluster.body.health.status).toBe('updating');
    expect(cluster.body.health.warnings).toContainEqual(
      expect.objectContaining({
        code: 'NodePoolUpdating',
        message: expect.stringContaining('UpgradingNodeImageVersion'),
      }),
    );
    emulator.admin.putResource(ltsId, stored);
  });

  it('lists the fleet without a cluster whose id is not a cluster id, naming it in the log', async () => {
    emulator.admin.addFault({
      operation: 'ManagedClusters_List',
      kind: 'reshape',
      shape: { values: { id: '/subscriptions/subid1/resourceGroups/rg1' } },
      count: 1,
    });
    const fleet = await request(server).get('/api/aks/clusters').set(auth);
    expect(fleet.status).toBe(200);
    expect(fleet.body.failedSubscriptions).toEqual([]);
    expect(logs).toContainEqual(
      expect.objectContaining({
        level: 'warn',
        message: expect.stringContaining('Left out a cluster'),
      }),
    );
  });
});
