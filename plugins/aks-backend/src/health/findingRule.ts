import type {
  HealthSeverity,
  HealthWarning,
  HealthWarningCode,
} from '@aks-backstage/plugin-aks-common';

/**
 * A rule about something other than a cluster or a node pool (a Flux
 * configuration, a federated credential), worded as the health rules are.
 */
export interface FindingRule<Subject> {
  code: HealthWarningCode;
  severity: HealthSeverity;
  applies(subject: Subject): boolean;
  /** A few words naming the finding, for lists and tables. */
  title: string;
  /** What is wrong and why it matters, in a service owner's words. */
  message(subject: Subject): string;
  /** What to do about it. */
  remedy(subject: Subject): string;
  /** The Azure documentation page that explains it. */
  docsUrl: string;
}

/** What a table of rules finds in one subject. */
export function findingsOf<Subject>(
  rules: ReadonlyArray<FindingRule<Subject>>,
  subject: Subject,
): HealthWarning[] {
  return rules
    .filter(rule => rule.applies(subject))
    .map(rule => ({
      code: rule.code,
      severity: rule.severity,
      title: rule.title,
      message: rule.message(subject),
      remedy: rule.remedy(subject),
      docsUrl: rule.docsUrl,
    }));
}
