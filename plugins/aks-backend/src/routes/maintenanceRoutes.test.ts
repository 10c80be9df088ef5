import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { ArmEmulator, startArmEmulator } from '@aks-backstage/arm-emulator';
import request from 'supertest';
import { specErrors } from '../__testUtils__/specValidation';
import {
  armRequests,
  clusterPath,
  clusters,
  startAksTestBackend,
} from '../testUtils';

const PREVIEW =
  '/clusters/{subscriptionId}/{resourceGroup}/{name}/maintenance/preview';
const auth = { Authorization: mockCredentials.user.header() };
const weekly = {
  schedule: { weekly: { intervalWeeks: 1, dayOfWeek: 'Sunday' } },
  durationHours: 4,
  utcOffset: '+02:00',
  startTime: '01:00',
};

describe('maintenance routes, before any Azure call', () => {
  let emulator: ArmEmulator;
  let server: Awaited<ReturnType<typeof startAksTestBackend>>['server'];
  const auditor = mockServices.auditor.mock();
  const maintenancePath = (suffix: string) =>
    `${clusterPath(clusters.healthy)}/maintenance/${suffix}`;
  const put = (maintenanceWindow: object, user?: string) =>
    request(server)
      .put(maintenancePath('aksManagedAutoUpgradeSchedule'))
      .set({ Authorization: mockCredentials.user.header(user) })
      .send({ maintenanceWindow });

  beforeAll(async () => {
    emulator = await startArmEmulator();
    const permissions = mockServices.permissions.mock({
      authorizeConditional: async (requests, { credentials }) =>
        requests.map(r => ({
          result:
            r.permission.name === 'aks.cluster.maintenance' &&
            (credentials.principal as { userEntityRef?: string })
              .userEntityRef === 'user:default/rita'
              ? AuthorizeResult.DENY
              : AuthorizeResult.ALLOW,
        })) as any,
    });
    ({ server } = await startAksTestBackend({
      emulator,
      features: [permissions.factory, auditor.factory],
    }));
  });
  afterAll(() => emulator.stop());
  beforeEach(() => {
    emulator.admin.clearRequests();
    auditor.createEvent.mockClear();
  });

  it('previews the next five occurrences, as the spec says, without calling Azure', async () => {
    const response = await request(server)
      .post(maintenancePath('preview'))
      .set(auth)
      .send({ maintenanceWindow: weekly });

    expect(response.status).toBe(200);
    expect(specErrors('post', PREVIEW, 200, response.body)).toEqual([]);
    expect(response.body.summary).toBe('Every Sunday 01:00–05:00 UTC+02:00');
    expect(response.body.next).toHaveLength(5);
    for (const { start, end } of response.body.next) {
      expect(new Date(start).getUTCDay()).toBe(6); // Saturday 23:00 UTC
      expect(start).toMatch(/T23:00:00Z$/);
      expect(Date.parse(end) - Date.parse(start)).toBe(4 * 3600_000);
      expect(Date.parse(start)).toBeGreaterThan(Date.now());
    }
    expect(armRequests(emulator)).toEqual([]);
  });

  it.each([
    [
      'a UTC offset that is not ±HH:mm',
      { ...weekly, utcOffset: '+2' },
      'body field maintenanceWindow.utcOffset "+2" must match pattern',
    ],
    [
      'a UTC offset past 14 hours',
      { ...weekly, utcOffset: '+14:30' },
      'body field maintenanceWindow.utcOffset "+14:30" must match pattern',
    ],
    [
      'a two-hour window',
      { ...weekly, durationHours: 2 },
      "Invalid maintenanceWindow.durationHours 2: AKS's minimum is 4 hours",
    ],
    [
      'a start time that is not HH:mm',
      { ...weekly, startTime: '25:00' },
      'body field maintenanceWindow.startTime "25:00" must match pattern',
    ],
    [
      'a not-allowed date that is not a date',
      {
        ...weekly,
        notAllowedDates: [{ start: '2026-02-30', end: '2026-03-02' }],
      },
      'body field maintenanceWindow.notAllowedDates.0.start "2026-02-30" must match format "date"',
    ],
    [
      'a not-allowed span that ends before it starts',
      {
        ...weekly,
        notAllowedDates: [{ start: '2030-03-02', end: '2030-03-01' }],
      },
      'Invalid maintenanceWindow.notAllowedDates.0.end "2030-03-01": ends before its start 2030-03-02',
    ],
    [
      'a schedule of two kinds',
      {
        ...weekly,
        schedule: { ...weekly.schedule, daily: { intervalDays: 1 } },
      },
      'body field maintenanceWindow.schedule (an object) must NOT have more than 1 properties',
    ],
    [
      'a schedule of no kind',
      { ...weekly, schedule: {} },
      'body field maintenanceWindow.schedule (an object) must NOT have fewer than 1 properties',
    ],
    [
      'an interval past the spec',
      {
        ...weekly,
        schedule: { weekly: { intervalWeeks: 5, dayOfWeek: 'Sunday' } },
      },
      'body field maintenanceWindow.schedule.weekly.intervalWeeks 5 must be <= 4',
    ],
    [
      'a start date in the past',
      { ...weekly, startDate: '2020-01-01' },
      'Invalid maintenanceWindow.startDate "2020-01-01": lies before today',
    ],
  ])(
    'refuses %s with 400 naming the field, before any Azure call',
    async (_, window, message) => {
      for (const response of [
        await put(window),
        await request(server)
          .post(maintenancePath('preview'))
          .set(auth)
          .send({ maintenanceWindow: window }),
      ]) {
        expect(response.status).toBe(400);
        expect(response.body.error.message).toContain(message);
      }
      expect(armRequests(emulator)).toEqual([]);
      expect(auditor.createEvent).not.toHaveBeenCalled();
    },
  );

  it('refuses a configuration that is not a maintenance window of a channel', async () => {
    const response = await request(server)
      .put(maintenancePath('default'))
      .set(auth)
      .send({ maintenanceWindow: weekly });
    expect(response.status).toBe(400);
    expect(response.body.error.message).toContain('path parameter configName');
    expect(armRequests(emulator)).toEqual([]);
  });

  it('answers 403 without aks.cluster.maintenance, with no Azure call and no audit event', async () => {
    const response = await put(weekly, 'user:default/rita');
    expect(response.status).toBe(403);
    expect(response.body.error.message).toBe(
      'Not allowed: aks.cluster.maintenance',
    );
    expect(armRequests(emulator)).toEqual([]);
    expect(auditor.createEvent).not.toHaveBeenCalled();
  });
});
