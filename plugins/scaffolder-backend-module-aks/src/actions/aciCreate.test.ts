import { ArmEmulator, startArmEmulator } from '@aks-backstage/arm-emulator';
import {
  actionContext,
  armWrites,
  emulatorClients,
  until,
} from '../__testUtils__/emulatorClients';
import { createAciCreateAction } from './aciCreate';

const DEV = '6f1a2b3c-0000-4000-8000-000000000002';
const groupId = (name: string) =>
  `/subscriptions/${DEV}/resourceGroups/rg-dev/providers/Microsoft.ContainerInstance/containerGroups/${name}`;

describe('azure:aci:create', () => {
  let emulator: ArmEmulator;
  let action: ReturnType<typeof createAciCreateAction>;
  const input = (name: string) => ({
    subscriptionId: DEV,
    resourceGroup: 'rg-dev',
    name,
    location: 'northeurope',
    image: 'nginx:1.27',
    ports: [80],
  });
  const creates = () =>
    emulator.admin.requests({ operation: 'ContainerGroups_CreateOrUpdate' });

  beforeAll(async () => {
    emulator = await startArmEmulator({ lroDurationMs: 150 });
    action = createAciCreateAction({ clients: emulatorClients(emulator) });
  });
  afterAll(() => emulator.stop());
  beforeEach(() => {
    emulator.admin.reset();
    emulator.admin.clearRequests();
  });

  it('runs the container on a public address, and a re-run changes nothing', async () => {
    const ctx = actionContext({ ...input('web'), dnsNameLabel: 'contoso-web' });
    await action.handler(ctx);

    const stored = emulator.admin.getResource(groupId('web'));
    expect(stored).toMatchObject({
      tags: { 'backstage-scaffolder-task': 'mock-task-id' },
      properties: {
        provisioningState: 'Succeeded',
        osType: 'Linux',
        restartPolicy: 'Always',
        containers: [
          {
            name: 'web',
            properties: {
              image: 'nginx:1.27',
              resources: { requests: { cpu: 1, memoryInGB: 1.5 } },
            },
          },
        ],
      },
    });
    expect(ctx.output).toHaveBeenCalledWith(
      'ipAddress',
      stored.properties.ipAddress.ip,
    );
    expect(ctx.output).toHaveBeenCalledWith(
      'fqdn',
      'contoso-web.northeurope.azurecontainer.io',
    );

    emulator.admin.clearRequests();
    await action.handler(
      actionContext({ ...input('web'), dnsNameLabel: 'contoso-web' }),
    );
    expect(armWrites(emulator)).toEqual([]);
  });

  it.each([
    [{ name: 'Web' }, 'name'],
    [{ name: 'a--b' }, 'name'],
    [{ cpu: 8 }, 'cpu'],
    [{ ports: [70000] }, 'ports.0'],
    [{ ports: undefined, dnsNameLabel: 'contoso' }, 'dnsNameLabel'],
    [{ image: 'nginx latest' }, 'image'],
    [
      { subscriptionId: '00000000-0000-4000-8000-000000000999' },
      'subscriptionId',
    ],
  ])('refuses %j naming %s, without calling Azure', async (change, field) => {
    await expect(
      action.handler(actionContext({ ...input('bad'), ...change })),
    ).rejects.toMatchObject({
      name: 'InputError',
      message: expect.stringContaining(`${field}:`),
    });
    expect(emulator.admin.requests()).toEqual([]);
  });

  it('adopts a group another task created as asked, and refuses one that differs', async () => {
    await action.handler(
      actionContext(input('shared'), { task: { id: 'task-a' } }),
    );
    emulator.admin.clearRequests();

    await action.handler(
      actionContext(input('shared'), { task: { id: 'task-b' } }),
    );
    await expect(
      action.handler(
        actionContext(
          { ...input('shared'), image: 'nginx:1.28', cpu: 2 },
          { task: { id: 'task-c' } },
        ),
      ),
    ).rejects.toThrow(
      /image: wanted "nginx:1.28", found "nginx:1.27"; cpu: wanted 2, found 1/,
    );
    expect(armWrites(emulator)).toEqual([]);
  });

  it('changes nothing in a dry run', async () => {
    const ctx = actionContext(input('dry'), { isDryRun: true });
    await action.handler(ctx);
    expect(ctx.output).toHaveBeenCalledWith('containerGroupId', groupId('dry'));
    expect(armWrites(emulator)).toEqual([]);
    expect(emulator.admin.getResource(groupId('dry'))).toBeUndefined();
  });

  it('reports a failed create, and waits for its own group after cancellation', async () => {
    emulator.admin.failNextLro({
      operation: 'ContainerGroups_CreateOrUpdate',
      code: 'InaccessibleImage',
      message: 'The image nginx:1.27 could not be pulled',
    });
    await expect(
      action.handler(actionContext(input('broken'))),
    ).rejects.toThrow(/broken failed after \d+s: .*InaccessibleImage/);

    const controller = new AbortController();
    const cancelled = action.handler(
      actionContext(input('later'), { signal: controller.signal }),
    );
    await until(() => creates().length === 2);
    controller.abort();
    await expect(cancelled).rejects.toThrow(/Cancelled while waiting/);

    await action.handler(actionContext(input('later')));
    expect(creates()).toHaveLength(2);
    expect(
      emulator.admin.getResource(groupId('later')).properties.provisioningState,
    ).toBe('Succeeded');
  });
});
