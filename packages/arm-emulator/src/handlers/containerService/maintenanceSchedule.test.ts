import { windowOccurrences } from './maintenanceSchedule';

const at = (iso: string) => Date.parse(iso);
const iso = (ms: number) => new Date(ms).toISOString();
/** The windows open in (from, to], as ISO start/end pairs. */
const open = (window: Record<string, any>, from: string, to: string) =>
  windowOccurrences(window, at(from), at(to), at(from)).map(
    o => `${iso(o.start)}/${iso(o.end)}`,
  );

describe('maintenance window occurrences', () => {
  it('puts a weekly window on its day and time in its UTC offset', () => {
    const window = {
      schedule: { weekly: { intervalWeeks: 1, dayOfWeek: 'Sunday' } },
      durationHours: 4,
      utcOffset: '+05:30',
      startTime: '02:00',
      startDate: '2026-03-01',
    };
    // Sunday 02:00 at +05:30 is Saturday 20:30 UTC; the first is still open at the start.
    expect(
      open(window, '2026-03-01T00:00:00Z', '2026-03-15T00:00:00Z'),
    ).toEqual([
      '2026-02-28T20:30:00.000Z/2026-03-01T00:30:00.000Z',
      '2026-03-07T20:30:00.000Z/2026-03-08T00:30:00.000Z',
      '2026-03-14T20:30:00.000Z/2026-03-15T00:30:00.000Z',
    ]);
  });

  it('counts a window that opened before the interval and is still open', () => {
    const window = {
      schedule: { daily: { intervalDays: 1 } },
      durationHours: 6,
      startTime: '22:00',
      startDate: '2026-03-01',
    };
    expect(
      open(window, '2026-03-03T01:00:00Z', '2026-03-03T02:00:00Z'),
    ).toEqual(['2026-03-02T22:00:00.000Z/2026-03-03T04:00:00.000Z']);
    expect(
      open(window, '2026-03-03T04:00:00Z', '2026-03-03T21:59:00Z'),
    ).toEqual([]);
  });

  it('recurs every few days, weeks or months from the start date', () => {
    const every3Days = {
      schedule: { daily: { intervalDays: 3 } },
      durationHours: 4,
      startTime: '09:30',
      utcOffset: '-07:00',
      startDate: '2026-01-01',
    };
    expect(
      open(every3Days, '2026-01-01T00:00:00Z', '2026-01-08T00:00:00Z').map(w =>
        w.slice(0, 16),
      ),
    ).toEqual(['2026-01-01T16:30', '2026-01-04T16:30', '2026-01-07T16:30']);
    const everyOtherWeek = {
      schedule: { weekly: { intervalWeeks: 2, dayOfWeek: 'Wednesday' } },
      durationHours: 4,
      startTime: '01:00',
      startDate: '2026-01-05',
    };
    expect(
      open(everyOtherWeek, '2026-01-05T00:00:00Z', '2026-02-05T00:00:00Z').map(
        w => w.slice(0, 10),
      ),
    ).toEqual(['2026-01-07', '2026-01-21', '2026-02-04']);
  });

  it('places monthly windows on a day of the month or a week of it', () => {
    const on31st = {
      schedule: { absoluteMonthly: { intervalMonths: 1, dayOfMonth: 31 } },
      durationHours: 4,
      startTime: '00:00',
      startDate: '2026-01-01',
    };
    expect(
      open(on31st, '2026-01-01T00:00:00Z', '2026-06-01T00:00:00Z').map(w =>
        w.slice(0, 10),
      ),
    ).toEqual(['2026-01-31', '2026-03-31', '2026-05-31']);
    const lastFriday = {
      schedule: {
        relativeMonthly: {
          intervalMonths: 3,
          weekIndex: 'Last',
          dayOfWeek: 'Friday',
        },
      },
      durationHours: 8,
      startTime: '20:00',
      startDate: '2026-01-01',
    };
    expect(
      open(lastFriday, '2026-01-01T00:00:00Z', '2026-08-01T00:00:00Z').map(w =>
        w.slice(0, 10),
      ),
    ).toEqual(['2026-01-30', '2026-04-24', '2026-07-31']);
  });

  it('skips windows that start on a not-allowed date, and those before the start date', () => {
    const window = {
      schedule: { weekly: { intervalWeeks: 1, dayOfWeek: 'Monday' } },
      durationHours: 4,
      startTime: '23:00',
      utcOffset: '+02:00',
      startDate: '2026-12-14',
      notAllowedDates: [{ start: '2026-12-21', end: '2027-01-04' }],
    };
    expect(
      open(window, '2026-12-01T00:00:00Z', '2027-01-20T00:00:00Z').map(w =>
        w.slice(0, 16),
      ),
    ).toEqual(['2026-12-14T21:00', '2027-01-11T21:00', '2027-01-18T21:00']);
  });
});
