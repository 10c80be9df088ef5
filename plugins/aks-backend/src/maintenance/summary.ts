import { DateTime } from 'luxon';
import type { SlotRun } from './hourSlots';
import { WEEK_DAYS, WEEK_INDEXES, Recurrence, WindowRule } from './windowRule';

const dayName = (weekday: number) => WEEK_DAYS[weekday % 7];
const ordinal = (nth: number) =>
  Object.entries(WEEK_INDEXES)
    .find(([, n]) => n === nth)![0]
    .toLowerCase();
const plural = (n: number, unit: string) => (n === 1 ? unit : `${n} ${unit}s`);

function recurrenceText(recurrence: Recurrence): string {
  switch (recurrence.kind) {
    case 'daily':
      return `Every ${plural(recurrence.intervalDays, 'day')}`;
    case 'weekly':
      return recurrence.intervalWeeks === 1
        ? `Every ${dayName(recurrence.weekday)}`
        : `Every ${recurrence.intervalWeeks} weeks on ${dayName(
            recurrence.weekday,
          )}`;
    case 'absoluteMonthly':
      return `Every ${plural(recurrence.intervalMonths, 'month')} on day ${
        recurrence.dayOfMonth
      }${
        recurrence.dayOfMonth > 28 ? ' (none in months without that day)' : ''
      }`;
    case 'relativeMonthly':
      return `Every ${plural(
        recurrence.intervalMonths,
        'month',
      )} on the ${ordinal(recurrence.nth)} ${dayName(recurrence.weekday)}`;
    default:
      return 'Unknown schedule';
  }
}

/** `01:00–05:00`, with `(next day)` when the window runs past midnight. */
function hoursText(start: DateTime, hours: number): string {
  if (hours > 24) return `${start.toFormat('HH:mm')} for ${hours} hours`;
  const end = start.plus({ hours });
  const nextDay = end.startOf('day') > start.startOf('day');
  return `${start.toFormat('HH:mm')}–${end.toFormat('HH:mm')}${
    nextDay ? ' (next day)' : ''
  }`;
}

/** `UTC+02:00`, or `UTC` for no offset. */
function offsetText(rule: WindowRule): string {
  const offset = rule.zone.formatOffset(0, 'short');
  return offset === '+00:00' ? 'UTC' : `UTC${offset}`;
}

/**
 * A window in words, such as `Every Sunday 01:00–05:00 UTC+02:00`, with its
 * start date while it lies ahead and its not-allowed dates.
 */
export function windowSummary(rule: WindowRule, now: Date): string {
  const start = DateTime.fromObject(
    { hour: rule.hour, minute: rule.minute },
    { zone: rule.zone },
  );
  const parts = [
    `${recurrenceText(rule.recurrence)} ${hoursText(
      start,
      rule.durationHours,
    )} ${offsetText(rule)}`,
  ];
  if (rule.startDate && rule.startDate.toJSDate() > now) {
    parts.push(`from ${rule.startDate.toISODate()}`);
  }
  if (rule.notAllowed.length > 0) {
    parts.push(
      `not ${rule.notAllowed
        .map(
          span =>
            `${span.start.toISODate()} to ${span.end
              .minus({ days: 1 })
              .toISODate()}`,
        )
        .join(', ')}`,
    );
  }
  return parts.join(', ');
}

/** A `default` configuration's hour slots in words, such as `Every Monday 01:00–05:00 UTC`. */
export function slotSummary(runs: SlotRun[]): string {
  if (runs.length === 0) return 'No hour slots';
  return `${runs
    .map(run => {
      if (run.hours >= 7 * 24) return 'At any time';
      const start = DateTime.fromObject({ hour: run.hour }, { zone: 'utc' });
      return `Every ${dayName(run.weekday)} ${hoursText(start, run.hours)}`;
    })
    .join(', ')} UTC`;
}
