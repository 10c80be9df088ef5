import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import {
  ArmEmulator,
  DEMO_IDS,
  startArmEmulator,
} from '@aks-backstage/arm-emulator';
import { formatAksClusterId } from '@aks-backstage/plugin-aks-common';
import request from 'supertest';
import { specErrors } from '../__testUtils__/specValidation';
import {
  armRequests,
  clusterPath,
  clusters,
  startAksTestBackend,
} from '../testUtils';

const PROD = DEMO_IDS.productionSubscriptionId;
const MAINTENANCE =
  '/clusters/{subscriptionId}/{resourceGroup}/{name}/maintenance';
const auth = { Authorization: mockCredentials.user.header() };
/** May read clusters, but not set their windows. */
const READER = 'user:default/rita';
const HOUR = 3600_000;

const renderSpot = {
  subscriptionId: PROD,
  resourceGroup: 'rg-data-prod',
  name: 'aks-render-spot',
};
const legacy = { ...clusters.healthy, name: 'aks-legacy-prod' };
const checkout = { ...clusters.healthy, name: 'aks-checkout-prod' };

const weeklyWindow = {
  schedule: { weekly: { intervalWeeks: 1, dayOfWeek: 'Wednesday' } },
  durationHours: 5,
  utcOffset: '+05:30',
  startTime: '23:00',
  notAllowedDates: [{ start: '2030-12-20', end: '2031-01-03' }],
};

const entity = (name: string, cluster: object, lifecycle: string) => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: {
    name,
    namespace: 'default',
    annotations: {
      'azure.com/aks-cluster-id': formatAksClusterId(cluster as any),
    },
  },
  spec: { type: 'service', owner: 'team-payments', lifecycle },
});

function decide(permission: { name: string }, credentials: any) {
  return permission.name === 'aks.cluster.maintenance' &&
    credentials.principal?.userEntityRef === READER
    ? AuthorizeResult.DENY
    : AuthorizeResult.ALLOW;
}

const codes = (body: any): string[] =>
  body.health.warnings.map((w: { code: string }) => w.code);

describe('planned maintenance, through the Azure SDK against the emulator', () => {
  let emulator: ArmEmulator;
  let server: Awaited<ReturnType<typeof startAksTestBackend>>['server'];
  const auditor = mockServices.auditor.mock();

  async function startBackend(aks: Record<string, unknown>) {
    const permissions = mockServices.permissions.mock({
      authorize: async (requests, { credentials }) =>
        requests.map(r => ({
          result: decide(r.permission, credentials),
        })) as any,
      authorizeConditional: async (requests, { credentials }) =>
        requests.map(r => ({
          result: decide(r.permission, credentials),
        })) as any,
    });
    const backend = await startAksTestBackend({
      emulator,
      aks,
      features: [
        permissions.factory,
        auditor.factory,
        catalogServiceMock.factory({
          entities: [
            entity('payments', clusters.healthy, 'production'),
            entity('sandbox', clusters.free, 'production'),
          ],
        }),
      ],
    });
    return backend.server;
  }

  beforeAll(async () => {
    emulator = await startArmEmulator();
    server = await startBackend({ cacheTtlSeconds: 600 });
  }, 60_000);
  afterAll(() => emulator.stop());
  beforeEach(() => {
    emulator.admin.reset();
    emulator.admin.clearRequests();
    auditor.createEvent.mockClear();
  });

  const get = (path: string, user?: string) =>
    request(server)
      .get(path)
      .set({ Authorization: mockCredentials.user.header(user) });
  const put = (ref: object, maintenanceWindow: object, user?: string) =>
    request(server)
      .put(
        `${clusterPath(ref as any)}/maintenance/aksManagedAutoUpgradeSchedule`,
      )
      .set({ Authorization: mockCredentials.user.header(user) })
      .send({ maintenanceWindow });

  it('reads the windows of a cluster with their next occurrences and the next change', async () => {
    const response = await get(`${clusterPath(clusters.healthy)}/maintenance`);

    expect(response.status).toBe(200);
    expect(specErrors('get', MAINTENANCE, 200, response.body)).toEqual([]);
    const { windows, nextChange } = response.body;
    expect(response.body).toMatchObject({
      upgradeChannel: 'patch',
      nodeOSUpgradeChannel: 'NodeImage',
      stale: false,
    });
    expect(windows.map((w: any) => [w.kind, w.name, w.summary])).toEqual([
      [
        'autoUpgrade',
        'aksManagedAutoUpgradeSchedule',
        'Every Sunday 02:00–06:00 UTC+01:00',
      ],
      [
        'nodeOS',
        'aksManagedNodeOSUpgradeSchedule',
        'Every Saturday 22:00–04:00 (next day) UTC+01:00',
      ],
    ]);
    expect(windows[0].maintenanceWindow).toMatchObject({
      schedule: { weekly: { intervalWeeks: 1, dayOfWeek: 'Sunday' } },
      durationHours: 4,
      utcOffset: '+01:00',
      startTime: '02:00',
    });
    for (const [window, utcDay, utcTime, hours] of [
      [windows[0], 0, 'T01:00:00Z', 4],
      [windows[1], 6, 'T21:00:00Z', 6],
    ] as const) {
      expect(window.next).toHaveLength(3);
      window.next.forEach(({ start, end }: { start: string; end: string }) => {
        expect(new Date(start).getUTCDay()).toBe(utcDay);
        expect(start.slice(10)).toBe(utcTime);
        expect(Date.parse(end) - Date.parse(start)).toBe(hours * HOUR);
        expect(Date.parse(start)).toBeGreaterThan(Date.now());
      });
    }

    // 1.35.2 is the newest patch of 1.35, and its pools run the newest image.
    expect(nextChange).toBeUndefined();
    expect(armRequests(emulator).map(r => r.operation)).toContain(
      'MaintenanceConfigurations_ListByManagedCluster',
    );
  });

  it("reads a default configuration's hour slots", async () => {
    const response = await get(`${clusterPath(clusters.lts)}/maintenance`);
    expect(response.status).toBe(200);
    const [window] = response.body.windows;
    expect(window).toMatchObject({
      name: 'default',
      kind: 'default',
      timeInWeek: [{ day: 'Saturday', hourSlots: [1, 2, 3, 4] }],
      summary: 'Every Saturday 01:00–05:00 UTC',
    });
    expect(window.next[0].start).toMatch(/T01:00:00Z$/);
    expect(new Date(window.next[0].start).getUTCDay()).toBe(6);
    // The patch channel has 1.32.11 to go to, in no window of its own.
    expect(response.body.nextChange).toEqual({
      kind: 'kubernetesUpgrade',
      summary: 'Kubernetes 1.32.9 → 1.32.11 (patch channel)',
      fromVersion: '1.32.9',
      toVersion: '1.32.11',
      channel: 'patch',
    });
  });

  it('sets a window through the SDK, audited, and reads it back at once', async () => {
    const before = await get(clusterPath(clusters.lts));
    expect(codes(before.body)).toContain('AutoUpgradeWithoutWindow');

    const response = await put(clusters.lts, weeklyWindow);

    expect(response.status).toBe(200);
    expect(
      specErrors(
        'put',
        `${MAINTENANCE}/{configName}` as any,
        200,
        response.body,
      ),
    ).toEqual([]);
    const set = response.body.windows.find(
      (w: any) => w.kind === 'autoUpgrade',
    );
    expect(set.summary).toBe(
      'Every Wednesday 23:00–04:00 (next day) UTC+05:30, not 2030-12-20 to 2031-01-03',
    );
    expect(set.maintenanceWindow).toMatchObject({
      ...weeklyWindow,
      startDate: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
    });
    // Wednesday 23:00 at +05:30 is Wednesday 17:30 UTC.
    expect(set.next[0].start).toMatch(/T17:30:00Z$/);
    expect(new Date(set.next[0].start).getUTCDay()).toBe(3);
    const [write] = armRequests(emulator).filter(
      r => r.operation === 'MaintenanceConfigurations_CreateOrUpdate',
    );
    expect(write.method).toBe('PUT');
    expect(write.path).toMatch(
      /\/maintenanceConfigurations\/aksManagedAutoUpgradeSchedule$/,
    );

    expect(auditor.createEvent).toHaveBeenCalledWith(
      expect.objectContaining({
        eventId: 'cluster-maintenance',
        severityLevel: 'medium',
        meta: expect.objectContaining({
          clusterId: formatAksClusterId(clusters.lts),
          configName: 'aksManagedAutoUpgradeSchedule',
          window: set.summary,
        }),
      }),
    );
    const event = await auditor.createEvent.mock.results[0].value;
    expect(event.success).toHaveBeenCalled();

    const again = await get(`${clusterPath(clusters.lts)}/maintenance`);
    expect(again.body.windows.map((w: any) => w.kind)).toEqual([
      'autoUpgrade',
      'default',
    ]);
    // The upgrade now waits for the window; the node image update, without
    // a node OS window, can come at any time, so it comes first.
    expect(again.body.nextChange).toMatchObject({
      kind: 'nodeImageUpdate',
      summary: 'Node image update of legacyapps (NodeImage channel)',
    });
    expect(again.body.nextChange).not.toHaveProperty('window');
    const after = await get(clusterPath(clusters.lts));
    expect(codes(after.body)).not.toContain('AutoUpgradeWithoutWindow');
  });

  it('answers 403 without aks.cluster.maintenance, with no Azure call', async () => {
    const direct = await put(clusters.healthy, weeklyWindow, READER);
    const throughEntity = await request(server)
      .put(
        `${clusterPath(
          clusters.healthy,
        )}/maintenance/aksManagedNodeOSUpgradeSchedule?entityRef=component:default/payments`,
      )
      .set({ Authorization: mockCredentials.user.header(READER) })
      .send({ maintenanceWindow: weeklyWindow });

    for (const response of [direct, throughEntity]) {
      expect(response.status).toBe(403);
      expect(response.body.error.message).toBe(
        'Not allowed: aks.cluster.maintenance',
      );
    }
    expect(armRequests(emulator)).toEqual([]);
    expect(auditor.createEvent).not.toHaveBeenCalled();
    // Reading needs only aks.cluster.read.
    expect(
      (await get(`${clusterPath(clusters.healthy)}/maintenance`, READER))
        .status,
    ).toBe(200);
  });

  it.each([
    ['maintenanceWindow.utcOffset', { ...weeklyWindow, utcOffset: '+5:30' }],
    ['maintenanceWindow.durationHours', { ...weeklyWindow, durationHours: 2 }],
    [
      'maintenanceWindow.notAllowedDates.0.end',
      {
        ...weeklyWindow,
        notAllowedDates: [{ start: '2030-12-20', end: 'Boxing Day' }],
      },
    ],
  ])(
    'refuses an invalid %s with 400 naming it, and no Azure call',
    async (field, window) => {
      const response = await put(clusters.healthy, window);
      expect(response.status).toBe(400);
      expect(response.body.error.message).toContain(field);
      expect(armRequests(emulator)).toEqual([]);
    },
  );

  it('previews the next five occurrences without writing anything', async () => {
    const response = await request(server)
      .post(`${clusterPath(clusters.healthy)}/maintenance/preview`)
      .set(auth)
      .send({
        maintenanceWindow: {
          schedule: {
            relativeMonthly: {
              intervalMonths: 1,
              weekIndex: 'Last',
              dayOfWeek: 'Friday',
            },
          },
          durationHours: 6,
          utcOffset: '-07:00',
          startTime: '20:00',
        },
      });
    expect(response.status).toBe(200);
    expect(response.body.summary).toBe(
      'Every month on the last Friday 20:00–02:00 (next day) UTC-07:00',
    );
    expect(response.body.next).toHaveLength(5);
    for (const { start } of response.body.next) {
      // Friday 20:00 at -07:00 is Saturday 03:00 UTC; the Friday is the month's last.
      const friday = new Date(Date.parse(start) - 7 * HOUR);
      expect(start).toMatch(/T03:00:00Z$/);
      expect(friday.getUTCDay()).toBe(5);
      expect(new Date(friday.getTime() + 7 * 24 * HOUR).getUTCMonth()).not.toBe(
        friday.getUTCMonth(),
      );
    }
    expect(armRequests(emulator)).toEqual([]);
  });

  it('shows the maintenance rules on the cluster reads', async () => {
    expect(codes((await get(clusterPath(renderSpot))).body)).toEqual(
      expect.arrayContaining([
        'RapidChannelInProduction',
        'AutoUpgradeWithoutWindow',
      ]),
    );
    expect(codes((await get(clusterPath(legacy))).body)).toContain(
      'NodeOSUpgradeUnmanaged',
    );
    expect(codes((await get(clusterPath(clusters.healthy))).body)).not.toEqual(
      expect.arrayContaining(['AutoUpgradeWithoutWindow']),
    );

    // A two-hour window, as an older API version let one be set.
    emulator.admin.putResource(
      `${formatAksClusterId(
        checkout,
      )}/maintenanceConfigurations/aksManagedAutoUpgradeSchedule`,
      {
        properties: {
          maintenanceWindow: {
            schedule: { daily: { intervalDays: 1 } },
            durationHours: 2,
            utcOffset: '+00:00',
            startTime: '03:00',
          },
        },
      },
    );
    const short = await get(clusterPath(checkout));
    expect(short.body.health.warnings).toContainEqual(
      expect.objectContaining({
        code: 'MaintenanceWindowTooShort',
        severity: 'error',
        message: expect.stringContaining(
          'aksManagedAutoUpgradeSchedule is open for 2 hours at a time',
        ),
        remedy: expect.stringContaining(
          '`az aks maintenanceconfiguration update',
        ),
      }),
    );
  });

  it("calls a cluster production when its entity's lifecycle is", async () => {
    const id = formatAksClusterId(clusters.free);
    const free = emulator.admin.getResource(id) as any;
    free.properties.autoUpgradeProfile.upgradeChannel = 'rapid';
    emulator.admin.putResource(id, free);
    const fresh = await startBackend({ cacheTtlSeconds: 0 });

    const direct = await request(fresh)
      .get(clusterPath(clusters.free))
      .set(auth);
    expect(direct.body.tags.environment).toBe('dev');
    expect(codes(direct.body)).not.toContain('RapidChannelInProduction');
    const ofEntity = await request(fresh)
      .get('/api/aks/entities/component/default/sandbox/clusters')
      .set(auth);
    expect(codes(ofEntity.body.items[0].cluster)).toContain(
      'RapidChannelInProduction',
    );
  });

  it('degrades to unknown windows with a finding when they cannot be read, never a 5xx', async () => {
    const fresh = await startBackend({ cacheTtlSeconds: 0 });
    emulator.admin.addFault({
      kind: 'respond',
      status: 403,
      operation: 'MaintenanceConfigurations_ListByManagedCluster',
      body: {
        error: {
          code: 'AuthorizationFailed',
          message: 'The client may not read maintenanceConfigurations.',
        },
      },
    });
    const cluster = await request(fresh)
      .get(clusterPath(clusters.healthy))
      .set(auth);
    expect(cluster.status).toBe(200);
    expect(codes(cluster.body)).toContain('MaintenanceUnknown');
    expect(codes(cluster.body)).not.toContain('AutoUpgradeWithoutWindow');
    const maintenance = await request(fresh)
      .get(`${clusterPath(clusters.healthy)}/maintenance`)
      .set(auth);
    expect(maintenance.status).toBe(200);
    expect(maintenance.body.windows).toBeUndefined();
    expect(maintenance.body.unknown).toContain('AuthorizationFailed');
  });

  it('passes on what it does not understand of an answer', async () => {
    const fresh = await startBackend({ cacheTtlSeconds: 0 });
    emulator.admin.addFault({
      kind: 'respond',
      status: 200,
      operation: 'MaintenanceConfigurations_ListByManagedCluster',
      body: {
        value: [
          {
            name: 'aksManagedAutoUpgradeSchedule',
            properties: {
              maintenanceWindow: {
                schedule: {
                  weekly: { intervalWeeks: 1, dayOfWeek: 'Caturday' },
                  daily: null,
                },
                durationHours: 4,
                startTime: '01:00',
                utcOffset: null,
                notAllowedDates: null,
              },
              timeInWeek: null,
            },
          },
          { name: 'someFutureSchedule', properties: {} },
        ],
      },
    });
    const response = await request(fresh)
      .get(`${clusterPath(clusters.healthy)}/maintenance`)
      .set(auth);
    expect(response.status).toBe(200);
    expect(specErrors('get', MAINTENANCE, 200, response.body)).toEqual([]);
    expect(response.body.windows).toEqual([
      {
        name: 'aksManagedAutoUpgradeSchedule',
        kind: 'autoUpgrade',
        maintenanceWindow: {
          schedule: { weekly: { intervalWeeks: 1, dayOfWeek: 'Caturday' } },
          durationHours: 4,
          startTime: '01:00',
        },
        summary:
          'A schedule the AKS plugin cannot read: its dayOfWeek Caturday is not a day',
        next: [],
      },
    ]);
  });

  it('lists the fleet with each channel and next window, and filters those that can upgrade at any time', async () => {
    const fleet = await get(`/api/aks/clusters?subscriptionId=${PROD}`);
    expect(fleet.status).toBe(200);
    const byName = Object.fromEntries(
      fleet.body.items.map((c: any) => [c.name, c]),
    );
    const payments = await get(`${clusterPath(clusters.healthy)}/maintenance`);
    expect(byName['aks-payments-prod']).toMatchObject({
      upgradeChannel: 'patch',
      nextMaintenance: payments.body.windows[0].next[0].start,
    });
    expect(byName['aks-legacy-prod'].upgradeChannel).toBe('none');
    expect(byName['aks-legacy-prod']).not.toHaveProperty('nextMaintenance');
    expect(byName['aks-render-spot']).not.toHaveProperty('nextMaintenance');

    const anyTime = await get(
      `/api/aks/clusters?subscriptionId=${PROD}&maintenance=auto-upgrade-without-window`,
    );
    expect(anyTime.status).toBe(200);
    const names = anyTime.body.items.map((c: any) => c.name);
    expect(names).toContain('aks-render-spot');
    expect(names).not.toContain('aks-payments-prod');
    expect(names).not.toContain('aks-legacy-prod');
    expect(anyTime.body.totalCount).toBe(names.length);
    for (const item of anyTime.body.items) {
      expect(item.upgradeChannel).not.toBe('none');
      expect(item.health.warnings.map((w: any) => w.code)).toContain(
        'AutoUpgradeWithoutWindow',
      );
    }
  });
});
