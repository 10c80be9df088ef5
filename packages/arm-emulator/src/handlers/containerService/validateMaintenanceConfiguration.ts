import { DateTime, FixedOffsetZone } from 'luxon';
import { invalidParameter, missingProperty } from '../../errors/armError';
import { checkShape, type Shape } from '../arm/bodyShape';
import {
  checkEnum,
  checkMaintenanceWindow,
  checkRange,
  offsetMinutes,
  parseDateTime,
  requireField,
  scheduleTypeOf,
  WEEK_DAYS,
} from './maintenanceWindowRules';

/** The only maintenance configurations AKS keeps: its weekly releases, Kubernetes auto-upgrades and node OS upgrades. */
export const MAINTENANCE_CONFIGURATION_NAMES = [
  'default',
  'aksManagedAutoUpgradeSchedule',
  'aksManagedNodeOSUpgradeSchedule',
] as const;

export type MaintenanceConfigurationName =
  (typeof MAINTENANCE_CONFIGURATION_NAMES)[number];

const DATE_SPAN: Shape = { fields: { start: 'string', end: 'string' } };
const WEEKLY: Shape = {
  fields: { intervalWeeks: 'integer', dayOfWeek: 'string' },
};

const CONFIGURATION_SHAPE: Shape = {
  fields: {
    properties: {
      fields: {
        timeInWeek: {
          array: { fields: { day: 'string', hourSlots: { array: 'integer' } } },
        },
        notAllowedTime: { array: DATE_SPAN },
        maintenanceWindow: {
          fields: {
            schedule: {
              fields: {
                daily: { fields: { intervalDays: 'integer' } },
                weekly: WEEKLY,
                absoluteMonthly: {
                  fields: { intervalMonths: 'integer', dayOfMonth: 'integer' },
                },
                relativeMonthly: {
                  fields: {
                    intervalMonths: 'integer',
                    weekIndex: 'string',
                    dayOfWeek: 'string',
                  },
                },
              },
            },
            durationHours: 'integer',
            utcOffset: 'string',
            startDate: 'string',
            startTime: 'string',
            notAllowedDates: { array: DATE_SPAN },
          },
        },
      },
    },
  },
};

/** The configuration's name as AKS spells it, or AKS's 400 for any other name. */
export function maintenanceConfigurationName(
  requested: string,
): MaintenanceConfigurationName {
  const name = MAINTENANCE_CONFIGURATION_NAMES.find(
    n => n.toLowerCase() === requested.toLowerCase(),
  );
  if (!name) {
    throw invalidParameter(
      "Only 'default', 'aksManagedAutoUpgradeSchedule' and 'aksManagedNodeOSUpgradeSchedule' are allowed configNames for maintenance configuration.",
      'configName',
    );
  }
  return name;
}

const present = (value: unknown[] | undefined | null) =>
  Array.isArray(value) && value.length > 0;

function checkTimeInWeek(slots: Record<string, any>[]): void {
  slots.forEach((slot, i) => {
    const at = `properties.timeInWeek[${i}]`;
    requireField(slot, at, 'day');
    checkEnum(slot.day, WEEK_DAYS, `${at}.day`);
    (slot.hourSlots ?? []).forEach((hour: number, h: number) =>
      checkRange(hour, 0, 23, `${at}.hourSlots[${h}]`),
    );
  });
}

function checkNotAllowedTime(spans: Record<string, any>[]): void {
  spans.forEach((span, i) => {
    const at = `properties.notAllowedTime[${i}]`;
    requireField(span, at, 'start');
    requireField(span, at, 'end');
    const start = parseDateTime(span.start, `${at}.start`);
    const end = parseDateTime(span.end, `${at}.end`);
    if (end <= start)
      throw invalidParameter(
        `The end ${span.end} of ${at} is not after its start ${span.start}.`,
        `${at}.end`,
      );
  });
}

/** What each of the three configurations takes: `default` the legacy slots or a weekly window, the others a window. */
function checkConfigurationKind(
  name: MaintenanceConfigurationName,
  props: Record<string, any>,
): void {
  const window = props.maintenanceWindow;
  if (name === 'default') {
    if (window && present(props.timeInWeek)) {
      throw invalidParameter(
        "Maintenance configuration 'default' takes either timeInWeek or maintenanceWindow, not both.",
        'properties.maintenanceWindow',
      );
    }
    if (!window && !present(props.timeInWeek)) {
      throw invalidParameter(
        "Maintenance configuration 'default' needs timeInWeek or maintenanceWindow.",
        'properties',
      );
    }
    if (!window) return;
    const schedule = 'properties.maintenanceWindow.schedule';
    if (scheduleTypeOf(window.schedule, schedule) !== 'weekly') {
      throw invalidParameter(
        'Only weekly schedule is supported for control plane upgrade maintenance configuration: default.',
        schedule,
      );
    }
    if (window.schedule.weekly.intervalWeeks !== 1) {
      throw invalidParameter(
        'Only intervalWeeks 1 is supported for control plane upgrade maintenance configuration: default.',
        `${schedule}.weekly.intervalWeeks`,
      );
    }
    return;
  }
  if (!window) throw missingProperty('properties', 'maintenanceWindow');
  for (const legacy of ['timeInWeek', 'notAllowedTime']) {
    if (present(props[legacy])) {
      throw invalidParameter(
        `${legacy} is only supported for maintenance configuration 'default'; use maintenanceWindow for ${name}.`,
        `properties.${legacy}`,
      );
    }
  }
  if (
    name === 'aksManagedAutoUpgradeSchedule' &&
    window.schedule.daily !== undefined &&
    window.schedule.daily !== null
  ) {
    throw invalidParameter(
      'Daily schedule is not supported for maintenance configuration: aksManagedAutoUpgradeSchedule; use weekly, absoluteMonthly or relativeMonthly.',
      'properties.maintenanceWindow.schedule.daily',
    );
  }
}

/** Today's date where the window's offset applies. */
export function todayAt(utcOffset: string | undefined, nowMs: number): string {
  return DateTime.fromMillis(nowMs, {
    zone: FixedOffsetZone.instance(offsetMinutes(utcOffset)),
  }).toISODate()!;
}

/**
 * Checks a MaintenanceConfiguration PUT body as AKS does. `storedStartDate`
 * is the start date the configuration has now: sending it back is fine even
 * once it has passed; a new start date must not be in the past.
 */
export function validateMaintenanceConfiguration(
  name: MaintenanceConfigurationName,
  body: Record<string, any>,
  nowMs: number,
  storedStartDate?: string,
): void {
  checkShape(body, CONFIGURATION_SHAPE, '');
  const props: Record<string, any> = body.properties ?? {};
  if (props.timeInWeek) checkTimeInWeek(props.timeInWeek);
  if (props.notAllowedTime) checkNotAllowedTime(props.notAllowedTime);
  const window = props.maintenanceWindow;
  if (window) checkMaintenanceWindow(window, 'properties.maintenanceWindow');
  checkConfigurationKind(name, props);
  const startDate = window?.startDate;
  if (
    startDate &&
    startDate !== storedStartDate &&
    startDate < todayAt(window.utcOffset, nowMs)
  ) {
    throw invalidParameter(
      `The startDate ${startDate} of maintenance configuration ${name} is in the past; leave it out for a window that is active right away.`,
      'properties.maintenanceWindow.startDate',
    );
  }
}
