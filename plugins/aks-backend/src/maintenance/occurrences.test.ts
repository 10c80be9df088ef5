import type { MaintenanceWindow } from '@aks-backstage/plugin-aks-common';
import { nextOccurrences } from './occurrences';
import { windowSummary } from './summary';
import { readWindowRule, WindowRule } from './windowRule';

function ruleOf(window: MaintenanceWindow): WindowRule {
  const read = readWindowRule(window);
  if ('problem' in read) throw new Error(read.problem);
  return read.rule;
}

const starts = (window: MaintenanceWindow, after: string, count = 3) =>
  nextOccurrences(ruleOf(window), new Date(after), count).map(o => o.start);

describe('nextOccurrences', () => {
  it('opens every Sunday at 01:00 in UTC+02:00 for four hours', () => {
    const window = {
      schedule: { weekly: { intervalWeeks: 1, dayOfWeek: 'Sunday' } },
      durationHours: 4,
      utcOffset: '+02:00',
      startTime: '01:00',
    };
    // 2026-06-03 is a Wednesday.
    expect(
      nextOccurrences(ruleOf(window), new Date('2026-06-03T12:00:00Z'), 3),
    ).toEqual([
      { start: '2026-06-06T23:00:00Z', end: '2026-06-07T03:00:00Z' },
      { start: '2026-06-13T23:00:00Z', end: '2026-06-14T03:00:00Z' },
      { start: '2026-06-20T23:00:00Z', end: '2026-06-21T03:00:00Z' },
    ]);
    expect(windowSummary(ruleOf(window), new Date('2026-06-03'))).toBe(
      'Every Sunday 01:00–05:00 UTC+02:00',
    );
  });

  it('counts a two-weekly cadence from the Sunday-first week of the start date, as AKS does', () => {
    // Tuesday 2026-04-14: that week's Sunday (the 12th) is past, so the
    // first window is two weeks after it, not the 19th.
    expect(
      starts(
        {
          schedule: { weekly: { intervalWeeks: 2, dayOfWeek: 'Sunday' } },
          durationHours: 4,
          startTime: '00:00',
          startDate: '2026-04-14',
        },
        '2026-04-01T00:00:00Z',
      ),
    ).toEqual([
      '2026-04-26T00:00:00Z',
      '2026-05-10T00:00:00Z',
      '2026-05-24T00:00:00Z',
    ]);
  });

  it('finds the last Friday of every month', () => {
    expect(
      starts(
        {
          schedule: {
            relativeMonthly: {
              intervalMonths: 1,
              weekIndex: 'Last',
              dayOfWeek: 'Friday',
            },
          },
          durationHours: 6,
          startTime: '22:00',
          utcOffset: '+00:00',
        },
        '2026-01-01T00:00:00Z',
      ),
    ).toEqual([
      '2026-01-30T22:00:00Z',
      '2026-02-27T22:00:00Z',
      '2026-03-27T22:00:00Z',
    ]);
  });

  it('skips the months without a 31st', () => {
    const window = {
      schedule: { absoluteMonthly: { intervalMonths: 1, dayOfMonth: 31 } },
      durationHours: 4,
      startTime: '02:00',
    };
    expect(starts(window, '2026-03-31T12:00:00Z', 4)).toEqual([
      '2026-05-31T02:00:00Z',
      '2026-07-31T02:00:00Z',
      '2026-08-31T02:00:00Z',
      '2026-10-31T02:00:00Z',
    ]);
    expect(windowSummary(ruleOf(window), new Date('2026-03-31'))).toBe(
      'Every month on day 31 (none in months without that day) 02:00–06:00 UTC',
    );
  });

  it('reads the start time in a +05:30 offset', () => {
    expect(
      starts(
        {
          schedule: { daily: { intervalDays: 1 } },
          durationHours: 4,
          utcOffset: '+05:30',
          startTime: '02:00',
        },
        '2026-06-01T00:00:00Z',
        2,
      ),
    ).toEqual(['2026-06-01T20:30:00Z', '2026-06-02T20:30:00Z']);
  });

  it('reads the day of the week in a -07:00 offset, where it is another day in UTC', () => {
    const window = {
      schedule: { weekly: { intervalWeeks: 1, dayOfWeek: 'Friday' } },
      durationHours: 8,
      utcOffset: '-07:00',
      startTime: '20:00',
    };
    // Friday 20:00 at -07:00 is Saturday 03:00 UTC, in summer and winter alike.
    expect(starts(window, '2026-01-01T00:00:00Z', 1)).toEqual([
      '2026-01-03T03:00:00Z',
    ]);
    expect(starts(window, '2026-07-01T00:00:00Z', 1)).toEqual([
      '2026-07-04T03:00:00Z',
    ]);
    expect(windowSummary(ruleOf(window), new Date('2026-01-01'))).toBe(
      'Every Friday 20:00–04:00 (next day) UTC-07:00',
    );
  });

  it('starts no earlier than the start date, and counts months from it', () => {
    expect(
      starts(
        {
          schedule: { absoluteMonthly: { intervalMonths: 3, dayOfMonth: 1 } },
          durationHours: 4,
          utcOffset: '-08:00',
          startTime: '09:00',
          startDate: '2026-02-15',
        },
        '2026-01-01T00:00:00Z',
      ),
    ).toEqual([
      '2026-05-01T17:00:00Z',
      '2026-08-01T17:00:00Z',
      '2026-11-01T17:00:00Z',
    ]);
  });

  it('leaves out the occurrences on not-allowed dates, taken in the window offset', () => {
    const window = {
      schedule: { daily: { intervalDays: 1 } },
      durationHours: 4,
      utcOffset: '+02:00',
      startTime: '01:00',
      notAllowedDates: [{ start: '2026-12-24', end: '2026-12-26' }],
    };
    expect(starts(window, '2026-12-22T12:00:00Z', 3)).toEqual([
      '2026-12-22T23:00:00Z',
      '2026-12-26T23:00:00Z',
      '2026-12-27T23:00:00Z',
    ]);
    expect(windowSummary(ruleOf(window), new Date('2026-12-01'))).toBe(
      'Every day 01:00–05:00 UTC+02:00, not 2026-12-24 to 2026-12-26',
    );
  });

  it('says which field of a window read from ARM it does not understand', () => {
    expect(
      readWindowRule({
        schedule: { weekly: { intervalWeeks: 1, dayOfWeek: 'Funday' } },
        durationHours: 4,
        startTime: '01:00',
      }),
    ).toEqual({ problem: 'its dayOfWeek Funday is not a day' });
    expect(
      readWindowRule({
        schedule: {
          weekly: { intervalWeeks: 1, dayOfWeek: 'Monday' },
          daily: { intervalDays: 1 },
        },
        durationHours: 4,
        startTime: '01:00',
      }),
    ).toEqual({ problem: 'it has 2 kinds of schedule, not one' });
    expect(readWindowRule({ durationHours: 4, startTime: '01:00' })).toEqual({
      problem: 'it has no kinds of schedule, not one',
    });
  });
});
