import type {
  MaintenanceOccurrence,
  MaintenanceWindowInfo,
} from '@aks-backstage/plugin-aks-common';
import { DateTime } from 'luxon';
import { Frequency, RRule, Weekday } from 'rrule';
import { isoInstant } from './occurrences';
import { weekdayOf } from './windowRule';

/** A run of contiguous hour slots of the week, in UTC. */
export interface SlotRun {
  /** luxon's week day (1 = Monday … 7 = Sunday) of its first hour. */
  weekday: number;
  hour: number;
  hours: number;
}

const HOURS_IN_WEEK = 7 * 24;

/**
 * The runs of a `default` configuration's `timeInWeek`: entries of one day
 * are joined (ARM takes their union), and a run goes on across midnight
 * into the next day, and from Saturday into Sunday.
 */
export function slotRuns(
  timeInWeek: MaintenanceWindowInfo['timeInWeek'],
): SlotRun[] {
  // Hour of the week, Monday 00:00 UTC = 0.
  const open = new Array<boolean>(HOURS_IN_WEEK).fill(false);
  for (const entry of timeInWeek ?? []) {
    const weekday = weekdayOf(entry?.day);
    if (!weekday) continue;
    for (const hour of entry.hourSlots ?? []) {
      if (Number.isInteger(hour) && hour >= 0 && hour <= 23) {
        open[(weekday - 1) * 24 + hour] = true;
      }
    }
  }
  if (open.every(Boolean))
    return [{ weekday: 1, hour: 0, hours: HOURS_IN_WEEK }];
  const runs: SlotRun[] = [];
  for (let h = 0; h < HOURS_IN_WEEK; h++) {
    const startsRun = open[h] && !open[(h + HOURS_IN_WEEK - 1) % HOURS_IN_WEEK];
    if (!startsRun) continue;
    let hours = 0;
    while (open[(h + hours) % HOURS_IN_WEEK]) hours++;
    runs.push({ weekday: Math.floor(h / 24) + 1, hour: h % 24, hours });
  }
  return runs;
}

/**
 * The next `count` runs of hour slots that start after `after`, leaving out
 * those that overlap a `notAllowedTime` span.
 */
export function nextSlotOccurrences(
  runs: SlotRun[],
  notAllowedTime: MaintenanceWindowInfo['notAllowedTime'],
  after: Date,
  count: number,
): MaintenanceOccurrence[] {
  if (runs.length === 0 || count <= 0) return [];
  const spans = (notAllowedTime ?? []).flatMap(span => {
    const start = DateTime.fromISO(span.start ?? '', { zone: 'utc' });
    const end = DateTime.fromISO(span.end ?? '', { zone: 'utc' });
    return start.isValid && end.isValid ? [{ start, end }] : [];
  });
  const from = DateTime.fromJSDate(after, { zone: 'utc' });
  const rule = new RRule({
    freq: Frequency.WEEKLY,
    byweekday: runs.map(run => new Weekday(run.weekday - 1)),
    byhour: [...new Set(runs.map(run => run.hour))],
    byminute: 0,
    bysecond: 0,
    dtstart: from.minus({ weeks: 1 }).startOf('hour').toJSDate(),
  });
  const found: MaintenanceOccurrence[] = [];
  rule.between(
    from.toJSDate(),
    from.plus({ years: 2 }).toJSDate(),
    false,
    date => {
      const start = DateTime.fromJSDate(date, { zone: 'utc' });
      const run = runs.find(
        r => r.weekday === start.weekday && r.hour === start.hour,
      );
      if (!run) return true;
      const end = start.plus({ hours: run.hours });
      if (!spans.some(s => start < s.end && end > s.start)) {
        found.push({ start: isoInstant(start), end: isoInstant(end) });
      }
      return found.length < count;
    },
  );
  return found;
}
