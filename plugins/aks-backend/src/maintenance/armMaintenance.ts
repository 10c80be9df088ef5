import type {
  MaintenanceConfiguration,
  MaintenanceWindow as ArmMaintenanceWindow,
} from '@azure/arm-containerservice';
import type {
  MaintenanceWindow,
  MaintenanceWindowInfo,
} from '@aks-backstage/plugin-aks-common';

/*
 * Maintenance configurations as ARM sends them, read into the wire's
 * shape. Any property may be absent or null, dates may not parse, enums may
 * hold values the spec does not list: nothing here throws, and what is not
 * understood is passed on as it came, for the schedule math to decline.
 */

/** A configuration as read, before its occurrences are computed. */
export type MaintenanceConfig = Omit<MaintenanceWindowInfo, 'summary' | 'next'>;

/** The configurations AKS knows, by kind. */
export const CONFIG_NAMES = {
  default: 'default',
  autoUpgrade: 'aksManagedAutoUpgradeSchedule',
  nodeOS: 'aksManagedNodeOSUpgradeSchedule',
} as const;

function kindOf(name: string): MaintenanceConfig['kind'] | undefined {
  const lower = name.toLowerCase();
  return (Object.keys(CONFIG_NAMES) as Array<keyof typeof CONFIG_NAMES>).find(
    kind => CONFIG_NAMES[kind].toLowerCase() === lower,
  );
}

const text = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : undefined;
const integer = (value: unknown): number | undefined =>
  Number.isInteger(value) ? (value as number) : undefined;
const isObject = (value: unknown): value is Record<string, unknown> =>
  !!value && typeof value === 'object';

/** A date the SDK parsed (or a string it did not), as `YYYY-MM-DD`. */
function day(value: unknown): string | undefined {
  if (value instanceof Date) {
    return Number.isNaN(value.getTime())
      ? undefined
      : value.toISOString().slice(0, 10);
  }
  return text(value);
}

function dateTime(value: unknown): string | undefined {
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? undefined : value.toISOString();
  }
  return text(value);
}

/** Only the fields ARM set, so that an absent one stays absent. */
function defined<T extends object>(fields: T): T {
  return Object.fromEntries(
    Object.entries(fields).filter(([, v]) => v !== undefined),
  ) as T;
}

function toSchedule(schedule: unknown): MaintenanceWindow['schedule'] {
  if (!isObject(schedule)) return undefined;
  const { daily, weekly, absoluteMonthly, relativeMonthly } = schedule;
  return defined({
    daily: isObject(daily)
      ? defined({ intervalDays: integer(daily.intervalDays) })
      : undefined,
    weekly: isObject(weekly)
      ? defined({
          intervalWeeks: integer(weekly.intervalWeeks),
          dayOfWeek: text(weekly.dayOfWeek),
        })
      : undefined,
    absoluteMonthly: isObject(absoluteMonthly)
      ? defined({
          intervalMonths: integer(absoluteMonthly.intervalMonths),
          dayOfMonth: integer(absoluteMonthly.dayOfMonth),
        })
      : undefined,
    relativeMonthly: isObject(relativeMonthly)
      ? defined({
          intervalMonths: integer(relativeMonthly.intervalMonths),
          weekIndex: text(relativeMonthly.weekIndex),
          dayOfWeek: text(relativeMonthly.dayOfWeek),
        })
      : undefined,
  });
}

/** ARM's `maintenanceWindow` as the wire copies it. */
export function toMaintenanceWindow(
  window: ArmMaintenanceWindow | null | undefined,
): MaintenanceWindow | undefined {
  if (!isObject(window)) return undefined;
  const spans = Array.isArray(window.notAllowedDates)
    ? window.notAllowedDates.flatMap(span => {
        const start = day(span?.start);
        const end = day(span?.end);
        return start && end ? [{ start, end }] : [];
      })
    : undefined;
  return defined({
    schedule: toSchedule(window.schedule),
    durationHours: integer(window.durationHours),
    utcOffset: text(window.utcOffset),
    startDate: day(window.startDate),
    startTime: text(window.startTime),
    notAllowedDates: spans,
  });
}

/** A configuration ARM listed; none for a name AKS does not schedule by. */
export function toMaintenanceConfig(
  config: MaintenanceConfiguration,
): MaintenanceConfig | undefined {
  const name = text(config?.name);
  const kind = name && kindOf(name);
  if (!name || !kind) return undefined;
  const timeInWeek = Array.isArray(config.timeInWeek)
    ? config.timeInWeek.flatMap(slot =>
        isObject(slot)
          ? [
              defined({
                day: text(slot.day),
                hourSlots: Array.isArray(slot.hourSlots)
                  ? slot.hourSlots.filter(Number.isInteger)
                  : undefined,
              }),
            ]
          : [],
      )
    : undefined;
  const notAllowedTime = Array.isArray(config.notAllowedTime)
    ? config.notAllowedTime.flatMap(span =>
        isObject(span)
          ? [defined({ start: dateTime(span.start), end: dateTime(span.end) })]
          : [],
      )
    : undefined;
  return defined({
    name,
    kind,
    maintenanceWindow: toMaintenanceWindow(config.maintenanceWindow),
    timeInWeek: timeInWeek?.length ? timeInWeek : undefined,
    notAllowedTime: notAllowedTime?.length ? notAllowedTime : undefined,
  });
}
