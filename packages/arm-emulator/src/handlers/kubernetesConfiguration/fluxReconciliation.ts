import { covers } from './gitRepositoryReachability';

/** A repository outage, as {@link GitRepositoryReachability} keeps them: disjoint, oldest first. */
type Outage = { since: number; until?: number };

/** What Flux's reconciliations of a configuration came to by a moment. */
export interface Reconciliation {
  complianceState: 'Pending' | 'Compliant' | 'Non-Compliant';
  /** The last reconciliation (the status the agent last reported). */
  reconciledAt?: number;
  /** The first reconciliation of the current state: when it turned. */
  turnedAt?: number;
  /** The first reconciliation that fetched the source, if one did. */
  fetchedAt?: number;
}

/**
 * Flux reconciles a configuration every sync interval after it was made or
 * changed (`from`): the k-th time at `from + k * interval`, k ≥ 1. Before
 * the first it is Pending; then each reconciliation fetches the repository,
 * or fails while the repository is in an outage. Read from the clock at any
 * moment, with no timers: the reconciliations are a sequence, the outages a
 * short list, so each question walks the outages, not the reconciliations.
 */
export function reconcile(
  from: number,
  intervalMs: number,
  outages: readonly Outage[],
  now: number,
): Reconciliation {
  const last = Math.floor((now - from) / intervalMs);
  if (last < 1) return { complianceState: 'Pending' };
  const at = (k: number) => from + k * intervalMs;
  /** The first reconciliation at or after a time. */
  const firstAtOrAfter = (time: number) =>
    Math.max(1, Math.ceil((time - from) / intervalMs));
  const outageAt = (k: number) => outages.find(o => covers(o, at(k)));

  const failing = !!outageAt(last);
  let turned = last;
  if (failing) {
    for (let o = outageAt(turned); o; o = outageAt(turned - 1)) {
      turned = firstAtOrAfter(o.since);
      if (turned === 1) break;
    }
  } else {
    turned = 1;
    for (const o of [...outages].reverse()) {
      if (o.since > at(last)) continue;
      const lastInside =
        o.until === undefined
          ? last
          : Math.min(last, firstAtOrAfter(o.until) - 1);
      if (lastInside >= 1 && at(lastInside) >= o.since) {
        turned = lastInside + 1;
        break;
      }
    }
  }

  let fetched: number | undefined = 1;
  for (let o = outageAt(fetched); o; o = outageAt(fetched)) {
    if (o.until === undefined) {
      fetched = undefined;
      break;
    }
    fetched = Math.max(fetched + 1, firstAtOrAfter(o.until));
  }
  return {
    complianceState: failing ? 'Non-Compliant' : 'Compliant',
    reconciledAt: at(last),
    turnedAt: at(turned),
    fetchedAt:
      fetched !== undefined && fetched <= last ? at(fetched) : undefined,
  };
}
