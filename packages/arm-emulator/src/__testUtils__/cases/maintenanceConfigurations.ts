import type { ArmEmulator } from '../../types';
import { conformanceCase as c, type ConformanceCase } from '../conformanceCase';
import { api, cloneResource, cluster } from '../demo';

const PAYMENTS = cluster('rg-payments-prod', 'aks-payments-prod');
const MISSING = cluster('rg-payments-prod', 'missing');
const configs = (clusterId: string) => `${clusterId}/maintenanceConfigurations`;
const config = (clusterId: string, name: string) =>
  api(`${configs(clusterId)}/${name}`, 'aks');
/** A copy of the payments cluster (with no configurations: they are not copied) that a case may change. */
const paymentsCopy = (name: string) => (emulator: ArmEmulator) =>
  cloneResource(emulator, PAYMENTS, name);
const inCopy = (name: string, configName: string) =>
  config(cluster('rg-payments-prod', name), configName);

/** A valid window, changed by a case to break one rule. */
export const WEEKLY_WINDOW = {
  schedule: { weekly: { intervalWeeks: 1, dayOfWeek: 'Sunday' } },
  durationHours: 4,
  utcOffset: '+01:00',
  startTime: '02:00',
};
/** A copy of the payments cluster with one window. */
const withWindow =
  (name: string, configName: string) => (emulator: ArmEmulator) => {
    const id = paymentsCopy(name)(emulator);
    emulator.admin.putResource(
      `${id}/maintenanceConfigurations/${configName}`,
      {
        properties: { maintenanceWindow: WEEKLY_WINDOW },
      },
    );
  };
const windowWith = (change: Record<string, unknown>) => ({
  properties: { maintenanceWindow: { ...WEEKLY_WINDOW, ...change } },
});
const invalid = (what: string, change: Record<string, unknown>) =>
  c(
    'MaintenanceConfigurations_CreateOrUpdate',
    400,
    what,
    config(PAYMENTS, 'aksManagedAutoUpgradeSchedule'),
    { body: windowWith(change) },
  );

/** maintenanceConfigurations: every operation, success and error statuses. */
export const MAINTENANCE_CONFIGURATION_CASES: ConformanceCase[] = [
  c(
    'MaintenanceConfigurations_ListByManagedCluster',
    200,
    'the windows of a cluster',
    api(configs(PAYMENTS), 'aks'),
  ),
  c(
    'MaintenanceConfigurations_ListByManagedCluster',
    404,
    'a missing cluster',
    api(configs(MISSING), 'aks'),
  ),
  c(
    'MaintenanceConfigurations_Get',
    200,
    'a weekly auto-upgrade window',
    config(PAYMENTS, 'aksManagedAutoUpgradeSchedule'),
  ),
  c(
    'MaintenanceConfigurations_Get',
    200,
    'a default configuration with time slots',
    config(cluster('rg-platform-prod', 'aks-platform-lts'), 'default'),
  ),
  c(
    'MaintenanceConfigurations_Get',
    404,
    'a configuration the cluster does not have',
    config(PAYMENTS, 'default'),
  ),
  c(
    'MaintenanceConfigurations_Get',
    404,
    'a missing cluster',
    config(MISSING, 'default'),
  ),
  c(
    'MaintenanceConfigurations_CreateOrUpdate',
    201,
    'a new relative monthly node OS window',
    inCopy('aks-conf-mc-new', 'aksManagedNodeOSUpgradeSchedule'),
    {
      setup: paymentsCopy('aks-conf-mc-new'),
      body: {
        properties: {
          maintenanceWindow: {
            ...WEEKLY_WINDOW,
            schedule: {
              relativeMonthly: {
                intervalMonths: 1,
                weekIndex: 'Last',
                dayOfWeek: 'Friday',
              },
            },
            notAllowedDates: [{ start: '2099-12-23', end: '2100-01-02' }],
          },
        },
      },
    },
  ),
  c(
    'MaintenanceConfigurations_CreateOrUpdate',
    200,
    'a changed auto-upgrade window',
    inCopy('aks-conf-mc-update', 'aksManagedAutoUpgradeSchedule'),
    {
      setup: withWindow('aks-conf-mc-update', 'aksManagedAutoUpgradeSchedule'),
      body: windowWith({ durationHours: 8 }),
    },
  ),
  c(
    'MaintenanceConfigurations_CreateOrUpdate',
    400,
    'a name AKS does not know',
    config(PAYMENTS, 'weekendsOnly'),
    { body: windowWith({}) },
  ),
  invalid('durationHours below 4', { durationHours: 3 }),
  invalid('durationHours above 24', { durationHours: 25 }),
  invalid('a utcOffset without its sign', { utcOffset: '05:30' }),
  invalid('a startTime past 23:59', { startTime: '24:00' }),
  invalid('a startDate that is no date', { startDate: '2099-02-30' }),
  invalid('a startDate in the past', { startDate: '2020-01-01' }),
  invalid('no startTime', { startTime: undefined }),
  invalid('two schedule types', {
    schedule: {
      weekly: { intervalWeeks: 1, dayOfWeek: 'Sunday' },
      absoluteMonthly: { intervalMonths: 1, dayOfMonth: 1 },
    },
  }),
  invalid('no schedule type', { schedule: {} }),
  invalid('intervalWeeks above 4', {
    schedule: { weekly: { intervalWeeks: 5, dayOfWeek: 'Sunday' } },
  }),
  invalid('a dayOfWeek that is no day', {
    schedule: { weekly: { intervalWeeks: 1, dayOfWeek: 'Funday' } },
  }),
  invalid('dayOfMonth above 31', {
    schedule: { absoluteMonthly: { intervalMonths: 1, dayOfMonth: 32 } },
  }),
  invalid('a daily auto-upgrade window', {
    schedule: { daily: { intervalDays: 1 } },
  }),
  invalid('a not-allowed date span that ends before it starts', {
    notAllowedDates: [{ start: '2099-12-24', end: '2099-12-23' }],
  }),
  c(
    'MaintenanceConfigurations_CreateOrUpdate',
    400,
    'a monthly default window',
    config(PAYMENTS, 'default'),
    {
      body: {
        properties: {
          maintenanceWindow: {
            ...WEEKLY_WINDOW,
            schedule: {
              absoluteMonthly: { intervalMonths: 1, dayOfMonth: 1 },
            },
          },
        },
      },
    },
  ),
  c(
    'MaintenanceConfigurations_CreateOrUpdate',
    400,
    'an hour slot past 23',
    config(PAYMENTS, 'default'),
    {
      body: {
        properties: { timeInWeek: [{ day: 'Monday', hourSlots: [22, 24] }] },
      },
    },
  ),
  c(
    'MaintenanceConfigurations_CreateOrUpdate',
    404,
    'a missing cluster',
    config(MISSING, 'default'),
    { body: windowWith({}) },
  ),
  c(
    'MaintenanceConfigurations_Delete',
    200,
    'a node OS window',
    inCopy('aks-conf-mc-delete', 'aksManagedNodeOSUpgradeSchedule'),
    {
      setup: withWindow(
        'aks-conf-mc-delete',
        'aksManagedNodeOSUpgradeSchedule',
      ),
    },
  ),
  c(
    'MaintenanceConfigurations_Delete',
    204,
    'a configuration the cluster does not have',
    config(PAYMENTS, 'default'),
  ),
  c(
    'MaintenanceConfigurations_Delete',
    404,
    'a missing cluster',
    config(MISSING, 'default'),
  ),
];
