import { ArmEmulator, startArmEmulator } from '@aks-backstage/arm-emulator';
import {
  actionContext,
  armRequests,
  armWrites,
  emulatorClients,
  subnetId,
} from '../__testUtils__/emulatorClients';
import { createAksClusterCreateAction } from './aksCreate';

const DEV = '6f1a2b3c-0000-4000-8000-000000000002';
const WINDOW = 'aksManagedAutoUpgradeSchedule';
const clusterId = (name: string, group = 'rg-dev') =>
  `/subscriptions/${DEV}/resourceGroups/${group}/providers/Microsoft.ContainerService/managedClusters/${name}`;

describe('azure:aks:create', () => {
  let emulator: ArmEmulator;
  let action: ReturnType<typeof createAksClusterCreateAction>;
  const input = {
    subscriptionId: DEV,
    resourceGroup: 'rg-dev',
    location: 'northeurope',
    nodeCount: 2,
  };

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

  it('creates the cluster with the documented defaults, waits, and outputs what a template links to', async () => {
    const ctx = actionContext({ ...input, name: 'aks-created' });

    await action.handler(ctx);

    const id = clusterId('aks-created');
    expect(ctx.output).toHaveBeenCalledWith('clusterId', id);
    expect(ctx.output).toHaveBeenCalledWith(
      'portalUrl',
      `https://portal.azure.com/#resource${id}/overview`,
    );
    expect(ctx.output).toHaveBeenCalledWith(
      'annotation',
      `azure.com/aks-cluster-id: ${id}`,
    );
    expect(ctx.output).toHaveBeenCalledWith('kubernetesVersion', '1.34.5');
    expect(ctx.output).toHaveBeenCalledWith(
      'fqdn',
      expect.stringMatching(/^aks-created-.*\.azmk8s\.io$/),
    );
    const stored = emulator.admin.getResource(id);
    expect(ctx.output).toHaveBeenCalledWith(
      'kubeletIdentityObjectId',
      stored.properties.identityProfile.kubeletidentity.objectId,
    );
    expect(stored).toMatchObject({
      sku: { tier: 'Standard' },
      tags: { 'backstage-scaffolder-task': 'mock-task-id' },
      properties: {
        provisioningState: 'Succeeded',
        dnsPrefix: 'aks-created',
        autoUpgradeProfile: {
          upgradeChannel: 'patch',
          nodeOSUpgradeChannel: 'NodeImage',
        },
        aadProfile: { managed: true, enableAzureRBAC: true },
        networkProfile: {
          networkPlugin: 'azure',
          networkPluginMode: 'overlay',
        },
      },
    });
    expect(stored.properties.agentPoolProfiles).toEqual([
      expect.objectContaining({
        name: 'system',
        mode: 'System',
        count: 2,
        vmSize: 'Standard_D4ds_v5',
      }),
    ]);
    expect(ctx.logger.info).toHaveBeenCalledWith(
      expect.stringMatching(
        /^AKS cluster .*aks-created: Succeeded after \d+s$/,
      ),
    );
    expect(
      emulator.admin.getResource(`${id}/maintenanceConfigurations/${WINDOW}`)
        .properties,
    ).toMatchObject({
      maintenanceWindow: {
        schedule: { weekly: { intervalWeeks: 1, dayOfWeek: 'Sunday' } },
        startTime: '00:00',
        utcOffset: '+00:00',
        durationHours: 4,
      },
    });
  });

  it('sets the auto-upgrade window asked for, and none without a channel', async () => {
    await action.handler(
      actionContext({
        ...input,
        name: 'aks-weekend',
        autoUpgradeChannel: 'stable',
        nodeOsUpgradeChannel: 'SecurityPatch',
        autoUpgradeWindow: {
          dayOfWeek: 'Saturday',
          startTime: '22:00',
          utcOffset: '+01:00',
          durationHours: 6,
        },
      }),
    );
    const id = clusterId('aks-weekend');
    expect(
      emulator.admin.getResource(id).properties.autoUpgradeProfile,
    ).toEqual({
      upgradeChannel: 'stable',
      nodeOSUpgradeChannel: 'SecurityPatch',
    });
    expect(
      emulator.admin.getResource(`${id}/maintenanceConfigurations/${WINDOW}`)
        .properties.maintenanceWindow,
    ).toMatchObject({
      schedule: { weekly: { intervalWeeks: 1, dayOfWeek: 'Saturday' } },
      startTime: '22:00',
      utcOffset: '+01:00',
      durationHours: 6,
    });

    emulator.admin.clearRequests();
    await action.handler(
      actionContext({
        ...input,
        name: 'aks-manual',
        autoUpgradeChannel: 'none',
      }),
    );
    expect(
      emulator.admin.getResource(
        `${clusterId('aks-manual')}/maintenanceConfigurations/${WINDOW}`,
      ),
    ).toBeUndefined();
    expect(
      armRequests(emulator).filter(r =>
        r.operation?.startsWith('MaintenanceConfigurations_'),
      ),
    ).toEqual([]);
  });

  it.each([
    [{ name: 'aks_' }, 'name'],
    [{ name: 'aks-x', location: 'West Europe' }, 'location'],
    [{ name: 'aks-x', kubernetesVersion: '1.x' }, 'kubernetesVersion'],
    [{ name: 'aks-x', tier: 'Gold' }, 'tier'],
    [
      { name: 'aks-x', enableAutoScaling: true, minCount: 5, maxCount: 2 },
      'minCount',
    ],
    [{ name: 'aks-x', networkPluginMode: 'nodeSubnet' }, 'subnetId'],
    [{ name: 'aks-x', supportPlan: 'AKSLongTermSupport' }, 'supportPlan'],
    [{ name: 'aks-x', dnsPrefix: '-bad' }, 'dnsPrefix'],
    [
      { name: 'aks-x', autoUpgradeWindow: { durationHours: 3 } },
      'autoUpgradeWindow.durationHours',
    ],
    [
      { name: 'aks-x', autoUpgradeWindow: { durationHours: 25 } },
      'autoUpgradeWindow.durationHours',
    ],
    [
      { name: 'aks-x', autoUpgradeWindow: { utcOffset: '+1:00' } },
      'autoUpgradeWindow.utcOffset',
    ],
    [
      { name: 'aks-x', autoUpgradeWindow: { utcOffset: '+14:30' } },
      'autoUpgradeWindow.utcOffset',
    ],
    [
      { name: 'aks-x', autoUpgradeWindow: { startTime: '24:00' } },
      'autoUpgradeWindow.startTime',
    ],
    [
      { name: 'aks-x', autoUpgradeWindow: { dayOfWeek: 'Sun' } },
      'autoUpgradeWindow.dayOfWeek',
    ],
    [
      { name: 'aks-x', autoUpgradeWindow: { days: 'Sunday' } },
      'autoUpgradeWindow',
    ],
    [{ name: 'aks-x', autoUpgradeChannel: 'weekly' }, 'autoUpgradeChannel'],
    [
      { name: 'aks-x', subscriptionId: '00000000-0000-4000-8000-000000000999' },
      'subscriptionId',
    ],
  ])('refuses %j naming %s, without calling Azure', async (change, field) => {
    const ctx = actionContext({ ...input, ...change });
    await expect(action.handler(ctx)).rejects.toMatchObject({
      name: 'InputError',
      message: expect.stringContaining(`${field}:`),
    });
    expect(emulator.admin.requests()).toEqual([]);
  });

  it('checks the version against the location before creating anything', async () => {
    const ctx = actionContext({
      ...input,
      name: 'aks-old',
      kubernetesVersion: '1.29',
    });
    await expect(action.handler(ctx)).rejects.toThrow(
      /kubernetesVersion: 1.29 is not offered in northeurope under KubernetesOfficial; offered: 1.33.5, .*1.36.0 \(preview\)/,
    );
    expect(armRequests(emulator).map(r => r.operation)).toContain(
      'ManagedClusters_ListKubernetesVersions',
    );
    expect(armWrites(emulator)).toEqual([]);
  });

  it('creates the resource group when asked, and refuses a missing one otherwise', async () => {
    const fresh = { ...input, resourceGroup: 'rg-new', name: 'aks-in-new' };
    await expect(action.handler(actionContext(fresh))).rejects.toThrow(
      /resourceGroup: rg-new does not exist .* set createResourceGroup/,
    );
    expect(armWrites(emulator)).toEqual([]);

    await action.handler(
      actionContext({ ...fresh, createResourceGroup: true }),
    );

    expect(
      emulator.admin.getResource(`/subscriptions/${DEV}/resourceGroups/rg-new`),
    ).toMatchObject({ location: 'northeurope' });
    expect(
      emulator.admin.getResource(clusterId('aks-in-new', 'rg-new')).properties
        .provisioningState,
    ).toBe('Succeeded');
  });

  it('builds the network AKS needs for virtual nodes', async () => {
    const subnet = subnetId(DEV);
    await action.handler(
      actionContext({
        ...input,
        name: 'aks-cni',
        networkPluginMode: 'nodeSubnet',
        subnetId: subnet,
        maxPods: 50,
      }),
    );
    const stored = emulator.admin.getResource(clusterId('aks-cni'));
    expect(stored.properties.networkProfile.networkPlugin).toBe('azure');
    expect(stored.properties.networkProfile.networkPluginMode).toBeUndefined();
    expect(stored.properties.agentPoolProfiles[0]).toMatchObject({
      vnetSubnetID: subnet,
      maxPods: 50,
    });
  });

  it('checks names, versions and conflicts read-only in a dry run', async () => {
    const ctx = actionContext(
      { ...input, name: 'aks-dry', kubernetesVersion: '1.35' },
      { isDryRun: true },
    );
    await action.handler(ctx);
    expect(ctx.output).toHaveBeenCalledWith('clusterId', clusterId('aks-dry'));
    expect(ctx.output).toHaveBeenCalledWith('kubernetesVersion', '1.35');
    expect(ctx.logger.info).toHaveBeenCalledWith(
      expect.stringContaining('Would create AKS cluster'),
    );
    expect(ctx.logger.info).toHaveBeenCalledWith(
      expect.stringMatching(
        /^Would set the auto-upgrade window of AKS cluster .*aks-dry: every Sunday from 00:00 UTC\+00:00 for 4 hours$/,
      ),
    );
    expect(armRequests(emulator).length).toBeGreaterThan(0);
    expect(armWrites(emulator)).toEqual([]);
    expect(emulator.admin.getResource(clusterId('aks-dry'))).toBeUndefined();

    const conflict = actionContext(
      { ...input, name: 'aks-dev-free' },
      { isDryRun: true },
    );
    await expect(action.handler(conflict)).rejects.toThrow(
      /tier: wanted "Standard", found "Free"/,
    );
    expect(armWrites(emulator)).toEqual([]);
  });
});
