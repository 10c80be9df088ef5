import { ArmEmulator, startArmEmulator } from '@aks-backstage/arm-emulator';
import {
  actionContext,
  armWrites,
  emulatorClients,
} from '../__testUtils__/emulatorClients';
import { nameBasedGuid } from '../lib/roleAssignments';
import { ACR_PULL_ROLE, createAcrAttachAction } from './acrAttach';

const PROD = '6f1a2b3c-0000-4000-8000-000000000001';
const GROUP = `/subscriptions/${PROD}/resourceGroups/rg-platform-prod`;
const REGISTRY = `${GROUP}/providers/Microsoft.ContainerRegistry/registries/acrcontosoprod`;
const cluster = (name: string, group = GROUP) =>
  `${group}/providers/Microsoft.ContainerService/managedClusters/${name}`;

describe('azure:acr:attach', () => {
  let emulator: ArmEmulator;
  let action: ReturnType<typeof createAcrAttachAction>;
  const assignmentsOf = (principalId: string) =>
    emulator.admin
      .listResources('Microsoft.Authorization/roleAssignments')
      .filter(r => (r.body as any).properties.principalId === principalId);
  const kubelet = (clusterId: string) =>
    emulator.admin.getResource(clusterId).properties.identityProfile
      .kubeletidentity.objectId;

  beforeAll(async () => {
    emulator = await startArmEmulator();
    action = createAcrAttachAction({ clients: emulatorClients(emulator) });
  });
  afterAll(() => emulator.stop());
  beforeEach(() => {
    emulator.admin.reset();
    emulator.admin.clearRequests();
  });

  it('grants AcrPull to the kubelet identity under a name derived from the grant, once', async () => {
    const clusterId = cluster('aks-platform-lts');
    const principalId = kubelet(clusterId);
    const ctx = actionContext({ clusterId, registryId: REGISTRY });

    await action.handler(ctx);

    const name = nameBasedGuid(
      REGISTRY.toLowerCase(),
      principalId,
      ACR_PULL_ROLE,
    );
    const id = `${REGISTRY}/providers/Microsoft.Authorization/roleAssignments/${name}`;
    expect(ctx.output).toHaveBeenCalledWith('roleAssignmentId', id);
    expect(ctx.output).toHaveBeenCalledWith('principalId', principalId);
    expect(assignmentsOf(principalId)).toEqual([
      expect.objectContaining({
        id,
        body: expect.objectContaining({
          properties: expect.objectContaining({
            scope: REGISTRY,
            principalType: 'ServicePrincipal',
            roleDefinitionId: `/subscriptions/${PROD}/providers/Microsoft.Authorization/roleDefinitions/${ACR_PULL_ROLE}`,
          }),
        }),
      }),
    ]);

    emulator.admin.clearRequests();
    const rerun = actionContext({ clusterId, registryId: REGISTRY });
    await action.handler(rerun);
    expect(armWrites(emulator)).toEqual([]);
    expect(rerun.output).toHaveBeenCalledWith('roleAssignmentId', id);
  });

  it('keeps an AcrPull grant made another way', async () => {
    // The demo registry already lets aks-payments-prod pull.
    const clusterId = `/subscriptions/${PROD}/resourceGroups/rg-payments-prod/providers/Microsoft.ContainerService/managedClusters/aks-payments-prod`;
    const [seeded] = assignmentsOf(kubelet(clusterId));
    const ctx = actionContext({ clusterId, registryId: REGISTRY });

    await action.handler(ctx);

    expect(ctx.output).toHaveBeenCalledWith('roleAssignmentId', seeded.id);
    expect(armWrites(emulator)).toEqual([]);
  });

  it('refuses a cluster without a kubelet identity before any write', async () => {
    const clusterId = cluster('aks-with-sp');
    emulator.admin.putResource(clusterId, {
      location: 'westeurope',
      properties: {
        provisioningState: 'Succeeded',
        kubernetesVersion: '1.34.5',
        currentKubernetesVersion: '1.34.5',
        servicePrincipalProfile: {
          clientId: '11111111-0000-4000-8000-000000000001',
        },
      },
    });
    await expect(
      action.handler(actionContext({ clusterId, registryId: REGISTRY })),
    ).rejects.toMatchObject({
      name: 'ConflictError',
      message: expect.stringContaining('has no kubelet managed identity'),
    });
    expect(armWrites(emulator)).toEqual([]);
  });

  it.each([
    [
      {
        registryId: `${GROUP}/providers/Microsoft.ContainerRegistry/registries/a-b`,
      },
      'registryId',
    ],
    [{ clusterId: 'aks-platform-lts' }, 'clusterId'],
    [
      {
        registryId: REGISTRY.replace(
          PROD,
          '00000000-0000-4000-8000-000000000999',
        ),
      },
      'registryId',
    ],
  ])('refuses %j naming %s, without calling Azure', async (change, field) => {
    await expect(
      action.handler(
        actionContext({
          clusterId: cluster('aks-platform-lts'),
          registryId: REGISTRY,
          ...change,
        }),
      ),
    ).rejects.toMatchObject({
      name: 'InputError',
      message: expect.stringContaining(`${field}:`),
    });
    expect(emulator.admin.requests()).toEqual([]);
  });

  it('grants nothing in a dry run or once cancelled, and reports what Azure refuses', async () => {
    const clusterId = cluster('aks-virtualnodes');
    const input = { clusterId, registryId: REGISTRY };
    const dry = actionContext(input, { isDryRun: true });
    await action.handler(dry);
    expect(dry.output).toHaveBeenCalledWith('principalId', kubelet(clusterId));

    const controller = new AbortController();
    controller.abort();
    await expect(
      action.handler(actionContext(input, { signal: controller.signal })),
    ).rejects.toThrow(/Cancelled before granting AcrPull/);
    expect(armWrites(emulator)).toEqual([]);

    emulator.admin.addFault({
      kind: 'error',
      status: 500,
      operation: 'RoleAssignments_Create',
      code: 'InternalServerError',
    });
    await expect(action.handler(actionContext(input))).rejects.toThrow(
      /InternalServerError/,
    );
    expect(assignmentsOf(kubelet(clusterId))).toEqual([]);
  });
});
