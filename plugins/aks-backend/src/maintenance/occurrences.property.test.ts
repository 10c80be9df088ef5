import type { MaintenanceWindow } from '@aks-backstage/plugin-aks-common';
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { days, maintenanceWindow } from '../__testUtils__/maintenanceWindows';
import { SEED } from '../__testUtils__/propertyHarness';
import { nextOccurrences } from './occurrences';
import {
  readWindowRule,
  WEEK_INDEXES,
  weekdayOf,
  WindowRule,
} from './windowRule';

const COUNT = 5;
const RUNS = 200;

const window = maintenanceWindow(days('2020-01-01', 12));

const after = fc
  .integer({ min: 0, max: 365 * 12 * 24 * 60 })
  .map(minutes => new Date(Date.UTC(2020, 0, 1) + minutes * 60_000));

function ruleOf(w: MaintenanceWindow): WindowRule {
  const read = readWindowRule(w);
  if ('problem' in read) throw new Error(read.problem);
  return read.rule;
}

const sundayOfWeek = (d: DateTime) =>
  d.minus({ days: d.weekday % 7 }).startOf('day');
const monthNumber = (d: DateTime) => d.year * 12 + d.month;

/**
 * Whether a day (in the window's offset) is on the schedule, counted from
 * its anchor day: a test oracle that walks luxon days, independent of rrule.
 */
function onSchedule(w: MaintenanceWindow, anchor: DateTime, d: DateTime) {
  const s = w.schedule!;
  if (s.daily) {
    const elapsed = Math.round(d.diff(anchor, 'days').days);
    return elapsed % s.daily.intervalDays! === 0;
  }
  if (s.weekly) {
    const weeks = Math.round(
      sundayOfWeek(d).diff(sundayOfWeek(anchor), 'weeks').weeks,
    );
    return (
      d.weekday === weekdayOf(s.weekly.dayOfWeek) &&
      weeks % s.weekly.intervalWeeks! === 0
    );
  }
  const monthly = s.absoluteMonthly ?? s.relativeMonthly!;
  if ((monthNumber(d) - monthNumber(anchor)) % monthly.intervalMonths! !== 0) {
    return false;
  }
  if (s.absoluteMonthly) return d.day === s.absoluteMonthly.dayOfMonth;
  const r = s.relativeMonthly!;
  const nth = WEEK_INDEXES[r.weekIndex as keyof typeof WEEK_INDEXES];
  return (
    d.weekday === weekdayOf(r.dayOfWeek) &&
    (nth === -1
      ? d.plus({ days: 7 }).month !== d.month
      : Math.ceil(d.day / 7) === nth)
  );
}

describe('nextOccurrences, for any window and instant', () => {
  it('gives the schedule’s next occurrences, each whole, in order, none missed', () => {
    fc.assert(
      fc.property(window, after, (w, instant) => {
        const rule = ruleOf(w);
        const found = nextOccurrences(rule, instant, COUNT);
        const from = DateTime.fromJSDate(instant).setZone(rule.zone);
        const anchor = (rule.startDate ?? from).startOf('day');
        const blocked = (start: DateTime, end: DateTime) =>
          rule.notAllowed.some(s => start < s.end && end > s.start);

        expect(found).toHaveLength(COUNT);
        const starts = found.map(o =>
          DateTime.fromISO(o.start).setZone(rule.zone),
        );
        found.forEach((o, i) => {
          const start = starts[i];
          const end = DateTime.fromISO(o.end).setZone(rule.zone);
          expect(start > from).toBe(true);
          expect(i === 0 || start > starts[i - 1]).toBe(true);
          expect(start.toFormat('HH:mm')).toBe(w.startTime);
          expect(end.diff(start, 'hours').hours).toBe(w.durationHours);
          expect(start.startOf('day') >= anchor).toBe(true);
          expect(onSchedule(w, anchor, start.startOf('day'))).toBe(true);
          expect(blocked(start, end)).toBe(false);
        });

        // Every day on the schedule up to the last one found is found.
        const last = starts[starts.length - 1].startOf('day');
        const expected: string[] = [];
        for (
          let d = from.startOf('day') < anchor ? anchor : from.startOf('day');
          d <= last;
          d = d.plus({ days: 1 })
        ) {
          const start = d.set({ hour: rule.hour, minute: rule.minute });
          const end = start.plus({ hours: rule.durationHours });
          if (
            start > from &&
            onSchedule(w, anchor, d) &&
            !blocked(start, end)
          ) {
            expected.push(start.toUTC().toISO({ suppressMilliseconds: true })!);
          }
        }
        expect(found.map(o => o.start)).toEqual(expected);
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });
});
