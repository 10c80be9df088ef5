import { nextSlotOccurrences, slotRuns } from './hourSlots';
import { slotSummary } from './summary';

describe('default hour slots', () => {
  it('joins the slots of a day, and runs on across midnight', () => {
    const runs = slotRuns([
      { day: 'Sunday', hourSlots: [22, 23] },
      { day: 'Monday', hourSlots: [0, 1] },
      { day: 'Wednesday', hourSlots: [3] },
      { day: 'Wednesday', hourSlots: [2] },
      { day: 'Funday', hourSlots: [5] },
    ]);
    expect(runs).toEqual([
      { weekday: 3, hour: 2, hours: 2 },
      { weekday: 7, hour: 22, hours: 4 },
    ]);
    expect(slotSummary(runs)).toBe(
      'Every Wednesday 02:00–04:00, Every Sunday 22:00–02:00 (next day) UTC',
    );
  });

  it('gives the next runs in UTC, leaving out those in a not-allowed time', () => {
    const runs = slotRuns([{ day: 'Monday', hourSlots: [1, 2, 3, 4] }]);
    // 2026-06-01 is a Monday.
    expect(
      nextSlotOccurrences(
        runs,
        [{ start: '2026-06-08T00:00:00Z', end: '2026-06-09T00:00:00Z' }],
        new Date('2026-06-01T02:00:00.250Z'),
        2,
      ),
    ).toEqual([
      { start: '2026-06-15T01:00:00Z', end: '2026-06-15T05:00:00Z' },
      { start: '2026-06-22T01:00:00Z', end: '2026-06-22T05:00:00Z' },
    ]);
  });

  it('has no runs without slots', () => {
    expect(slotRuns(undefined)).toEqual([]);
    expect(nextSlotOccurrences([], undefined, new Date(), 3)).toEqual([]);
    expect(slotSummary([])).toBe('No hour slots');
  });
});
