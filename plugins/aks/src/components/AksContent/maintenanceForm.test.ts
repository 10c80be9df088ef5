import {
  fieldOfMessage,
  formOf,
  formProblems,
  windowInput,
} from './maintenanceForm';
import { occurrenceText, offsetMinutes } from './maintenanceTimes';

describe('the maintenance window form', () => {
  it('reads each kind of schedule as set, and sends it back unchanged', () => {
    const schedules = [
      { daily: { intervalDays: 2 } },
      { weekly: { intervalWeeks: 3, dayOfWeek: 'Friday' as const } },
      { absoluteMonthly: { intervalMonths: 2, dayOfMonth: 31 } },
      {
        relativeMonthly: {
          intervalMonths: 1,
          weekIndex: 'Last' as const,
          dayOfWeek: 'Sunday' as const,
        },
      },
    ];
    for (const schedule of schedules) {
      const current = {
        schedule,
        startTime: '03:30',
        utcOffset: '-05:00',
        durationHours: 8,
      };
      expect(windowInput(formOf(current), current)).toEqual(current);
    }
  });

  it('keeps the dates nothing may change on, and a start date still ahead', () => {
    const current = {
      schedule: { weekly: { intervalWeeks: 1, dayOfWeek: 'Sunday' } },
      startTime: '00:00',
      durationHours: 4,
      startDate: '2027-01-04',
      notAllowedDates: [{ start: '2026-12-24', end: '2027-01-02' }],
    };
    expect(windowInput(formOf(current), current, '2026-12-07')).toMatchObject({
      startDate: '2027-01-04',
      notAllowedDates: [{ start: '2026-12-24', end: '2027-01-02' }],
    });
    expect(
      windowInput(formOf(current), current, '2027-02-01'),
    ).not.toHaveProperty('startDate');
  });

  it('says what is wrong before asking, and finds the field a refusal names', () => {
    const form = {
      ...formOf(),
      startTime: '7:00',
      utcOffset: '+14:30',
      durationHours: 25,
    };
    expect(Object.keys(formProblems(form)).sort()).toEqual([
      'durationHours',
      'startTime',
      'utcOffset',
    ]);
    expect(
      fieldOfMessage('Invalid maintenanceWindow.durationHours 3: too short'),
    ).toBe('durationHours');
    expect(
      fieldOfMessage('must match pattern at /maintenanceWindow/utcOffset'),
    ).toBe('utcOffset');
    expect(fieldOfMessage('Invalid maintenanceWindow (an object)')).toBe(
      undefined,
    );
  });

  it('writes an occurrence in the window’s own offset, across midnight and behind UTC', () => {
    expect(offsetMinutes('-03:30')).toBe(-210);
    expect(
      occurrenceText(
        { start: '2026-12-13T01:00:00Z', end: '2026-12-13T05:00:00Z' },
        '-03:30',
      ),
    ).toMatch(/\(Sat 21:30–01:30 UTC-03:30\)$/);
  });
});
