import { durationSince, isTime, relativeTime } from './timeSpans';

const NOW = Date.parse('2026-12-01T12:00:00Z');

describe('time spans', () => {
  it.each([
    ['2026-12-01T11:59:40Z', { value: -20, unit: 'second' }],
    ['2026-12-01T11:15:00Z', { value: -45, unit: 'minute' }],
    ['2026-12-01T09:50:00Z', { value: -2, unit: 'hour' }],
    ['2026-11-28T12:00:00Z', { value: -3, unit: 'day' }],
    ['2026-09-01T12:00:00Z', { value: -3, unit: 'month' }],
    ['2024-11-01T12:00:00Z', { value: -2, unit: 'year' }],
    ['2026-12-01T14:00:00Z', { value: 2, unit: 'hour' }],
  ])('puts %s in the largest whole unit that fits', (time, expected) => {
    expect(relativeTime(time, NOW)).toEqual(expected);
  });

  it.each([
    ['2026-12-01T11:59:50Z', { n: 1, unit: 'minutes' }],
    ['2026-12-01T11:01:00Z', { n: 59, unit: 'minutes' }],
    ['2026-12-01T09:30:00Z', { n: 2, unit: 'hours' }],
    ['2026-11-29T11:00:00Z', { n: 2, unit: 'days' }],
    // A clock a little ahead of the viewer's is no negative duration.
    ['2026-12-01T12:00:30Z', { n: 1, unit: 'minutes' }],
  ])('counts the time since %s in whole units', (time, expected) => {
    expect(durationSince(time, NOW)).toEqual(expected);
  });

  it('tells a moment from a string that is none', () => {
    expect(isTime('2026-12-01T12:00:00Z')).toBe(true);
    expect(isTime('yesterday-ish')).toBe(false);
    expect(isTime('')).toBe(false);
    expect(isTime(undefined)).toBe(false);
  });
});
