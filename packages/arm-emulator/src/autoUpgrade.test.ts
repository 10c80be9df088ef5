import {
  ContainerServiceClient,
  type ManagedCluster,
} from '@azure/arm-containerservice';
import { DateTime } from 'luxon';
import { startArmEmulator } from './startArmEmulator';
import type { ArmEmulator } from './types';
import { DEMO_IDS } from './seeds/demoIds';
import { armFetch } from './__testUtils__/armFetch';
import { cloneResource, cluster } from './__testUtils__/demo';
import {
  clientOptions,
  credentialFor,
  trustingAgent,
} from './__testUtils__/sdkSetup';

const RG = 'rg-payments-prod';
const PAYMENTS = cluster(RG, 'aks-payments-prod');

/** A copy of the payments cluster on an older patch, its pools too. */
const onVersion = (version: string) => (body: any) => {
  body.properties.kubernetesVersion = version;
  body.properties.currentKubernetesVersion = version;
  for (const pool of body.properties.agentPoolProfiles) {
    pool.orchestratorVersion = version;
    pool.currentOrchestratorVersion = version;
  }
};
const onChannel = (upgradeChannel: string) => (body: any) => {
  body.properties.autoUpgradeProfile.upgradeChannel = upgradeChannel;
};
/** A copy of the payments cluster (which has nothing to upgrade), changed; its windows are not copied. */
const copy = (
  emulator: ArmEmulator,
  name: string,
  ...changes: ((body: any) => void)[]
) =>
  cloneResource(emulator, PAYMENTS, name, body =>
    changes.forEach(change => change(body)),
  );
const olderImages = (body: any) => {
  for (const pool of body.properties.agentPoolProfiles)
    pool.nodeImageVersion = 'AKSUbuntu-2204gen2containerd-202607.01.0';
};

describe("the emulator's clock and AKS auto-upgrade", () => {
  let emulator: ArmEmulator;
  let aks: ContainerServiceClient;
  /** A Monday noon (UTC) after the emulator's start, where the windows below are placed. */
  let monday: DateTime;

  const moveClock = async (body: unknown) =>
    armFetch(emulator, 'POST', '/_emulator/clock', { body });
  const moveTo = async (time: DateTime) => {
    const moved = await moveClock({ now: time.toISO() });
    expect(moved.status).toBe(200);
    return moved.body.autoUpgrades.map((u: { clusterId: string }) =>
      u.clusterId.split('/').pop(),
    ) as string[];
  };
  /** The cluster once its operation has ended. */
  async function settled(name: string): Promise<ManagedCluster> {
    for (let i = 0; i < 200; i++) {
      const found = await aks.managedClusters.get(RG, name);
      const busy = [found, ...(found.agentPoolProfiles ?? [])].some(
        r => !['Succeeded', 'Failed'].includes(r.provisioningState!),
      );
      if (!busy) return found;
      await new Promise(resolve => setTimeout(resolve, 10));
    }
    throw new Error(`${name} is still busy`);
  }

  beforeAll(async () => {
    emulator = await startArmEmulator({ lroDurationMs: 20 });
    const agent = trustingAgent(emulator);
    aks = new ContainerServiceClient(
      credentialFor(emulator, agent),
      DEMO_IDS.productionSubscriptionId,
      clientOptions(emulator, agent),
    );
    monday = DateTime.fromISO(emulator.admin.clock().now, { zone: 'utc' })
      .plus({ weeks: 1 })
      .startOf('week')
      .set({ hour: 12 });
  });
  afterAll(() => emulator.stop());

  it('reads and moves the clock over the admin API, never backwards', async () => {
    const read = await armFetch(emulator, 'GET', '/_emulator/clock');
    expect(Math.abs(Date.parse(read.body.now) - Date.now())).toBeLessThan(
      5_000,
    );
    const moved = await moveClock({ advanceMinutes: 90 });
    expect(moved.status).toBe(200);
    expect(
      Date.parse(moved.body.now) - Date.parse(read.body.now),
    ).toBeGreaterThanOrEqual(90 * 60_000);
    expect(moved.body.autoUpgrades).toEqual(expect.any(Array));
    const still = await moveClock({ advanceMinutes: 0 });
    expect({ now: still.body.now, started: still.body.autoUpgrades }).toEqual({
      now: expect.any(String),
      started: [],
    });
    for (const wrong of [
      { now: read.body.now },
      {},
      { advanceMinutes: 5, now: monday.toISO() },
      { advanceMinutes: 'soon' },
      { now: 'tomorrow' },
    ]) {
      const refused = await moveClock(wrong);
      expect({ status: refused.status, code: refused.body.error.code }).toEqual(
        { status: 400, code: 'BadRequest' },
      );
    }
  });

  it('upgrades a cluster whose channel has no window at the next move, but none that is busy or on no channel', async () => {
    copy(emulator, 'aks-au-anytime', onVersion('1.34.5'), onChannel('stable'));
    const started = await moveClock({ advanceMinutes: 1 });
    expect(started.body.autoUpgrades).toContainEqual({
      clusterId: expect.stringMatching(/\/aks-au-anytime$/),
      upgradeChannel: 'stable',
      nodeOSUpgradeChannel: 'NodeImage',
      fromVersion: '1.34.5',
      toVersion: '1.35.2',
      nodeImagePools: ['system', 'apps'],
    });
    const names = started.body.autoUpgrades.map((u: any) =>
      u.clusterId.split('/').pop(),
    );
    expect(names).not.toContain('aks-checkout-prod');
    expect(names).not.toContain('aks-legacy-prod');
    const upgraded = await settled('aks-au-anytime');
    expect(upgraded.currentKubernetesVersion).toBe('1.35.2');
    expect(upgraded.agentPoolProfiles?.[0].currentOrchestratorVersion).toBe(
      '1.35.2',
    );
  });

  it('upgrades a patch-channel cluster only once its weekly window opens', async () => {
    await moveTo(monday);
    copy(emulator, 'aks-au-weekly', onVersion('1.35.0'));
    await aks.maintenanceConfigurations.createOrUpdate(
      RG,
      'aks-au-weekly',
      'aksManagedAutoUpgradeSchedule',
      {
        maintenanceWindow: {
          schedule: { weekly: { intervalWeeks: 1, dayOfWeek: 'Wednesday' } },
          durationHours: 4,
          utcOffset: '+01:00',
          startTime: '02:00',
        },
      },
    );
    // Wednesday 02:00 at +01:00 is 01:00 UTC.
    expect(
      await moveTo(monday.plus({ days: 1, hours: 12, minutes: 30 })),
    ).not.toContain('aks-au-weekly');
    expect(
      (await aks.managedClusters.get(RG, 'aks-au-weekly'))
        .currentKubernetesVersion,
    ).toBe('1.35.0');
    expect(
      await moveTo(monday.plus({ days: 1, hours: 13, minutes: 30 })),
    ).toContain('aks-au-weekly');
    const upgraded = await settled('aks-au-weekly');
    expect({
      version: upgraded.currentKubernetesVersion,
      pools: upgraded.agentPoolProfiles?.map(p => p.currentOrchestratorVersion),
    }).toEqual({ version: '1.35.2', pools: ['1.35.2', '1.35.2'] });
  });

  it('moves node images in the node OS window, and not on a stopped cluster', async () => {
    copy(emulator, 'aks-au-nodeos', olderImages);
    copy(emulator, 'aks-au-stopped', olderImages, body => {
      body.properties.powerState = { code: 'Stopped' };
    });
    await aks.maintenanceConfigurations.createOrUpdate(
      RG,
      'aks-au-nodeos',
      'aksManagedNodeOSUpgradeSchedule',
      {
        maintenanceWindow: {
          schedule: { weekly: { intervalWeeks: 1, dayOfWeek: 'Saturday' } },
          durationHours: 6,
          utcOffset: '+01:00',
          startTime: '22:00',
        },
      },
    );
    const saturday = monday.plus({ days: 5 });
    expect(await moveTo(saturday.plus({ hours: 8 }))).not.toContain(
      'aks-au-nodeos',
    );
    const started = await moveTo(saturday.plus({ hours: 9, minutes: 30 }));
    expect(started).toContain('aks-au-nodeos');
    expect(started).not.toContain('aks-au-stopped');
    const upgraded = await settled('aks-au-nodeos');
    const { latestNodeImageVersion } = await aks.agentPools.getUpgradeProfile(
      RG,
      'aks-au-nodeos',
      'apps',
    );
    expect({
      version: upgraded.currentKubernetesVersion,
      images: upgraded.agentPoolProfiles?.map(p => p.nodeImageVersion),
    }).toEqual({
      version: '1.35.2',
      images: [latestNodeImageVersion, latestNodeImageVersion],
    });
  });

  it('ends an auto-upgrade Failed when told to, with its error on the cluster', async () => {
    const id = copy(
      emulator,
      'aks-au-fails',
      onVersion('1.34.5'),
      onChannel('stable'),
    );
    emulator.admin.failNextLro({
      operation: 'ManagedClusters_AutoUpgrade',
      resourceId: id,
      code: 'UpgradeFailed',
      message: 'Drain of node aks-system-00000000-vmss000000 did not complete',
    });
    await moveClock({ advanceMinutes: 1 });
    const failed = await settled('aks-au-fails');
    expect({
      state: failed.provisioningState,
      error: failed.status?.provisioningError?.code,
      version: failed.currentKubernetesVersion,
    }).toEqual({ state: 'Failed', error: 'UpgradeFailed', version: '1.34.5' });
  });
});
