import {
  MAINTENANCE_WEEK_DAYS,
  MaintenanceWindow,
} from '@aks-backstage/plugin-aks-common';
import { DateTime, FixedOffsetZone } from 'luxon';

/** ARM's week days, Sunday first as in .NET's `DayOfWeek`; luxon numbers them 1 (Monday) to 7. */
export const WEEK_DAYS = MAINTENANCE_WEEK_DAYS;

/** ARM's week indexes of a relative monthly schedule, as the nth week day of the month (-1: last). */
export const WEEK_INDEXES = {
  First: 1,
  Second: 2,
  Third: 3,
  Fourth: 4,
  Last: -1,
} as const;

/** A luxon week day (1 = Monday … 7 = Sunday) of ARM's name, case-insensitively. */
export function weekdayOf(name: string | undefined): number | undefined {
  const index = WEEK_DAYS.findIndex(
    d => d.toLowerCase() === name?.toLowerCase(),
  );
  if (index < 0) return undefined;
  return index === 0 ? 7 : index;
}

/** How a window recurs, in luxon's numbering. */
export type Recurrence =
  | { kind: 'daily'; intervalDays: number }
  | { kind: 'weekly'; intervalWeeks: number; weekday: number }
  | { kind: 'absoluteMonthly'; intervalMonths: number; dayOfMonth: number }
  | {
      kind: 'relativeMonthly';
      intervalMonths: number;
      /** 1 to 4, or -1 for the last. */
      nth: number;
      weekday: number;
    };

/** A window with every field checked and read: what the occurrences are computed from. */
export interface WindowRule {
  recurrence: Recurrence;
  /** The fixed offset of `utcOffset` (AKS windows know no daylight saving time). */
  zone: FixedOffsetZone;
  /** `startDate`, the first day (in the offset) a window may open on; absent: active at once. */
  startDate?: DateTime;
  hour: number;
  minute: number;
  durationHours: number;
  /** `notAllowedDates`, each from the start of its first day to the end of its last, in the offset. */
  notAllowed: Array<{ start: DateTime; end: DateTime }>;
}

const OFFSET = /^([+-])(\d{2}):(\d{2})$/;
const TIME = /^(\d{2}):(\d{2})$/;
const isInterval = (n: unknown, max: number): n is number =>
  Number.isInteger(n) && (n as number) >= 1 && (n as number) <= max;

/** The minutes of a `±HH:mm` offset within ±14:00; undefined for anything else. */
export function offsetMinutes(
  utcOffset: string | undefined,
): number | undefined {
  const match = OFFSET.exec(utcOffset ?? '+00:00');
  if (!match) return undefined;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  if (Number(match[3]) > 59 || minutes > 14 * 60) return undefined;
  return match[1] === '-' ? -minutes : minutes;
}

/** A `YYYY-MM-DD` date at the start of its day in the zone; undefined unless a real date. */
export function dayIn(date: string | undefined, zone: FixedOffsetZone) {
  if (!date || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return undefined;
  const day = DateTime.fromISO(date, { zone });
  return day.isValid ? day : undefined;
}

function recurrenceOf(
  schedule: MaintenanceWindow['schedule'],
): Recurrence | string {
  const kinds = Object.entries(schedule ?? {}).filter(([, v]) => v);
  if (kinds.length !== 1) {
    return `it has ${kinds.length || 'no'} kinds of schedule, not one`;
  }
  const { daily, weekly, absoluteMonthly, relativeMonthly } = schedule!;
  if (daily) {
    return isInterval(daily.intervalDays, 7)
      ? { kind: 'daily', intervalDays: daily.intervalDays }
      : 'its intervalDays is not 1 to 7';
  }
  if (weekly) {
    const weekday = weekdayOf(weekly.dayOfWeek);
    if (!isInterval(weekly.intervalWeeks, 4))
      return 'its intervalWeeks is not 1 to 4';
    if (!weekday) return `its dayOfWeek ${weekly.dayOfWeek} is not a day`;
    return { kind: 'weekly', intervalWeeks: weekly.intervalWeeks, weekday };
  }
  if (absoluteMonthly) {
    if (!isInterval(absoluteMonthly.intervalMonths, 6))
      return 'its intervalMonths is not 1 to 6';
    if (!isInterval(absoluteMonthly.dayOfMonth, 31))
      return 'its dayOfMonth is not 1 to 31';
    return {
      kind: 'absoluteMonthly',
      intervalMonths: absoluteMonthly.intervalMonths,
      dayOfMonth: absoluteMonthly.dayOfMonth,
    };
  }
  const weekday = weekdayOf(relativeMonthly!.dayOfWeek);
  const nth =
    WEEK_INDEXES[relativeMonthly!.weekIndex as keyof typeof WEEK_INDEXES];
  if (!isInterval(relativeMonthly!.intervalMonths, 6))
    return 'its intervalMonths is not 1 to 6';
  if (!weekday)
    return `its dayOfWeek ${relativeMonthly!.dayOfWeek} is not a day`;
  if (!nth) return `its weekIndex ${relativeMonthly!.weekIndex} is not known`;
  return {
    kind: 'relativeMonthly',
    intervalMonths: relativeMonthly!.intervalMonths,
    nth,
    weekday,
  };
}

/**
 * A window as ARM holds it, read into a rule; or why it cannot be, for a
 * window this API does not understand (ARM's fields are all optional when
 * read, and its enums open).
 */
export function readWindowRule(
  window: MaintenanceWindow,
): { rule: WindowRule } | { problem: string } {
  const recurrence = recurrenceOf(window.schedule);
  if (typeof recurrence === 'string') return { problem: recurrence };
  const minutes = offsetMinutes(window.utcOffset);
  if (minutes === undefined) {
    return { problem: `its utcOffset ${window.utcOffset} is not ±HH:mm` };
  }
  const zone = FixedOffsetZone.instance(minutes);
  const time = TIME.exec(window.startTime ?? '');
  if (!time || Number(time[1]) > 23 || Number(time[2]) > 59) {
    return { problem: `its startTime ${window.startTime} is not HH:mm` };
  }
  if (!Number.isInteger(window.durationHours) || window.durationHours! < 1) {
    return { problem: 'it has no duration' };
  }
  const startDate = dayIn(window.startDate, zone);
  if (window.startDate && !startDate) {
    return { problem: `its startDate ${window.startDate} is not a date` };
  }
  const notAllowed = [];
  for (const span of window.notAllowedDates ?? []) {
    const start = dayIn(span?.start, zone);
    const last = dayIn(span?.end, zone);
    if (!start || !last) {
      return { problem: 'one of its notAllowedDates is not a date span' };
    }
    notAllowed.push({ start, end: last.plus({ days: 1 }) });
  }
  return {
    rule: {
      recurrence,
      zone,
      startDate,
      hour: Number(time[1]),
      minute: Number(time[2]),
      durationHours: window.durationHours!,
      notAllowed,
    },
  };
}
