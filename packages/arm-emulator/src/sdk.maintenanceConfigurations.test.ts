import {
  ContainerServiceClient,
  RestError,
  type MaintenanceConfiguration,
} from '@azure/arm-containerservice';
import { startArmEmulator } from './startArmEmulator';
import type { ArmEmulator } from './types';
import { DEMO_IDS } from './seeds/demoIds';
import { cloneResource, cluster } from './__testUtils__/demo';
import {
  clientOptions,
  credentialFor,
  FAST_POLL,
  trustingAgent,
} from './__testUtils__/sdkSetup';

const RG = 'rg-payments-prod';
const PAYMENTS = cluster(RG, 'aks-payments-prod');

async function restError(promise: Promise<unknown>) {
  const error = await promise.then(
    () => undefined,
    e => e,
  );
  expect(error).toBeInstanceOf(RestError);
  return {
    statusCode: error.statusCode,
    code: error.code,
    message: error.message,
    target: (error as RestError & { details?: any }).details?.error?.target,
  };
}

const weekly = (
  change: Partial<NonNullable<MaintenanceConfiguration['maintenanceWindow']>>,
): MaintenanceConfiguration => ({
  maintenanceWindow: {
    schedule: { weekly: { intervalWeeks: 1, dayOfWeek: 'Tuesday' } },
    durationHours: 4,
    utcOffset: '+02:00',
    startTime: '03:00',
    ...change,
  },
});

describe('maintenance configurations through @azure/arm-containerservice', () => {
  let emulator: ArmEmulator;
  let aks: ContainerServiceClient;

  beforeAll(async () => {
    emulator = await startArmEmulator();
    const agent = trustingAgent(emulator);
    aks = new ContainerServiceClient(
      credentialFor(emulator, agent),
      DEMO_IDS.productionSubscriptionId,
      clientOptions(emulator, agent),
    );
  });
  afterAll(() => emulator.stop());

  it("lists and reads the demo cluster's windows", async () => {
    const names: string[] = [];
    for await (const config of aks.maintenanceConfigurations.listByManagedCluster(
      RG,
      'aks-payments-prod',
    ))
      names.push(config.name!);
    expect(names).toEqual([
      'aksManagedAutoUpgradeSchedule',
      'aksManagedNodeOSUpgradeSchedule',
    ]);
    const nodeOs = await aks.maintenanceConfigurations.get(
      RG,
      'aks-payments-prod',
      'aksManagedNodeOSUpgradeSchedule',
    );
    expect(nodeOs).toMatchObject({
      type: 'Microsoft.ContainerService/managedClusters/maintenanceConfigurations',
      maintenanceWindow: {
        schedule: { weekly: { intervalWeeks: 1, dayOfWeek: 'Saturday' } },
        durationHours: 6,
        utcOffset: '+01:00',
        startTime: '22:00',
        startDate: expect.any(Date),
      },
    });
  });

  it('creates, updates and deletes a window, keeping the date it became active', async () => {
    cloneResource(emulator, PAYMENTS, 'aks-mc-crud');
    const created = await aks.maintenanceConfigurations.createOrUpdate(
      RG,
      'aks-mc-crud',
      'aksManagedAutoUpgradeSchedule',
      weekly({}),
    );
    const activeFrom = created.maintenanceWindow?.startDate;
    expect(activeFrom).toBeInstanceOf(Date);
    const updated = await aks.maintenanceConfigurations.createOrUpdate(
      RG,
      'aks-mc-crud',
      'AKSMANAGEDAUTOUPGRADESCHEDULE',
      weekly({ durationHours: 24 }),
    );
    expect(updated.name).toBe('aksManagedAutoUpgradeSchedule');
    expect(updated.maintenanceWindow).toMatchObject({
      durationHours: 24,
      startDate: activeFrom,
    });
    expect(
      emulator.admin
        .requests({ operation: 'MaintenanceConfigurations_CreateOrUpdate' })
        .slice(-2)
        .map(r => r.status),
    ).toEqual([201, 200]);
    await aks.maintenanceConfigurations.delete(
      RG,
      'aks-mc-crud',
      'aksManagedAutoUpgradeSchedule',
    );
    expect(
      await restError(
        aks.maintenanceConfigurations.get(
          RG,
          'aks-mc-crud',
          'aksManagedAutoUpgradeSchedule',
        ),
      ),
    ).toMatchObject({ statusCode: 404, code: 'ResourceNotFound' });
  });

  it('refuses what AKS refuses, naming the property', async () => {
    const put = (name: string, body: MaintenanceConfiguration) =>
      restError(
        aks.maintenanceConfigurations.createOrUpdate(
          RG,
          'aks-payments-prod',
          name,
          body,
        ),
      );
    expect(await put('nightly', weekly({}))).toMatchObject({
      statusCode: 400,
      code: 'InvalidParameter',
      target: 'configName',
    });
    expect(
      await put(
        'aksManagedNodeOSUpgradeSchedule',
        weekly({ durationHours: 2 }),
      ),
    ).toMatchObject({
      statusCode: 400,
      code: 'InvalidParameter',
      target: 'properties.maintenanceWindow.durationHours',
    });
    expect(
      await put(
        'aksManagedNodeOSUpgradeSchedule',
        weekly({ utcOffset: '+5:30' }),
      ),
    ).toMatchObject({ target: 'properties.maintenanceWindow.utcOffset' });
    expect(
      await put(
        'aksManagedAutoUpgradeSchedule',
        weekly({ schedule: { daily: { intervalDays: 1 } } }),
      ),
    ).toMatchObject({
      target: 'properties.maintenanceWindow.schedule.daily',
    });
    expect(
      await put('default', {
        timeInWeek: [{ day: 'Sunday', hourSlots: [1] }],
        maintenanceWindow: weekly({}).maintenanceWindow,
      }),
    ).toMatchObject({ target: 'properties.maintenanceWindow' });
    expect(
      await restError(
        aks.maintenanceConfigurations.createOrUpdate(
          RG,
          'aks-missing',
          'default',
          weekly({}),
        ),
      ),
    ).toMatchObject({ statusCode: 404, code: 'ResourceNotFound' });
  });

  it('round-trips the auto-upgrade and node OS channels through the cluster', async () => {
    cloneResource(emulator, PAYMENTS, 'aks-mc-channels');
    const before = await aks.managedClusters.get(RG, 'aks-mc-channels');
    const updated = await aks.managedClusters.createOrUpdate(
      RG,
      'aks-mc-channels',
      {
        ...before,
        autoUpgradeProfile: {
          upgradeChannel: 'rapid',
          nodeOSUpgradeChannel: 'SecurityPatch',
        },
      },
      FAST_POLL,
    );
    expect(updated.autoUpgradeProfile).toEqual({
      upgradeChannel: 'rapid',
      nodeOSUpgradeChannel: 'SecurityPatch',
    });
    await aks.managedClusters.createOrUpdate(
      RG,
      'aks-mc-channels',
      {
        location: 'westeurope',
        autoUpgradeProfile: { upgradeChannel: 'none' },
      },
      FAST_POLL,
    );
    expect(
      (await aks.managedClusters.get(RG, 'aks-mc-channels')).autoUpgradeProfile,
    ).toEqual({
      upgradeChannel: 'none',
      nodeOSUpgradeChannel: 'SecurityPatch',
    });
    expect(
      await restError(
        aks.managedClusters
          .createOrUpdate(
            RG,
            'aks-mc-channels',
            {
              location: 'westeurope',
              autoUpgradeProfile: { nodeOSUpgradeChannel: 'Weekly' },
            },
            FAST_POLL,
          )
          .pollUntilDone(),
      ),
    ).toMatchObject({
      statusCode: 400,
      code: 'InvalidParameter',
      message: expect.stringContaining(
        'properties.autoUpgradeProfile.nodeOSUpgradeChannel',
      ),
    });
  });
});
