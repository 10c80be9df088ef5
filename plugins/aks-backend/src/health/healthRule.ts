import type { HealthInput, NodePoolHealthInput } from './healthInput';
import type {
  HealthSeverity,
  HealthStatus,
  HealthWarningCode,
} from '@aks-backstage/plugin-aks-common';

/* One health rule: the shape of every entry of the rule tables. */

/** Statuses that a rule imposes regardless of the severity of other findings. */
export type StateStatus = Extract<
  HealthStatus,
  'unhealthy' | 'updating' | 'stopped' | 'unknown'
>;

interface Rule<Subject> {
  code: HealthWarningCode;
  severity:
    | HealthSeverity
    | ((subject: Subject, input: HealthInput) => HealthSeverity);
  /** Set for rules about the cluster's state; otherwise the severity decides the status. */
  imposes?: StateStatus;
  applies(subject: Subject, input: HealthInput): boolean;
  /** A few words naming the finding, for lists and tables. */
  title: string;
  /** What is wrong and why it matters, in a service owner's words. */
  message(subject: Subject, input: HealthInput): string;
  /** What to do about it. */
  remedy(subject: Subject, input: HealthInput): string;
  /** The Azure documentation page that explains it. */
  docsUrl: string;
}

/** A rule checked once per cluster (subject: the input) or once per node pool. */
export type HealthRule =
  | ({ scope: 'cluster' } & Rule<HealthInput>)
  | ({ scope: 'nodePool' } & Rule<NodePoolHealthInput>);

export const isRunningPool = (pool: NodePoolHealthInput) =>
  pool.powerState !== 'Stopped';
