const date = new Intl.DateTimeFormat('en', {
  dateStyle: 'medium',
  timeZone: 'UTC',
});
const dateTime = new Intl.DateTimeFormat('en', {
  dateStyle: 'medium',
  timeStyle: 'short',
  timeZone: 'UTC',
});

/** A calendar date (YYYY-MM-DD), as people read it: Dec 1, 2026. */
export function formatDate(isoDate: string): string {
  return date.format(new Date(`${isoDate.slice(0, 10)}T00:00:00Z`));
}

/** A point in time, in the same format: Dec 1, 2026, 9:00 AM UTC. */
export function formatTime(isoTime: string): string {
  return `${dateTime.format(new Date(isoTime))} UTC`;
}
