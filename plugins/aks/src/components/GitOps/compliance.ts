import type { FluxConfiguration } from '@aks-backstage/plugin-aks-common';

/** The colour family of a compliance state. */
export type ComplianceTone = 'positive' | 'negative' | 'neutral';

/** The states the plugin has words for; any other is shown as Azure wrote it. */
export type KnownCompliance =
  | 'compliant'
  | 'nonCompliant'
  | 'pending'
  | 'suspended'
  | 'unknown';

const KNOWN: Record<string, KnownCompliance> = {
  compliant: 'compliant',
  noncompliant: 'nonCompliant',
  pending: 'pending',
  suspended: 'suspended',
  unknown: 'unknown',
};

/** `Non-Compliant`, `noncompliant` and `Non_Compliant` are the same state. */
export function knownCompliance(
  state: string | undefined,
): KnownCompliance | undefined {
  return KNOWN[(state ?? '').toLowerCase().replace(/[^a-z]/g, '')];
}

export function complianceTone(state: string | undefined): ComplianceTone {
  const known = knownCompliance(state);
  if (known === 'compliant') return 'positive';
  if (known === 'nonCompliant') return 'negative';
  return 'neutral';
}

const TONE_ORDER: ComplianceTone[] = ['negative', 'neutral', 'positive'];

/** Not compliant first, then pending and the rest, compliant last; by name within each. */
export function worstFirst(configs: FluxConfiguration[]): FluxConfiguration[] {
  return [...configs].sort(
    (a, b) =>
      TONE_ORDER.indexOf(complianceTone(a.complianceState)) -
        TONE_ORDER.indexOf(complianceTone(b.complianceState)) ||
      a.name.localeCompare(b.name),
  );
}

/** What a one-line summary of a cluster's configurations says. */
export type GitOpsSummary =
  | {
      kind: 'notCompliant';
      /** The configuration not compliant the longest. */
      name: string;
      since?: string;
      /** How many others are not compliant. */
      more: number;
    }
  | { kind: 'compliant'; count: number }
  | { kind: 'sameState'; count: number; state: string }
  | { kind: 'mixed'; compliant: number; total: number };

const sinceTime = (c: FluxConfiguration) =>
  c.nonCompliantSince ? Date.parse(c.nonCompliantSince) : NaN;

/** The line for a cluster's configurations; nothing when it has none. */
export function summarize(
  configs: FluxConfiguration[],
): GitOpsSummary | undefined {
  if (configs.length === 0) return undefined;
  const failing = configs.filter(
    c => complianceTone(c.complianceState) === 'negative',
  );
  if (failing.length > 0) {
    // The longest-failing first; those without a start after those with one.
    const [first] = [...failing].sort(
      (a, b) =>
        (Number.isNaN(sinceTime(a)) ? Infinity : sinceTime(a)) -
        (Number.isNaN(sinceTime(b)) ? Infinity : sinceTime(b)),
    );
    return {
      kind: 'notCompliant',
      name: first.name,
      since: Number.isNaN(sinceTime(first))
        ? undefined
        : first.nonCompliantSince,
      more: failing.length - 1,
    };
  }
  const compliant = configs.filter(
    c => complianceTone(c.complianceState) === 'positive',
  ).length;
  if (compliant === configs.length) {
    return { kind: 'compliant', count: compliant };
  }
  const states = new Set(configs.map(c => c.complianceState));
  if (states.size === 1) {
    return {
      kind: 'sameState',
      count: configs.length,
      state: configs[0].complianceState,
    };
  }
  return { kind: 'mixed', compliant, total: configs.length };
}
