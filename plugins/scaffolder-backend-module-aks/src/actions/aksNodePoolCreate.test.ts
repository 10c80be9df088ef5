import { ArmEmulator, startArmEmulator } from '@aks-backstage/arm-emulator';
import {
  actionContext,
  armRequests,
  armWrites,
  emulatorClients,
  until,
} from '../__testUtils__/emulatorClients';
import { createAksNodePoolCreateAction } from './aksNodePoolCreate';

const CLUSTER =
  '/subscriptions/6f1a2b3c-0000-4000-8000-000000000002/resourceGroups/rg-dev/providers/Microsoft.ContainerService/managedClusters/aks-dev-free';
const LTS =
  '/subscriptions/6f1a2b3c-0000-4000-8000-000000000001/resourceGroups/rg-platform-prod/providers/Microsoft.ContainerService/managedClusters/aks-platform-lts';

describe('azure:aks:nodepool:create', () => {
  let emulator: ArmEmulator;
  let action: ReturnType<typeof createAksNodePoolCreateAction>;
  const spot = (name: string) => ({
    clusterId: CLUSTER,
    name,
    priority: 'Spot',
    enableAutoScaling: true,
    minCount: 0,
    maxCount: 5,
  });
  const pool = (name: string, cluster = CLUSTER) =>
    emulator.admin.getResource(`${cluster}/agentPools/${name}`);
  const creates = () =>
    emulator.admin.requests({ operation: 'AgentPools_CreateOrUpdate' });

  beforeAll(async () => {
    emulator = await startArmEmulator({ lroDurationMs: 150 });
    action = createAksNodePoolCreateAction({
      clients: emulatorClients(emulator),
    });
  });
  afterAll(() => emulator.stop());
  beforeEach(() => {
    emulator.admin.reset();
    emulator.admin.clearRequests();
  });

  it('adds a spot pool, waits until it runs, and a re-run changes nothing', async () => {
    const ctx = actionContext(spot('spota'));
    await action.handler(ctx);

    expect(pool('spota').properties).toMatchObject({
      provisioningState: 'Succeeded',
      mode: 'User',
      scaleSetPriority: 'Spot',
      scaleSetEvictionPolicy: 'Delete',
      spotMaxPrice: -1,
      count: 0,
      tags: { 'backstage-scaffolder-task': 'mock-task-id' },
    });
    expect(ctx.output).toHaveBeenCalledWith(
      'nodePoolId',
      `${CLUSTER}/agentPools/spota`,
    );
    expect(ctx.output).toHaveBeenCalledWith(
      'annotation',
      `azure.com/aks-cluster-id: ${CLUSTER}`,
    );

    emulator.admin.clearRequests();
    await action.handler(actionContext(spot('spota')));
    expect(armWrites(emulator)).toEqual([]);
  });

  it.each([
    [{ name: 'Spot-1' }, 'name'],
    [{ minCount: 6 }, 'minCount'],
    [{ mode: 'System' }, 'priority'],
    [{ spotMaxPrice: 0 }, 'spotMaxPrice'],
    [{ taints: ['dedicated'] }, 'taints.0'],
    [{ clusterId: '/subscriptions/x/resourceGroups/rg' }, 'clusterId'],
    [
      {
        clusterId: CLUSTER.replace(
          '6f1a2b3c-0000-4000-8000-000000000002',
          '00000000-0000-4000-8000-000000000999',
        ),
      },
      'clusterId',
    ],
  ])('refuses %j naming %s, without calling Azure', async (change, field) => {
    await expect(
      action.handler(actionContext({ ...spot('bad'), ...change })),
    ).rejects.toMatchObject({
      name: 'InputError',
      message: expect.stringContaining(`${field}:`),
    });
    expect(emulator.admin.requests()).toEqual([]);
  });

  it('adopts a pool that exists as asked and refuses one that differs', async () => {
    // aks-platform-lts's pool "spot": Standard_D8as_v5 spot nodes, autoscaled 0-5.
    const existing = {
      clusterId: LTS,
      name: 'spot',
      vmSize: 'Standard_D8as_v5',
      priority: 'Spot',
      enableAutoScaling: true,
      minCount: 0,
      maxCount: 5,
    };
    await action.handler(actionContext(existing));
    expect(armWrites(emulator)).toEqual([]);

    await expect(
      action.handler(
        actionContext({ ...existing, maxCount: 20, labels: { a: 'b' } }),
      ),
    ).rejects.toThrow(
      /spot exists and differs from the input: maxCount: wanted 20, found 5; labels: wanted \{"a":"b"\}, found \{\}/,
    );
    expect(armWrites(emulator)).toEqual([]);
    expect(pool('spot', LTS).properties.maxCount).toBe(5);
  });

  it('checks read-only in a dry run', async () => {
    const ctx = actionContext(spot('spotdry'), { isDryRun: true });
    await action.handler(ctx);
    expect(ctx.output).toHaveBeenCalledWith(
      'nodePoolId',
      `${CLUSTER}/agentPools/spotdry`,
    );
    expect(armRequests(emulator).map(r => r.operation)).toEqual([
      'ManagedClusters_Get',
      'AgentPools_Get',
    ]);
    expect(pool('spotdry')).toBeUndefined();
  });

  it('reports a failed create, and waits for its own pool after cancellation', async () => {
    emulator.admin.failNextLro({
      operation: 'AgentPools_CreateOrUpdate',
      code: 'AllocationFailed',
      message: 'No spot capacity for Standard_D4ds_v5',
    });
    await expect(
      action.handler(actionContext(spot('spotfail'))),
    ).rejects.toThrow(
      /spotfail failed after \d+s: .*AllocationFailed.*No spot capacity/,
    );

    const controller = new AbortController();
    const cancelled = action.handler(
      actionContext(spot('spotlate'), { signal: controller.signal }),
    );
    await until(() => creates().length === 2);
    controller.abort();
    await expect(cancelled).rejects.toThrow(/Cancelled while waiting/);

    await action.handler(actionContext(spot('spotlate')));
    expect(creates()).toHaveLength(2);
    expect(pool('spotlate').properties.provisioningState).toBe('Succeeded');
  });
});
