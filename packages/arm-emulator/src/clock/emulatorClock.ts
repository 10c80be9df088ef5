/**
 * The emulator's time: real time, plus however far tests have moved it
 * forward. What Azure would stamp or schedule (operation times, maintenance
 * windows, auto-upgrades) reads it; access tokens and response pacing keep
 * real time, as the SDKs on the other side do.
 */
export class EmulatorClock {
  #offsetMs = 0;

  /** Milliseconds since the epoch, as `Date.now()`. */
  now(): number {
    return Date.now() + this.#offsetMs;
  }

  /** The time as an ISO 8601 string in UTC. */
  iso(): string {
    return new Date(this.now()).toISOString();
  }

  /** Moves the clock forward; it never goes back. */
  advance(ms: number): void {
    if (!Number.isFinite(ms) || ms < 0)
      throw new Error(`The clock only moves forward, not by ${ms} ms.`);
    this.#offsetMs += ms;
  }

  /** Back to real time. */
  reset(): void {
    this.#offsetMs = 0;
  }
}
