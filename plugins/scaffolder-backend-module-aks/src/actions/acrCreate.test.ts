import { ArmEmulator, startArmEmulator } from '@aks-backstage/arm-emulator';
import {
  actionContext,
  armRequests,
  armWrites,
  emulatorClients,
  until,
} from '../__testUtils__/emulatorClients';
import { createAcrCreateAction } from './acrCreate';

const DEV = '6f1a2b3c-0000-4000-8000-000000000002';
const PROD = '6f1a2b3c-0000-4000-8000-000000000001';
const registryId = (name: string, subscription = DEV, group = 'rg-dev') =>
  `/subscriptions/${subscription}/resourceGroups/${group}/providers/Microsoft.ContainerRegistry/registries/${name}`;

describe('azure:acr:create', () => {
  let emulator: ArmEmulator;
  let action: ReturnType<typeof createAcrCreateAction>;
  const input = (name: string) => ({
    subscriptionId: DEV,
    resourceGroup: 'rg-dev',
    name,
    location: 'northeurope',
  });
  const creates = () =>
    emulator.admin.requests({ operation: 'Registries_Create' });

  beforeAll(async () => {
    emulator = await startArmEmulator({ lroDurationMs: 150 });
    action = createAcrCreateAction({ clients: emulatorClients(emulator) });
  });
  afterAll(() => emulator.stop());
  beforeEach(() => {
    emulator.admin.reset();
    emulator.admin.clearRequests();
  });

  it('checks the name, creates the registry without the admin user, and outputs no password', async () => {
    const ctx = actionContext(input('acrfresh'));
    await action.handler(ctx);

    expect(ctx.output.mock.calls).toEqual([
      ['registryId', registryId('acrfresh')],
      ['loginServer', 'acrfresh.azurecr.io'],
      [
        'portalUrl',
        `https://portal.azure.com/#resource${registryId('acrfresh')}/overview`,
      ],
    ]);
    expect(emulator.admin.getResource(registryId('acrfresh'))).toMatchObject({
      sku: { name: 'Standard' },
      tags: { 'backstage-scaffolder-task': 'mock-task-id' },
      properties: { provisioningState: 'Succeeded', adminUserEnabled: false },
    });
    expect(armRequests(emulator).map(r => r.operation)).toEqual(
      expect.arrayContaining([
        'Registries_CheckNameAvailability',
        'Registries_Create',
      ]),
    );

    emulator.admin.clearRequests();
    await action.handler(actionContext(input('acrfresh')));
    expect(armWrites(emulator)).toEqual([]);
  });

  it.each([
    [{ name: 'acr-dash' }, 'name'],
    [{ name: 'acr' }, 'name'],
    [{ sku: 'Gold' }, 'sku'],
    [{ adminUserEnabled: 'yes' }, 'adminUserEnabled'],
    [
      { subscriptionId: '00000000-0000-4000-8000-000000000999' },
      'subscriptionId',
    ],
  ])('refuses %j naming %s, without calling Azure', async (change, field) => {
    await expect(
      action.handler(actionContext({ ...input('acrbad01'), ...change })),
    ).rejects.toMatchObject({
      name: 'InputError',
      message: expect.stringContaining(`${field}:`),
    });
    expect(emulator.admin.requests()).toEqual([]);
  });

  it('refuses a name Azure says is taken, before any write', async () => {
    await expect(
      action.handler(actionContext(input('acrcontosoprod'))),
    ).rejects.toThrow(
      /name: acrcontosoprod cannot be used \(AlreadyExists\): The registry acrcontosoprod is already in use/,
    );
    expect(armWrites(emulator)).toEqual([]);
  });

  it('adopts a registry that exists as asked, and refuses one that differs', async () => {
    const existing = {
      subscriptionId: PROD,
      resourceGroup: 'rg-platform-prod',
      name: 'acrcontosoprod',
      location: 'westeurope',
      sku: 'Premium',
    };
    const ctx = actionContext(existing);
    await action.handler(ctx);
    expect(ctx.output).toHaveBeenCalledWith(
      'registryId',
      registryId('acrcontosoprod', PROD, 'rg-platform-prod'),
    );

    await expect(
      action.handler(
        actionContext({ ...existing, sku: 'Basic', adminUserEnabled: true }),
      ),
    ).rejects.toThrow(
      /sku: wanted "Basic", found "Premium"; adminUserEnabled: wanted true, found false/,
    );
    expect(armWrites(emulator)).toEqual([]);
  });

  it('changes nothing in a dry run', async () => {
    const ctx = actionContext(input('acrdryrun'), { isDryRun: true });
    await action.handler(ctx);
    expect(ctx.output).toHaveBeenCalledWith(
      'loginServer',
      'acrdryrun.azurecr.io',
    );
    expect(armWrites(emulator)).toEqual([]);
    expect(emulator.admin.getResource(registryId('acrdryrun'))).toBeUndefined();
  });

  it('reports a failed create, and waits for its own registry after cancellation', async () => {
    emulator.admin.failNextLro({
      operation: 'Registries_Create',
      code: 'QuotaExceeded',
      message: 'Registry quota reached',
    });
    await expect(
      action.handler(actionContext(input('acrfailed'))),
    ).rejects.toThrow(/acrfailed failed after \d+s: .*QuotaExceeded/);

    const controller = new AbortController();
    const cancelled = action.handler(
      actionContext(input('acrlater'), { signal: controller.signal }),
    );
    await until(() => creates().length === 2);
    controller.abort();
    await expect(cancelled).rejects.toThrow(/Cancelled while waiting/);

    await action.handler(actionContext(input('acrlater')));
    expect(creates()).toHaveLength(2);
    expect(
      emulator.admin.getResource(registryId('acrlater')).properties
        .provisioningState,
    ).toBe('Succeeded');
  });
});
