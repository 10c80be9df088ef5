import { DateTime } from 'luxon';
import { invalidParameter, missingProperty } from '../../errors/armError';

export const WEEK_DAYS = [
  'Sunday',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
];
export const WEEK_INDEXES = ['First', 'Second', 'Third', 'Fourth', 'Last'];
const SCHEDULE_TYPES = [
  'daily',
  'weekly',
  'absoluteMonthly',
  'relativeMonthly',
] as const;

/** ARM's 400 for a required property that is absent or null. */
export function requireField(
  parent: Record<string, any>,
  path: string,
  field: string,
): void {
  if (parent[field] === undefined || parent[field] === null)
    throw missingProperty(path, field);
}

export function checkEnum(
  value: unknown,
  allowed: string[],
  target: string,
): void {
  if (value !== undefined && value !== null && !allowed.includes(`${value}`)) {
    throw invalidParameter(
      `The value '${value}' of ${target} is invalid. Allowed values: ${allowed.join(
        ', ',
      )}.`,
      target,
    );
  }
}

export function checkRange(
  value: number | undefined | null,
  min: number,
  max: number,
  target: string,
): void {
  if (value !== undefined && value !== null && (value < min || value > max)) {
    throw invalidParameter(
      `The value ${value} of ${target} is out of range: it must be from ${min} to ${max}.`,
      target,
    );
  }
}

/** A calendar date as the spec's `format: date` has it (yyyy-MM-dd), or ARM's 400 naming the property. */
export function parseDate(value: string, target: string): DateTime {
  const parsed = /^\d{4}-\d{2}-\d{2}$/.test(value)
    ? DateTime.fromISO(value, { zone: 'utc' })
    : undefined;
  if (!parsed?.isValid) {
    throw invalidParameter(
      `The value '${value}' of ${target} is not a valid date in the format yyyy-MM-dd.`,
      target,
    );
  }
  return parsed;
}

/** A time as the spec's `format: date-time` has it (RFC 3339), or ARM's 400 naming the property. */
export function parseDateTime(value: string, target: string): DateTime {
  const parsed = /^\d{4}-\d{2}-\d{2}T/.test(value)
    ? DateTime.fromISO(value, { zone: 'utc' })
    : undefined;
  if (!parsed?.isValid) {
    throw invalidParameter(
      `The value '${value}' of ${target} is not a valid date-time (RFC 3339, e.g. 2026-12-24T00:00:00Z).`,
      target,
    );
  }
  return parsed;
}

/** Minutes east of UTC of a `+HH:mm`/`-HH:mm` offset; '+00:00' when absent. */
export function offsetMinutes(utcOffset: string | undefined): number {
  const [, sign, hours, minutes] = /^([+-])(\d{2}):(\d{2})$/.exec(
    utcOffset ?? '+00:00',
  )!;
  return (sign === '-' ? -1 : 1) * (Number(hours) * 60 + Number(minutes));
}

function checkUtcOffset(value: string | undefined, target: string): void {
  if (value === undefined || value === null) return;
  const match = /^(-|\+)([0-9]{2}):([0-9]{2})$/.exec(value);
  if (
    !match ||
    Number(match[3]) > 59 ||
    Number(match[2]) * 60 + Number(match[3]) > 14 * 60
  ) {
    throw invalidParameter(
      `The value '${value}' of ${target} is not a UTC offset in the format +/-HH:mm, e.g. '+05:30' or '-07:00', from -14:00 to +14:00.`,
      target,
    );
  }
}

function checkStartTime(value: string, target: string): void {
  const match = /^(\d{2}):(\d{2})$/.exec(value);
  if (!match || Number(match[1]) > 23 || Number(match[2]) > 59) {
    throw invalidParameter(
      `The value '${value}' of ${target} is not a time from '00:00' to '23:59' in the format HH:mm.`,
      target,
    );
  }
}

/** The one schedule type a schedule names, or ARM's 400 when it names none or several. */
export function scheduleTypeOf(
  schedule: Record<string, any>,
  target: string,
): (typeof SCHEDULE_TYPES)[number] {
  const present = SCHEDULE_TYPES.filter(
    type => schedule[type] !== undefined && schedule[type] !== null,
  );
  if (present.length !== 1) {
    throw invalidParameter(
      `One and only one of the schedule types should be specified in ${target}: daily, weekly, absoluteMonthly or relativeMonthly${
        present.length ? ` (found ${present.join(', ')})` : ''
      }.`,
      target,
    );
  }
  return present[0];
}

function checkSchedule(schedule: Record<string, any>, path: string): void {
  const type = scheduleTypeOf(schedule, path);
  const at = `${path}.${type}`;
  const value = schedule[type];
  const field = (name: string) => `${at}.${name}`;
  switch (type) {
    case 'daily':
      requireField(value, at, 'intervalDays');
      checkRange(value.intervalDays, 1, 7, field('intervalDays'));
      break;
    case 'weekly':
      requireField(value, at, 'intervalWeeks');
      requireField(value, at, 'dayOfWeek');
      checkRange(value.intervalWeeks, 1, 4, field('intervalWeeks'));
      checkEnum(value.dayOfWeek, WEEK_DAYS, field('dayOfWeek'));
      break;
    case 'absoluteMonthly':
      requireField(value, at, 'intervalMonths');
      requireField(value, at, 'dayOfMonth');
      checkRange(value.intervalMonths, 1, 6, field('intervalMonths'));
      checkRange(value.dayOfMonth, 1, 31, field('dayOfMonth'));
      break;
    default:
      requireField(value, at, 'intervalMonths');
      requireField(value, at, 'weekIndex');
      requireField(value, at, 'dayOfWeek');
      checkRange(value.intervalMonths, 1, 6, field('intervalMonths'));
      checkEnum(value.weekIndex, WEEK_INDEXES, field('weekIndex'));
      checkEnum(value.dayOfWeek, WEEK_DAYS, field('dayOfWeek'));
  }
}

/** The rules of a `MaintenanceWindow` beyond JSON types: required fields, ranges, patterns, real dates. */
export function checkMaintenanceWindow(
  window: Record<string, any>,
  path: string,
): void {
  requireField(window, path, 'schedule');
  requireField(window, path, 'durationHours');
  requireField(window, path, 'startTime');
  checkSchedule(window.schedule, `${path}.schedule`);
  checkRange(window.durationHours, 4, 24, `${path}.durationHours`);
  checkUtcOffset(window.utcOffset, `${path}.utcOffset`);
  checkStartTime(window.startTime, `${path}.startTime`);
  if (window.startDate !== undefined && window.startDate !== null)
    parseDate(window.startDate, `${path}.startDate`);
  (window.notAllowedDates ?? []).forEach(
    (span: Record<string, any>, i: number) => {
      const at = `${path}.notAllowedDates[${i}]`;
      requireField(span, at, 'start');
      requireField(span, at, 'end');
      const start = parseDate(span.start, `${at}.start`);
      const end = parseDate(span.end, `${at}.end`);
      if (end < start) {
        throw invalidParameter(
          `The end ${span.end} of ${at} is before its start ${span.start}.`,
          `${at}.end`,
        );
      }
    },
  );
}
