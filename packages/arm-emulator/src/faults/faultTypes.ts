import type { ResponseShape } from './responseShapes';
import type { BucketSettings } from './tokenBucket';

/** Which requests a fault applies to. All given fields must match; none given matches every request. */
export interface FaultMatch {
  /** OperationId-like name, e.g. `ManagedClusters_Get`, `Entra_Token`. */
  operation?: string;
  method?: string;
  /** Regular expression tested (case-insensitively) against the path. */
  path?: string;
}

/** Common settings of a fault rule. */
export interface FaultFrequency {
  /** Probability 0..1 that a matching request is hit (default 1). Reproducible per rule. */
  rate?: number;
  /** Stop after this many hits (default: unlimited). */
  count?: number;
}

/**
 * A fault rule. `error` answers with an ARM error, `drop` destroys the socket, `hang` never answers,
 * `latency` delays, `reshape` changes the JSON of a successful answer into a shape real ARM sends,
 * and `respond` answers with the given status and body (JSON, or `text` as is) instead.
 */
export type FaultRule = FaultMatch &
  FaultFrequency &
  (
    | {
        kind: 'error';
        status: 429 | 500 | 503;
        retryAfterSeconds?: number;
        code?: string;
        message?: string;
      }
    | { kind: 'drop' }
    | { kind: 'hang' }
    | { kind: 'latency'; latencyMs: number }
    | { kind: 'reshape'; shape: ResponseShape }
    | { kind: 'respond'; status: number; body?: unknown; text?: string }
  );

/** An installed rule with its id and hit count. */
export type InstalledFault = FaultRule & { id: string; hits: number };

/** Makes the next matching long-running operation end Failed. */
export interface LroFailureRule {
  /** OperationId of the request that started the LRO, e.g. `ManagedClusters_CreateOrUpdate`. */
  operation?: string;
  /** Resource id the LRO acts on (case-insensitive). */
  resourceId?: string;
  code?: string;
  message?: string;
  /** How many LROs to fail (default 1). */
  count?: number;
}

/** Per-subscription token buckets for reads (GET/HEAD) and writes (everything else). */
export interface ThrottlingSettings {
  reads: BucketSettings;
  writes: BucketSettings;
}

/** Global latency added to every request. */
export interface LatencySettings {
  fixedMs: number;
  jitterMs: number;
}
