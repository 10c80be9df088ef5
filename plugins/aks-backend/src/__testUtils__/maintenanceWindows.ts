import fc from 'fast-check';
import { DateTime } from 'luxon';
import { WEEK_DAYS, WEEK_INDEXES } from '../maintenance/windowRule';

const two = (n: number) => String(n).padStart(2, '0');

/** Days from `from` on, for `years`, as `YYYY-MM-DD`. */
export const days = (from: string, years: number) =>
  fc
    .integer({ min: 0, max: Math.round(365.25 * years) })
    .map(
      n =>
        DateTime.fromISO(from, { zone: 'utc' }).plus({ days: n }).toISODate()!,
    );

const weekDay = fc.constantFrom(...WEEK_DAYS);

/** One schedule of each kind, within the spec's ranges. */
export const schedule = fc.oneof(
  fc.record({
    daily: fc.record({ intervalDays: fc.integer({ min: 1, max: 7 }) }),
  }),
  fc.record({
    weekly: fc.record({
      intervalWeeks: fc.integer({ min: 1, max: 4 }),
      dayOfWeek: weekDay,
    }),
  }),
  fc.record({
    absoluteMonthly: fc.record({
      intervalMonths: fc.integer({ min: 1, max: 6 }),
      dayOfMonth: fc.integer({ min: 1, max: 31 }),
    }),
  }),
  fc.record({
    relativeMonthly: fc.record({
      intervalMonths: fc.integer({ min: 1, max: 6 }),
      weekIndex: fc.constantFrom(...Object.keys(WEEK_INDEXES)),
      dayOfWeek: weekDay,
    }),
  }),
);

/** `±HH:mm` in quarter hours, within ±14:00. */
export const utcOffset = fc.integer({ min: -56, max: 56 }).map(quarters => {
  const minutes = Math.abs(quarters) * 15;
  return `${quarters < 0 ? '-' : '+'}${two(Math.floor(minutes / 60))}:${two(
    minutes % 60,
  )}`;
});

/**
 * A maintenance window as openapi.yaml and the route's own rules take it:
 * its start date and not-allowed spans drawn from `day`.
 */
export function maintenanceWindow(day: fc.Arbitrary<string>) {
  return fc.record(
    {
      schedule,
      durationHours: fc.integer({ min: 4, max: 24 }),
      utcOffset,
      startTime: fc
        .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
        .map(([h, m]) => `${two(h)}:${two(m)}`),
      startDate: day,
      notAllowedDates: fc.array(
        fc
          .record({ start: day, days: fc.integer({ min: 0, max: 60 }) })
          .map(span => ({
            start: span.start,
            end: DateTime.fromISO(span.start)
              .plus({ days: span.days })
              .toISODate()!,
          })),
        { maxLength: 3 },
      ),
    },
    { requiredKeys: ['schedule', 'durationHours', 'startTime'] },
  );
}
