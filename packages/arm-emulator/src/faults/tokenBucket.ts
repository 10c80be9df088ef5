/** Capacity and refill rate of one token bucket. */
export interface BucketSettings {
  capacity: number;
  refillPerSecond: number;
}

/** A token bucket like ARM's per-subscription request limiter. */
export class TokenBucket {
  private tokens: number;
  private updatedAt: number;

  constructor(
    private readonly settings: BucketSettings,
    private readonly now: () => number = Date.now,
  ) {
    this.tokens = settings.capacity;
    this.updatedAt = now();
  }

  /** Takes one token; returns false when empty. */
  take(): boolean {
    this.refill();
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }

  remaining(): number {
    this.refill();
    return Math.floor(this.tokens);
  }

  /** Seconds until one token is available (at least 1, as ARM never sends 0). */
  secondsUntilNextToken(): number {
    this.refill();
    const missing = Math.max(0, 1 - this.tokens);
    return Math.max(1, Math.ceil(missing / this.settings.refillPerSecond));
  }

  private refill() {
    const now = this.now();
    const elapsedSeconds = (now - this.updatedAt) / 1000;
    this.tokens = Math.min(
      this.settings.capacity,
      this.tokens + elapsedSeconds * this.settings.refillPerSecond,
    );
    this.updatedAt = now;
  }
}
