import { ArmEmulator, startArmEmulator } from '@aks-backstage/arm-emulator';
import {
  actionContext,
  armWrites,
  emulatorClients,
  until,
} from '../__testUtils__/emulatorClients';
import { createAksClusterCreateAction } from './aksCreate';

const DEV = '6f1a2b3c-0000-4000-8000-000000000002';

describe('azure:aks:create run again', () => {
  let emulator: ArmEmulator;
  let action: ReturnType<typeof createAksClusterCreateAction>;
  const input = (name: string) => ({
    subscriptionId: DEV,
    resourceGroup: 'rg-dev',
    name,
    location: 'northeurope',
    nodeCount: 1,
  });
  const stored = (name: string) =>
    emulator.admin.getResource(
      `/subscriptions/${DEV}/resourceGroups/rg-dev/providers/Microsoft.ContainerService/managedClusters/${name}`,
    );
  const creates = () =>
    emulator.admin.requests({ operation: 'ManagedClusters_CreateOrUpdate' });

  beforeAll(async () => {
    emulator = await startArmEmulator({ lroDurationMs: 150 });
    action = createAksClusterCreateAction({
      clients: emulatorClients(emulator),
    });
  });
  afterAll(() => emulator.stop());
  beforeEach(() => {
    emulator.admin.reset();
    emulator.admin.clearRequests();
  });

  it('finds its own cluster after success and changes nothing', async () => {
    const first = actionContext(input('aks-again'));
    await action.handler(first);
    emulator.admin.clearRequests();

    const second = actionContext(input('aks-again'));
    await action.handler(second);

    expect(armWrites(emulator)).toEqual([]);
    expect(second.output.mock.calls).toEqual(first.output.mock.calls);
  });

  it('waits for its own cluster after being cancelled mid-create, instead of failing on it', async () => {
    const controller = new AbortController();
    const cancelled = action.handler(
      actionContext(input('aks-resumed'), { signal: controller.signal }),
    );
    await until(() => creates().length === 1);
    controller.abort();
    await expect(cancelled).rejects.toThrow(
      /Cancelled while waiting for AKS cluster .*aks-resumed .*running the task again waits for it/,
    );
    expect(stored('aks-resumed').properties.provisioningState).toBe('Creating');

    const rerun = actionContext(input('aks-resumed'));
    await action.handler(rerun);

    expect(creates()).toHaveLength(1);
    expect(stored('aks-resumed').properties.provisioningState).toBe(
      'Succeeded',
    );
    expect(rerun.logger.info).toHaveBeenCalledWith(
      expect.stringMatching(/aks-resumed: Succeeded after \d+s$/),
    );
  });

  it('creates the cluster once when two runs of one task overlap, as a task recovered beside the run it replaces', async () => {
    const runs = await Promise.allSettled([
      action.handler(actionContext(input('aks-twice'))),
      action.handler(actionContext(input('aks-twice'))),
    ]);

    // The run that loses the race for the create stops cleanly.
    const refusals = runs.flatMap(run =>
      run.status === 'rejected' ? [run.reason] : [],
    );
    for (const refusal of refusals) {
      expect(refusal).toMatchObject({
        name: 'ConflictError',
        message: expect.stringMatching(/aks-twice was created meanwhile/),
      });
    }
    expect(runs.some(run => run.status === 'fulfilled')).toBe(true);
    expect(creates().filter(r => r.status < 300)).toHaveLength(1);
    expect(stored('aks-twice').properties.provisioningState).toBe('Succeeded');

    emulator.admin.clearRequests();
    await action.handler(actionContext(input('aks-twice')));
    expect(armWrites(emulator)).toEqual([]);
  });

  it('gives up waiting after the timeout, and a re-run picks up the wait', async () => {
    await expect(
      action.handler(
        actionContext({ ...input('aks-slow'), timeoutMinutes: 0.0005 }),
      ),
    ).rejects.toThrow(/aks-slow did not finish within 0.0005 minutes/);

    await action.handler(actionContext(input('aks-slow')));
    expect(creates()).toHaveLength(1);
    expect(stored('aks-slow').properties.provisioningState).toBe('Succeeded');
  });

  it('adopts a cluster another task created as asked', async () => {
    await action.handler(
      actionContext(input('aks-shared'), { task: { id: 'task-a' } }),
    );
    emulator.admin.clearRequests();

    const ctx = actionContext(input('aks-shared'), { task: { id: 'task-b' } });
    await action.handler(ctx);

    expect(armWrites(emulator)).toEqual([]);
    expect(ctx.logger.info).toHaveBeenCalledWith(
      expect.stringMatching(/aks-shared exists as asked; adopting it$/),
    );
    expect(ctx.output).toHaveBeenCalledWith(
      'fqdn',
      stored('aks-shared').properties.fqdn,
    );
  });

  it('refuses a cluster whose auto-upgrade window differs, field by field, and writes nothing', async () => {
    const weekend = {
      dayOfWeek: 'Saturday',
      startTime: '22:00',
      utcOffset: '+01:00',
      durationHours: 6,
    };
    await action.handler(
      actionContext(
        { ...input('aks-windowed'), autoUpgradeWindow: weekend },
        { task: { id: 'task-a' } },
      ),
    );
    emulator.admin.clearRequests();

    await expect(
      action.handler(
        actionContext(input('aks-windowed'), { task: { id: 'task-b' } }),
      ),
    ).rejects.toMatchObject({
      name: 'ConflictError',
      message: expect.stringContaining(
        'autoUpgradeWindow.dayOfWeek: wanted "Sunday", found "Saturday"; autoUpgradeWindow.startTime: wanted "00:00", found "22:00"; autoUpgradeWindow.utcOffset: wanted "+00:00", found "+01:00"; autoUpgradeWindow.durationHours: wanted 4, found 6',
      ),
    });
    expect(armWrites(emulator)).toEqual([]);

    await action.handler(
      actionContext(
        { ...input('aks-windowed'), autoUpgradeWindow: weekend },
        { task: { id: 'task-b' } },
      ),
    );
    expect(armWrites(emulator)).toEqual([]);
  });

  it('sets the window its own cluster lacks when run again, without creating the cluster twice', async () => {
    await action.handler(actionContext(input('aks-unwindowed')));
    const window = `${
      stored('aks-unwindowed').id
    }/maintenanceConfigurations/aksManagedAutoUpgradeSchedule`;
    emulator.admin.deleteResource(window);
    emulator.admin.clearRequests();

    await action.handler(actionContext(input('aks-unwindowed')));

    expect(creates()).toEqual([]);
    expect(armWrites(emulator).map(r => r.operation)).toEqual([
      'MaintenanceConfigurations_CreateOrUpdate',
    ]);
    expect(
      emulator.admin.getResource(window).properties.maintenanceWindow,
    ).toMatchObject({ startTime: '00:00', durationHours: 4 });
  });

  it('refuses a cluster that differs, listing every difference', async () => {
    const ctx = actionContext({
      ...input('aks-dev-free'),
      kubernetesVersion: '1.35',
      networkPolicy: 'calico',
    });
    await expect(action.handler(ctx)).rejects.toMatchObject({
      name: 'ConflictError',
      message: expect.stringMatching(
        /aks-dev-free exists and differs from the input: .*kubernetesVersion: wanted "1.35", found "1.34".*tier: wanted "Standard", found "Free".*networkPolicy: wanted "calico", found "none".*autoUpgradeChannel: wanted "patch", found "none".*autoUpgradeWindow: wanted every Sunday from 00:00 UTC\+00:00 for 4 hours, found none/,
      ),
    });
    expect(armWrites(emulator)).toEqual([]);
  });

  it("reports Azure's provisioning error when the create fails", async () => {
    emulator.admin.failNextLro({
      operation: 'ManagedClusters_CreateOrUpdate',
      code: 'VMExtensionProvisioningError',
      message: 'The node pool could not start',
    });
    await expect(
      action.handler(actionContext(input('aks-broken'))),
    ).rejects.toMatchObject({
      name: 'AzureOperationError',
      message: expect.stringMatching(
        /aks-broken failed after \d+s: VMExtensionProvisioningError: The node pool could not start/,
      ),
    });
    await expect(
      action.handler(actionContext(input('aks-broken'))),
    ).rejects.toThrow(
      /aks-broken ended Failed after \d+s: VMExtensionProvisioningError/,
    );
    expect(creates()).toHaveLength(1);
  });
});
