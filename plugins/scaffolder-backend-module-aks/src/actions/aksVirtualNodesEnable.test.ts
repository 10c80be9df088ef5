import { ArmEmulator, startArmEmulator } from '@aks-backstage/arm-emulator';
import {
  actionContext,
  armRequests,
  armWrites,
  emulatorClients,
  subnetId,
  until,
} from '../__testUtils__/emulatorClients';
import { createAksClusterCreateAction } from './aksCreate';
import { createAksVirtualNodesEnableAction } from './aksVirtualNodesEnable';

const PROD = '6f1a2b3c-0000-4000-8000-000000000001';
const clusterId = (name: string, group = 'rg-platform-prod') =>
  `/subscriptions/${PROD}/resourceGroups/${group}/providers/Microsoft.ContainerService/managedClusters/${name}`;

describe('azure:aks:virtual-nodes:enable', () => {
  let emulator: ArmEmulator;
  let action: ReturnType<typeof createAksVirtualNodesEnableAction>;
  const addon = (name: string) =>
    emulator.admin.getResource(clusterId(name)).properties.addonProfiles
      ?.aciConnectorLinux;
  const updates = () =>
    emulator.admin.requests({ operation: 'ManagedClusters_CreateOrUpdate' });

  /** An Azure CNI cluster with its nodes in a subnet, as virtual nodes need. */
  async function cniCluster(name: string) {
    const clients = emulatorClients(emulator);
    await createAksClusterCreateAction({ clients }).handler(
      actionContext({
        subscriptionId: PROD,
        resourceGroup: 'rg-platform-prod',
        name,
        location: 'westeurope',
        networkPluginMode: 'nodeSubnet',
        subnetId: subnetId(PROD),
      }),
    );
    emulator.admin.clearRequests();
    return clusterId(name);
  }

  beforeAll(async () => {
    emulator = await startArmEmulator({ lroDurationMs: 150 });
    action = createAksVirtualNodesEnableAction({
      clients: emulatorClients(emulator),
    });
  });
  afterAll(() => emulator.stop());
  beforeEach(() => {
    emulator.admin.reset();
    emulator.admin.clearRequests();
  });

  it('enables the ACI connector in its subnet and waits; a re-run changes nothing', async () => {
    const id = await cniCluster('aks-burst-a');
    const ctx = actionContext({ clusterId: id, subnetName: 'snet-aci' });

    await action.handler(ctx);

    expect(addon('aks-burst-a')).toMatchObject({
      enabled: true,
      config: { SubnetName: 'snet-aci' },
    });
    expect(ctx.output).toHaveBeenCalledWith(
      'connectorIdentityObjectId',
      addon('aks-burst-a').identity.objectId,
    );
    expect(emulator.admin.getResource(id).properties.provisioningState).toBe(
      'Succeeded',
    );

    emulator.admin.clearRequests();
    await action.handler(
      actionContext({ clusterId: id, subnetName: 'snet-aci' }),
    );
    expect(armWrites(emulator)).toEqual([]);
  });

  it.each([
    [
      'aks-dev-free',
      'uses Azure CNI overlay',
      '/subscriptions/6f1a2b3c-0000-4000-8000-000000000002/resourceGroups/rg-dev/providers/Microsoft.ContainerService/managedClusters/aks-dev-free',
    ],
    [
      'aks-legacy-prod',
      'uses the kubenet network plugin',
      clusterId('aks-legacy-prod', 'rg-payments-prod'),
    ],
  ])('refuses %s, which %s, before any write', async (name, why, id) => {
    await expect(
      action.handler(actionContext({ clusterId: id, subnetName: 'snet-aci' })),
    ).rejects.toMatchObject({
      name: 'InputError',
      message: expect.stringContaining(`clusterId: AKS cluster ${name} ${why}`),
    });
    expect(armRequests(emulator).map(r => r.operation)).toEqual([
      'ManagedClusters_Get',
    ]);
  });

  it.each([
    [{ clusterId: 'aks-burst' }, 'clusterId'],
    [{ subnetName: 'snet/aci' }, 'subnetName'],
  ])('refuses %j naming %s, without calling Azure', async (change, field) => {
    const input = {
      clusterId: clusterId('aks-virtualnodes'),
      subnetName: 'snet-virtual-nodes',
    };
    await expect(
      action.handler(actionContext({ ...input, ...change })),
    ).rejects.toMatchObject({
      name: 'InputError',
      message: expect.stringContaining(`${field}:`),
    });
    expect(emulator.admin.requests()).toEqual([]);
  });

  it('keeps virtual nodes enabled as asked, and refuses another subnet', async () => {
    const id = clusterId('aks-virtualnodes');
    await action.handler(
      actionContext({ clusterId: id, subnetName: 'snet-virtual-nodes' }),
    );
    await expect(
      action.handler(
        actionContext({ clusterId: id, subnetName: 'snet-other' }),
      ),
    ).rejects.toThrow(
      /subnetName: wanted "snet-other", found "snet-virtual-nodes"/,
    );
    const dry = actionContext(
      { clusterId: await cniCluster('aks-burst-dry'), subnetName: 'snet-aci' },
      { isDryRun: true },
    );
    await action.handler(dry);
    expect(dry.logger.info).toHaveBeenCalledWith(
      expect.stringMatching(
        /^Would enable Virtual nodes .* in subnet snet-aci$/,
      ),
    );
    expect(armWrites(emulator)).toEqual([]);
    expect(addon('aks-burst-dry')).toBeUndefined();
  });

  it("reports Azure's provisioning error, and waits for its own change after cancellation", async () => {
    const failing = await cniCluster('aks-burst-f');
    emulator.admin.failNextLro({
      operation: 'ManagedClusters_CreateOrUpdate',
      code: 'SubnetIsFull',
      message: 'Subnet snet-aci has no free addresses',
    });
    await expect(
      action.handler(
        actionContext({ clusterId: failing, subnetName: 'snet-aci' }),
      ),
    ).rejects.toThrow(
      /failed after \d+s: SubnetIsFull: Subnet snet-aci has no free addresses/,
    );

    const id = await cniCluster('aks-burst-c');
    const controller = new AbortController();
    const cancelled = action.handler(
      actionContext(
        { clusterId: id, subnetName: 'snet-aci' },
        { signal: controller.signal },
      ),
    );
    await until(() => updates().length === 1);
    controller.abort();
    await expect(cancelled).rejects.toThrow(/Cancelled while waiting/);

    await action.handler(
      actionContext({ clusterId: id, subnetName: 'snet-aci' }),
    );
    expect(updates()).toHaveLength(1);
    expect(emulator.admin.getResource(id).properties.provisioningState).toBe(
      'Succeeded',
    );
  });
});
