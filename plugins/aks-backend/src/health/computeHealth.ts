import type { HealthInput } from './healthInput';
import type { HealthRule, StateStatus } from './healthRule';
import { HEALTH_RULES } from './rules';
import type {
  ClusterHealth,
  HealthSeverity,
  HealthWarning,
} from '@aks-backstage/plugin-aks-common';

interface Finding {
  warning: HealthWarning;
  imposes?: StateStatus;
}

// Cluster state outranks findings: a failed cluster is unhealthy even while a pool updates,
// an updating cluster is not called unhealthy for a failed pool, and so on down this list.
const STATE_PRECEDENCE: StateStatus[] = [
  'unhealthy',
  'updating',
  'stopped',
  'unknown',
];
const SEVERITY_RANK: Record<HealthSeverity, number> = {
  error: 0,
  warning: 1,
  info: 2,
};

function evaluate(rule: HealthRule, input: HealthInput): Finding[] {
  if (rule.scope === 'cluster') {
    if (!rule.applies(input, input)) return [];
    const severity =
      typeof rule.severity === 'function'
        ? rule.severity(input, input)
        : rule.severity;
    return [
      {
        warning: {
          code: rule.code,
          severity,
          title: rule.title,
          message: rule.message(input, input),
          remedy: rule.remedy(input, input),
          docsUrl: rule.docsUrl,
        },
        imposes: rule.imposes,
      },
    ];
  }
  return input.nodePools
    .filter(pool => rule.applies(pool, input))
    .map(pool => ({
      warning: {
        code: rule.code,
        severity:
          typeof rule.severity === 'function'
            ? rule.severity(pool, input)
            : rule.severity,
        title: rule.title,
        message: rule.message(pool, input),
        remedy: rule.remedy(pool, input),
        docsUrl: rule.docsUrl,
        nodePool: pool.name,
      },
      imposes: rule.imposes,
    }));
}

/**
 * Judges a cluster by the health rules (see the package README for the table).
 * The status is the first cluster state that applies (failed, updating, stopped, unknown);
 * otherwise the worst severity among the warnings: error → unhealthy, warning → degraded, info → healthy.
 * Warnings are ordered by severity, errors first.
 * @public
 */
export function computeHealth(input: HealthInput): ClusterHealth {
  const findings = HEALTH_RULES.flatMap(rule => evaluate(rule, input));
  const warnings = findings
    .map(f => f.warning)
    .sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]);

  const imposed = STATE_PRECEDENCE.find(status =>
    findings.some(f => f.imposes === status),
  );
  if (imposed) return { status: imposed, warnings };
  if (warnings.some(w => w.severity === 'error')) {
    return { status: 'unhealthy', warnings };
  }
  if (warnings.some(w => w.severity === 'warning')) {
    return { status: 'degraded', warnings };
  }
  return { status: 'healthy', warnings };
}
