import type { MaintenanceOccurrence } from '@aks-backstage/plugin-aks-common';

/*
 * A maintenance window's times twice: in the viewer's local time, and in
 * the window's own UTC offset (AKS windows have a fixed offset, no daylight
 * saving time). Formatters are made per call, so that they follow the
 * time zone of the moment.
 */

const OFFSET = /^([+-])(\d{2}):(\d{2})$/;
const two = (n: number) => String(n).padStart(2, '0');

/** The minutes of a `±HH:mm` offset; 0 for an absent or unreadable one. */
export function offsetMinutes(utcOffset: string | undefined): number {
  const match = OFFSET.exec(utcOffset ?? '');
  if (!match) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === '-' ? -minutes : minutes;
}

/** `+02:00` for 120 minutes. */
export function offsetText(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${two(Math.floor(abs / 60))}:${two(abs % 60)}`;
}

/** The viewer's time zone, as the browser reports it. */
export function viewerTimeZone(): string {
  return new Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** The viewer's offset from UTC at an instant, as `±HH:mm`. */
export function localOffset(at: Date = new Date()): string {
  const name = new Intl.DateTimeFormat('en-US', {
    timeZone: viewerTimeZone(),
    timeZoneName: 'longOffset',
  })
    .formatToParts(at)
    .find(part => part.type === 'timeZoneName')?.value;
  // "GMT+01:00", or "GMT" for UTC itself.
  return offsetText(offsetMinutes(name?.replace('GMT', '') || '+00:00'));
}

/** Day and time parts of an instant, in the viewer's zone or at a fixed offset. */
function parts(instant: Date, offset?: number) {
  const shifted =
    offset === undefined ? instant : new Date(instant.getTime() + offset * 6e4);
  const timeZone = offset === undefined ? viewerTimeZone() : 'UTC';
  const format = (options: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat('en-US', { ...options, timeZone }).format(shifted);
  return {
    weekday: format({ weekday: 'short' }),
    date: format({ weekday: 'short', month: 'short', day: 'numeric' }),
    time: format({ hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }),
  };
}

/**
 * One occurrence in the viewer's time and in the window's offset:
 * "Sun, Dec 13, 01:00–05:00 your time (Sat 23:00–03:00 UTC+00:00)".
 */
export function occurrenceText(
  occurrence: MaintenanceOccurrence,
  utcOffset: string | undefined,
): string {
  const start = new Date(occurrence.start);
  const end = new Date(occurrence.end);
  const offset = offsetMinutes(utcOffset);
  const [localStart, localEnd] = [parts(start), parts(end)];
  const [ownStart, ownEnd] = [parts(start, offset), parts(end, offset)];
  return `${localStart.date}, ${localStart.time}–${localEnd.time} your time (${
    ownStart.weekday
  } ${ownStart.time}–${ownEnd.time} UTC${offsetText(offset)})`;
}

/** When something starts, in the viewer's time: "Sun, Dec 13, 01:00 your time". */
export function startText(isoTime: string): string {
  const start = parts(new Date(isoTime));
  return `${start.date}, ${start.time} your time`;
}
