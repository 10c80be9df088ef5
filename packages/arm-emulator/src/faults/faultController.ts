import { seededRandom, seedFromString } from '../util/random';
import { TokenBucket } from './tokenBucket';
import type {
  FaultRule,
  InstalledFault,
  LatencySettings,
  LroFailureRule,
  ThrottlingSettings,
} from './faultTypes';

/** The outcome of counting one request against the subscription's buckets. */
export interface ThrottleResult {
  allowed: boolean;
  kind: 'read' | 'write';
  remainingReads: number;
  remainingWrites: number;
  retryAfterSeconds: number;
}

// Values real ARM reports when a subscription is far from its limits.
export const UNTHROTTLED_READS = 11999;
export const UNTHROTTLED_WRITES = 1199;

/** Holds injected faults, latency, LRO failures and throttling state. */
export class FaultController {
  latency: LatencySettings;
  private rules: (InstalledFault & { random: () => number })[] = [];
  private lroFailures: (LroFailureRule & { remaining: number })[] = [];
  private throttling: ThrottlingSettings | false;
  private buckets = new Map<
    string,
    { reads: TokenBucket; writes: TokenBucket }
  >();
  private nextId = 1;

  constructor(
    private readonly defaults: {
      latency: LatencySettings;
      throttling: ThrottlingSettings | false;
    },
  ) {
    this.latency = { ...defaults.latency };
    this.throttling = defaults.throttling;
  }

  addFault(rule: FaultRule): string {
    const id = `fault-${this.nextId++}`;
    this.rules.push({
      ...rule,
      id,
      hits: 0,
      random: seededRandom(seedFromString(id)),
    });
    return id;
  }

  removeFault(id: string): boolean {
    const before = this.rules.length;
    this.rules = this.rules.filter(r => r.id !== id);
    return this.rules.length !== before;
  }

  listFaults(): InstalledFault[] {
    return this.rules.map(({ random, ...rule }) => rule as InstalledFault);
  }

  /** Returns the first matching rule that fires for this request, counting the hit. */
  pick(
    method: string,
    path: string,
    operation: string | undefined,
  ): InstalledFault | undefined {
    for (const rule of this.rules) {
      if (rule.operation && rule.operation !== operation) continue;
      if (rule.method && rule.method.toUpperCase() !== method.toUpperCase())
        continue;
      if (rule.path && !new RegExp(rule.path, 'i').test(path)) continue;
      if (rule.count !== undefined && rule.hits >= rule.count) continue;
      if (rule.random() >= (rule.rate ?? 1)) continue;
      rule.hits += 1;
      return rule;
    }
    return undefined;
  }

  failLro(rule: LroFailureRule) {
    this.lroFailures.push({ ...rule, remaining: rule.count ?? 1 });
  }

  takeLroFailure(
    operation: string,
    resourceId: string,
  ): { code: string; message: string } | undefined {
    const rule = this.lroFailures.find(
      r =>
        r.remaining > 0 &&
        (!r.operation || r.operation === operation) &&
        (!r.resourceId ||
          r.resourceId.toLowerCase() === resourceId.toLowerCase()),
    );
    if (!rule) return undefined;
    rule.remaining -= 1;
    this.lroFailures = this.lroFailures.filter(r => r.remaining > 0);
    return {
      code: rule.code ?? 'InternalOperationError',
      message:
        rule.message ??
        'The operation failed because of an internal error. Please retry the operation.',
    };
  }

  setThrottling(settings: ThrottlingSettings | false) {
    this.throttling = settings;
    this.buckets.clear();
  }

  getThrottling(): ThrottlingSettings | false {
    return this.throttling;
  }

  /** Counts a request against the subscription's bucket (a no-op returning ARM's usual headroom when disabled). */
  throttle(subscriptionId: string, isWrite: boolean): ThrottleResult {
    const kind = isWrite ? 'write' : 'read';
    if (!this.throttling) {
      return {
        allowed: true,
        kind,
        remainingReads: UNTHROTTLED_READS,
        remainingWrites: UNTHROTTLED_WRITES,
        retryAfterSeconds: 0,
      };
    }
    const key = subscriptionId.toLowerCase();
    let pair = this.buckets.get(key);
    if (!pair) {
      pair = {
        reads: new TokenBucket(this.throttling.reads),
        writes: new TokenBucket(this.throttling.writes),
      };
      this.buckets.set(key, pair);
    }
    const bucket = isWrite ? pair.writes : pair.reads;
    const allowed = bucket.take();
    return {
      allowed,
      kind,
      remainingReads: pair.reads.remaining(),
      remainingWrites: pair.writes.remaining(),
      retryAfterSeconds: allowed ? 0 : bucket.secondsUntilNextToken(),
    };
  }

  /** Clears faults, LRO failures and buckets and restores the start-up latency and throttling. */
  reset() {
    this.rules = [];
    this.lroFailures = [];
    this.latency = { ...this.defaults.latency };
    this.setThrottling(this.defaults.throttling);
  }
}
