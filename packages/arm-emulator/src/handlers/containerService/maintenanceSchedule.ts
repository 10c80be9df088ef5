import { DateTime, FixedOffsetZone } from 'luxon';
import { RRule, type Options, type Weekday } from 'rrule';
import { offsetMinutes } from './maintenanceWindowRules';

/** One time a maintenance window is open: from `start` (inclusive) to `end` (exclusive), epoch milliseconds. */
export interface WindowOccurrence {
  start: number;
  end: number;
}

const WEEKDAYS: Record<string, Weekday> = {
  Monday: RRule.MO,
  Tuesday: RRule.TU,
  Wednesday: RRule.WE,
  Thursday: RRule.TH,
  Friday: RRule.FR,
  Saturday: RRule.SA,
  Sunday: RRule.SU,
};
const WEEK_INDEX: Record<string, number> = {
  First: 1,
  Second: 2,
  Third: 3,
  Fourth: 4,
  Last: -1,
};

// rrule recurs in "floating" time: a Date whose UTC fields are the wall-clock
// time where the window's offset applies. These two convert in and out.
const floating = (time: DateTime) =>
  new Date(
    Date.UTC(time.year, time.month - 1, time.day, time.hour, time.minute),
  );
const fromFloating = (date: Date, zone: FixedOffsetZone) =>
  DateTime.fromObject(
    {
      year: date.getUTCFullYear(),
      month: date.getUTCMonth() + 1,
      day: date.getUTCDate(),
      hour: date.getUTCHours(),
      minute: date.getUTCMinutes(),
    },
    { zone },
  );

function recurrence(schedule: Record<string, any>): Partial<Options> {
  if (schedule.daily)
    return { freq: RRule.DAILY, interval: schedule.daily.intervalDays };
  if (schedule.weekly) {
    return {
      freq: RRule.WEEKLY,
      interval: schedule.weekly.intervalWeeks,
      byweekday: [WEEKDAYS[schedule.weekly.dayOfWeek]],
    };
  }
  if (schedule.absoluteMonthly) {
    return {
      freq: RRule.MONTHLY,
      interval: schedule.absoluteMonthly.intervalMonths,
      bymonthday: [schedule.absoluteMonthly.dayOfMonth],
    };
  }
  const { intervalMonths, weekIndex, dayOfWeek } = schedule.relativeMonthly;
  return {
    freq: RRule.MONTHLY,
    interval: intervalMonths,
    byweekday: [WEEKDAYS[dayOfWeek].nth(WEEK_INDEX[weekIndex])],
  };
}

/**
 * The times a `MaintenanceWindow` is open that overlap `(fromMs, toMs]`: its
 * schedule from its start date (else `anchorMs`, when it was made) at its
 * start time, in its UTC offset, less the windows that start on a not-allowed
 * date. A month without the day of an absolute monthly schedule has no window.
 */
export function windowOccurrences(
  window: Record<string, any>,
  fromMs: number,
  toMs: number,
  anchorMs: number,
): WindowOccurrence[] {
  const zone = FixedOffsetZone.instance(offsetMinutes(window.utcOffset));
  const [hour, minute] = String(window.startTime).split(':').map(Number);
  const firstDay = window.startDate
    ? DateTime.fromISO(window.startDate, { zone })
    : DateTime.fromMillis(anchorMs, { zone }).startOf('day');
  const rule = new RRule({
    ...recurrence(window.schedule ?? {}),
    dtstart: floating(firstDay.set({ hour, minute })),
  });
  const durationMs = (window.durationHours ?? 24) * 3_600_000;
  const blocked = (start: DateTime) => {
    const day = start.toISODate()!;
    return (window.notAllowedDates ?? []).some(
      (span: { start: string; end: string }) =>
        day >= span.start && day <= span.end,
    );
  };
  return rule
    .between(
      floating(DateTime.fromMillis(fromMs - durationMs, { zone })),
      floating(DateTime.fromMillis(toMs, { zone })),
      true,
    )
    .map(date => fromFloating(date, zone))
    .filter(start => !blocked(start))
    .map(start => ({
      start: start.toMillis(),
      end: start.toMillis() + durationMs,
    }))
    .filter(o => o.end > fromMs && o.start <= toMs);
}
