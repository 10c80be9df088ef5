import type { MaintenanceOccurrence } from '@aks-backstage/plugin-aks-common';
import { DateTime } from 'luxon';
import { Frequency, Options, RRule, Weekday } from 'rrule';
import type { Recurrence, WindowRule } from './windowRule';

/** How far ahead occurrences are looked for: past the longest blocked span anyone sets. */
const HORIZON_YEARS = 10;

/** rrule's week day of a luxon one (1 = Monday … 7 = Sunday). */
const rruleDay = (weekday: number) => new Weekday(weekday - 1);

function recurrenceOptions(recurrence: Recurrence): Partial<Options> {
  switch (recurrence.kind) {
    case 'daily':
      return { freq: Frequency.DAILY, interval: recurrence.intervalDays };
    case 'weekly':
      return {
        freq: Frequency.WEEKLY,
        interval: recurrence.intervalWeeks,
        byweekday: rruleDay(recurrence.weekday),
      };
    case 'absoluteMonthly':
      // RFC 5545: a month without that day (the 31st in April) has no
      // occurrence, rather than one on its last day. AKS's documentation
      // does not say otherwise.
      return {
        freq: Frequency.MONTHLY,
        interval: recurrence.intervalMonths,
        bymonthday: recurrence.dayOfMonth,
      };
    case 'relativeMonthly':
      return {
        freq: Frequency.MONTHLY,
        interval: recurrence.intervalMonths,
        byweekday: rruleDay(recurrence.weekday).nth(recurrence.nth),
      };
    default:
      throw new Error('unknown recurrence');
  }
}

/**
 * rrule works on "floating" times: a wall-clock time in the window's offset
 * is handed to it as the same wall-clock time in UTC, and read back so.
 */
function toFloating(time: DateTime): Date {
  return new Date(
    Date.UTC(
      time.year,
      time.month - 1,
      time.day,
      time.hour,
      time.minute,
      time.second,
      time.millisecond,
    ),
  );
}

function fromFloating(date: Date, zone: WindowRule['zone']): DateTime {
  return DateTime.fromObject(
    {
      year: date.getUTCFullYear(),
      month: date.getUTCMonth() + 1,
      day: date.getUTCDate(),
      hour: date.getUTCHours(),
      minute: date.getUTCMinutes(),
    },
    { zone },
  );
}

/**
 * The day the interval counts from: `startDate`, or without one the day
 * asked about (AKS makes a window without a start date active at once, and
 * sets its start date to the day it was created; a window read without one
 * is counted from today).
 *
 * Weeks begin on Sunday, as AKS counts them: with `intervalWeeks: 2` on
 * Sunday from a Tuesday, the Sunday of that Tuesday's week (already past)
 * is the first of the cadence, so the first window is two weeks after it.
 */
function ruleOf(rule: WindowRule, after: DateTime): RRule {
  const anchor = (rule.startDate ?? after.setZone(rule.zone)).startOf('day');
  return new RRule({
    ...recurrenceOptions(rule.recurrence),
    dtstart: toFloating(
      nearAnchor(rule.recurrence, anchor, after).set({
        hour: rule.hour,
        minute: rule.minute,
      }),
    ),
    wkst: RRule.SU,
  });
}

/** The period (day, Sunday-first week or month) a recurrence counts in, by its start. */
function periodOf(recurrence: Recurrence) {
  switch (recurrence.kind) {
    case 'daily':
      return {
        unit: 'days' as const,
        interval: recurrence.intervalDays,
        start: (d: DateTime) => d.startOf('day'),
      };
    case 'weekly':
      return {
        unit: 'weeks' as const,
        interval: recurrence.intervalWeeks,
        start: (d: DateTime) => d.minus({ days: d.weekday % 7 }).startOf('day'),
      };
    default:
      return {
        unit: 'months' as const,
        interval: recurrence.intervalMonths,
        start: (d: DateTime) => d.startOf('month'),
      };
  }
}

/**
 * An anchor with the same cadence as `anchor`, a whole number of intervals
 * later, at the start of its period, and one interval before the period of
 * `after`: rrule walks every occurrence from its start, so a window set
 * years ago would otherwise cost thousands of steps per read.
 */
function nearAnchor(
  recurrence: Recurrence,
  anchor: DateTime,
  after: DateTime,
): DateTime {
  const { unit, interval, start } = periodOf(recurrence);
  const periods = Math.round(
    start(after.setZone(anchor.zone)).diff(start(anchor), unit).get(unit),
  );
  const steps = Math.floor(periods / interval) - 1;
  return steps > 0 ? start(anchor).plus({ [unit]: steps * interval }) : anchor;
}

function blocked(rule: WindowRule, start: DateTime, end: DateTime): boolean {
  return rule.notAllowed.some(span => start < span.end && end > span.start);
}

/**
 * The next `count` occurrences of a window that start after `after`, in
 * order: each on the schedule's day in the window's UTC offset, at its start
 * time, for its duration, never before its start date. An occurrence that
 * overlaps a not-allowed date span is left out whole.
 */
export function nextOccurrences(
  rule: WindowRule,
  after: Date,
  count: number,
): MaintenanceOccurrence[] {
  const from = DateTime.fromJSDate(after).setZone(rule.zone);
  const found: MaintenanceOccurrence[] = [];
  if (count <= 0) return found;
  const first = rule.startDate && rule.startDate > from ? rule.startDate : from;
  ruleOf(rule, from).between(
    toFloating(from),
    toFloating(first.plus({ years: HORIZON_YEARS })),
    false,
    date => {
      const start = fromFloating(date, rule.zone);
      const end = start.plus({ hours: rule.durationHours });
      if (start > from && !blocked(rule, start, end)) {
        found.push({ start: isoInstant(start), end: isoInstant(end) });
      }
      return found.length < count;
    },
  );
  return found;
}

/** An instant as the API writes it: UTC, to the second. */
export function isoInstant(time: DateTime): string {
  return time.toUTC().toISO({ suppressMilliseconds: true })!;
}
