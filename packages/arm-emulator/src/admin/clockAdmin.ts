import type { EmulatorContext } from '../emulatorContext';
import type { ClockChange, ClockMove } from '../types';
import { runAutoUpgrades } from '../handlers/containerService/autoUpgrade';

/** The time a change asks for: minutes from now, or an ISO 8601 time. */
function targetOf(change: ClockChange, nowMs: number): number {
  const given = (change ?? {}) as Record<string, unknown>;
  const hasMinutes = given.advanceMinutes !== undefined;
  const hasTime = given.now !== undefined;
  if (hasMinutes === hasTime)
    throw new Error(
      'Move the clock with either advanceMinutes (a number of minutes) or now (an ISO 8601 time).',
    );
  if (hasMinutes) {
    const minutes = given.advanceMinutes;
    if (typeof minutes !== 'number' || !Number.isFinite(minutes) || minutes < 0)
      throw new Error(
        `advanceMinutes must be a number of minutes, 0 or more; got ${JSON.stringify(
          minutes,
        )}.`,
      );
    return nowMs + minutes * 60_000;
  }
  const time =
    typeof given.now === 'string' &&
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(given.now)
      ? Date.parse(given.now)
      : NaN;
  if (Number.isNaN(time))
    throw new Error(
      `now must be an ISO 8601 time such as 2026-10-04T02:00:00Z; got ${JSON.stringify(
        given.now,
      )}.`,
    );
  if (time < nowMs)
    throw new Error(
      `The clock only moves forward: ${given.now} is before ${new Date(
        nowMs,
      ).toISOString()}.`,
    );
  return time;
}

/** Moves the emulator's clock and runs what AKS's auto-upgrade does meanwhile. */
export function advanceClock(
  ctx: EmulatorContext,
  change: ClockChange,
): ClockMove {
  const from = ctx.clock.now();
  const to = targetOf(change, from);
  ctx.clock.advance(to - from);
  return {
    now: new Date(to).toISOString(),
    autoUpgrades: runAutoUpgrades(ctx, from, to),
  };
}
