import type { MaintenanceConfiguration } from '@azure/arm-containerservice';
import { toMaintenanceConfig } from './armMaintenance';

describe('maintenance configurations as ARM sends them', () => {
  it('copies a window, its dates as days', () => {
    expect(
      toMaintenanceConfig({
        name: 'aksManagedAutoUpgradeSchedule',
        maintenanceWindow: {
          schedule: {
            relativeMonthly: {
              intervalMonths: 1,
              weekIndex: 'Last',
              dayOfWeek: 'Friday',
            },
          },
          durationHours: 6,
          utcOffset: '+05:30',
          startTime: '22:00',
          startDate: new Date('2026-01-01'),
          notAllowedDates: [
            { start: new Date('2026-12-20'), end: new Date('2027-01-03') },
          ],
        },
      }),
    ).toEqual({
      name: 'aksManagedAutoUpgradeSchedule',
      kind: 'autoUpgrade',
      maintenanceWindow: {
        schedule: {
          relativeMonthly: {
            intervalMonths: 1,
            weekIndex: 'Last',
            dayOfWeek: 'Friday',
          },
        },
        durationHours: 6,
        utcOffset: '+05:30',
        startTime: '22:00',
        startDate: '2026-01-01',
        notAllowedDates: [{ start: '2026-12-20', end: '2027-01-03' }],
      },
    });
  });

  it('survives nulls, unparsable dates and values the spec does not list', () => {
    const config = {
      name: 'AKSMANAGEDNODEOSUPGRADESCHEDULE',
      maintenanceWindow: {
        schedule: {
          daily: null,
          weekly: { intervalWeeks: 1, dayOfWeek: 'Someday' },
          absoluteMonthly: null,
          relativeMonthly: null,
        },
        durationHours: null,
        utcOffset: null,
        startDate: new Date('not a date'),
        startTime: '01:00',
        notAllowedDates: [null, { start: new Date('x'), end: new Date('x') }],
      },
      timeInWeek: null,
      notAllowedTime: null,
    } as unknown as MaintenanceConfiguration;
    expect(toMaintenanceConfig(config)).toEqual({
      name: 'AKSMANAGEDNODEOSUPGRADESCHEDULE',
      kind: 'nodeOS',
      maintenanceWindow: {
        schedule: { weekly: { intervalWeeks: 1, dayOfWeek: 'Someday' } },
        startTime: '01:00',
        notAllowedDates: [],
      },
    });
  });

  it('reads the hour slots of a default configuration, and leaves out unknown names', () => {
    expect(
      toMaintenanceConfig({
        name: 'default',
        timeInWeek: [{ day: 'Monday', hourSlots: [1, 2, null as any] }],
        notAllowedTime: [
          {
            start: new Date('2026-12-24T00:00:00Z'),
            end: new Date('2026-12-26T00:00:00Z'),
          },
        ],
      }),
    ).toEqual({
      name: 'default',
      kind: 'default',
      timeInWeek: [{ day: 'Monday', hourSlots: [1, 2] }],
      notAllowedTime: [
        { start: '2026-12-24T00:00:00.000Z', end: '2026-12-26T00:00:00.000Z' },
      ],
    });
    expect(toMaintenanceConfig({ name: 'weekendWindow' })).toBeUndefined();
    expect(toMaintenanceConfig({} as MaintenanceConfiguration)).toBeUndefined();
  });
});
