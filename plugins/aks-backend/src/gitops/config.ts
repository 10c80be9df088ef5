import { Config, readDurationFromConfig } from '@backstage/config';
import { Duration } from 'luxon';

const KEY = 'aks.gitops.nonCompliantWarningAfter';
const DEFAULT_MS = 10 * 60 * 1000;

/** The `aks.gitops` settings, read once at start. */
export interface GitOpsConfig {
  /** How long a Flux configuration may stay not compliant before it is a finding. */
  nonCompliantWarningAfterMs: number;
}

/** Reads `aks.gitops`; a malformed duration fails the start, naming the key. */
export function readGitOpsConfig(config: Config): GitOpsConfig {
  if (!config.has(KEY)) {
    return { nonCompliantWarningAfterMs: DEFAULT_MS };
  }
  const duration = readDurationFromConfig(config, { key: KEY });
  const ms = Duration.fromObject(duration).as('milliseconds');
  if (!Number.isFinite(ms) || ms < 0) {
    throw new Error(`Invalid ${KEY}: must be a duration of zero or more`);
  }
  return { nonCompliantWarningAfterMs: ms };
}
