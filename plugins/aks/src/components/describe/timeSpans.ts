const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Whether a string is a moment `Date` can read. */
export function isTime(value: string | undefined): value is string {
  return !!value && !Number.isNaN(Date.parse(value));
}

/** A moment relative to now in the largest whole unit that fits: -2 hours, -3 days. */
export function relativeTime(
  isoTime: string,
  now: number,
): { value: number; unit: Intl.RelativeTimeFormatUnit } {
  const ms = Date.parse(isoTime) - now;
  const abs = Math.abs(ms);
  if (abs < MINUTE) return { value: Math.round(ms / SECOND), unit: 'second' };
  if (abs < HOUR) return { value: Math.round(ms / MINUTE), unit: 'minute' };
  if (abs < DAY) return { value: Math.round(ms / HOUR), unit: 'hour' };
  if (abs < 30 * DAY) return { value: Math.round(ms / DAY), unit: 'day' };
  if (abs < 365 * DAY) {
    return { value: Math.round(ms / (30 * DAY)), unit: 'month' };
  }
  return { value: Math.round(ms / (365 * DAY)), unit: 'year' };
}

/** How long since a moment, in whole minutes (at least one), hours, or days. */
export function durationSince(
  isoTime: string,
  now: number,
): { n: number; unit: 'minutes' | 'hours' | 'days' } {
  const ms = Math.max(0, now - Date.parse(isoTime));
  if (ms < HOUR)
    return { n: Math.max(1, Math.floor(ms / MINUTE)), unit: 'minutes' };
  if (ms < DAY) return { n: Math.floor(ms / HOUR), unit: 'hours' };
  return { n: Math.floor(ms / DAY), unit: 'days' };
}
