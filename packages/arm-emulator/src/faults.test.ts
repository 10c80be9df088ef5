import { startArmEmulator } from './startArmEmulator';
import type { ArmEmulator } from './types';
import { DEMO_IDS } from './seeds/demoIds';
import { armFetch } from './__testUtils__/armFetch';

const LIST = `/subscriptions/${DEMO_IDS.productionSubscriptionId}/providers/Microsoft.ContainerService/managedClusters?api-version=2026-06-01`;

describe('fault injection', () => {
  let emulator: ArmEmulator;
  beforeAll(async () => {
    emulator = await startArmEmulator();
  });
  afterAll(() => emulator.stop());
  afterEach(() => emulator.admin.reset());

  it('answers injected 500/503 errors by operation name and logs them', async () => {
    emulator.admin.addFault({
      kind: 'error',
      status: 503,
      operation: 'ManagedClusters_List',
      count: 1,
    });
    expect((await armFetch(emulator, 'GET', LIST)).status).toBe(503);
    expect((await armFetch(emulator, 'GET', LIST)).status).toBe(200);
    emulator.admin.addFault({
      kind: 'error',
      status: 500,
      method: 'GET',
      path: 'managedClusters$',
    });
    expect((await armFetch(emulator, 'GET', LIST)).body.error.code).toBe(
      'InternalServerError',
    );
    expect(
      emulator.admin
        .requests({ operation: 'ManagedClusters_List' })
        .map(r => r.status),
    ).toEqual([503, 200, 500]);
  });

  it('answers in the shapes real ARM sends, and with canned answers', async () => {
    emulator.admin.addFault({
      kind: 'reshape',
      operation: 'ManagedClusters_List',
      shape: {
        omit: ['fqdn'],
        nullify: ['agentPoolProfiles'],
        values: { provisioningState: 'UpgradingNodeImageVersion', count: 'x' },
        extraProperties: true,
      },
    });
    const [cluster] = (await armFetch(emulator, 'GET', LIST)).body.value;
    expect(cluster.properties).not.toHaveProperty('fqdn');
    expect(cluster.properties.agentPoolProfiles).toBeNull();
    expect(cluster.properties.provisioningState).toBe(
      'UpgradingNodeImageVersion',
    );
    expect(cluster.properties.propertyOfANewerApiVersion).toBeDefined();
    expect(cluster.id).toMatch(/^\/subscriptions\//);

    emulator.admin.reset();
    emulator.admin.addFault({
      kind: 'respond',
      operation: 'ManagedClusters_List',
      status: 200,
      text: 'not json',
      count: 1,
    });
    expect((await armFetch(emulator, 'GET', LIST)).text).toBe('not json');
    expect((await armFetch(emulator, 'GET', LIST)).status).toBe(200);
  });

  it('drops connections and hangs requests', async () => {
    emulator.admin.addFault({
      kind: 'drop',
      operation: 'ManagedClusters_List',
      count: 1,
    });
    await expect(armFetch(emulator, 'GET', LIST)).rejects.toThrow(
      /socket hang up|ECONNRESET/,
    );
    emulator.admin.addFault({
      kind: 'hang',
      operation: 'ManagedClusters_List',
      count: 1,
    });
    const result = await Promise.race([
      armFetch(emulator, 'GET', LIST).then(() => 'answered'),
      new Promise(r => setTimeout(() => r('hung'), 200)),
    ]);
    expect(result).toBe('hung');
  });

  it('throttles per subscription with ARM-shaped 429s and counting-down headers', async () => {
    emulator.admin.setThrottling({
      reads: { capacity: 3, refillPerSecond: 0.01 },
      writes: { capacity: 3, refillPerSecond: 0.01 },
    });
    const remaining: string[] = [];
    for (let i = 0; i < 3; i++)
      remaining.push(
        (await armFetch(emulator, 'GET', LIST)).headers[
          'x-ms-ratelimit-remaining-subscription-reads'
        ] as string,
      );
    expect(remaining).toEqual(['2', '1', '0']);
    const throttled = await armFetch(emulator, 'GET', LIST);
    expect(throttled.status).toBe(429);
    expect(throttled.body.error.code).toBe('SubscriptionRequestsThrottled');
    expect(Number(throttled.headers['retry-after'])).toBeGreaterThan(0);
    const other = `/subscriptions/${DEMO_IDS.developmentSubscriptionId}/providers/Microsoft.ContainerService/managedClusters?api-version=2026-06-01`;
    expect((await armFetch(emulator, 'GET', other)).status).toBe(200);
  });

  it('adds latency and exposes the admin API over HTTP', async () => {
    emulator.admin.clearRequests();
    emulator.admin.setLatency({ fixedMs: 60 });
    const started = Date.now();
    await armFetch(emulator, 'GET', LIST);
    expect(Date.now() - started).toBeGreaterThanOrEqual(55);
    const added = await armFetch(emulator, 'POST', '/_emulator/faults', {
      body: {
        kind: 'error',
        status: 503,
        operation: 'ManagedClusters_List',
        count: 1,
      },
    });
    expect(added.status).toBe(201);
    expect((await armFetch(emulator, 'GET', LIST)).status).toBe(503);
    const log = await armFetch(
      emulator,
      'GET',
      '/_emulator/requests?operation=ManagedClusters_List&status=503',
    );
    expect(log.body.value.length).toBe(1);
    const resource = await armFetch(
      emulator,
      'GET',
      `/_emulator/resource?id=${encodeURIComponent(
        `/subscriptions/${DEMO_IDS.developmentSubscriptionId}/resourceGroups/rg-dev/providers/Microsoft.ContainerService/managedClusters/aks-dev-failed`,
      )}`,
    );
    expect(resource.body.properties.status.provisioningError.code).toBe(
      'VMExtensionProvisioningError',
    );
  });

  it('builds a reproducible fleet seed', async () => {
    const a = await startArmEmulator({ seed: 'fleet:300x7' });
    const b = await startArmEmulator({ seed: 'fleet:300x7' });
    try {
      const clusters = a.admin.listResources(
        'Microsoft.ContainerService/managedClusters',
      );
      expect(clusters).toHaveLength(300);
      expect(a.subscriptionIds).toHaveLength(7);
      expect(
        JSON.stringify(
          clusters.map(c => [
            c.id,
            (c.body as any).properties.provisioningState,
          ]),
        ),
      ).toBe(
        JSON.stringify(
          b.admin
            .listResources('Microsoft.ContainerService/managedClusters')
            .map(c => [c.id, (c.body as any).properties.provisioningState]),
        ),
      );
    } finally {
      await a.stop();
      await b.stop();
    }
  });
});
