import { assertError } from '@backstage/errors';
import { blockingBudgets, budgetFinding } from './disruptionBudgets';
import { KubernetesApiAccess, kubernetesGet } from './kubernetesApi';
import { removedApiFinding, removedApisInUse } from './removedApis';
import {
  BlockingDisruptionBudget,
  RemovedApiInUse,
  UpgradeFinding,
} from './types';

/** What the readiness checks read of the cluster's own Kubernetes API. */
export interface KubernetesChecks {
  disruptionBudgets: BlockingDisruptionBudget[];
  deprecatedApis: RemovedApiInUse[];
  findings: UpgradeFinding[];
}

/** The finding when the Kubernetes API could not be read: not blocking, since nothing was found. */
export function kubernetesApiUnreadable(
  reason: string,
  unchecked: string[],
): UpgradeFinding {
  return {
    code: 'KubernetesApiUnreadable',
    severity: 'warning',
    title: 'Kubernetes API not read',
    message: `Could not read the Kubernetes API: ${reason}. ${unchecked.join(
      ' and ',
    )} ${unchecked.length === 1 ? 'was' : 'were'} not checked.`,
    remedy:
      "Let Backstage reach the API server (aks.kubernetesApiServer.urlTemplate for a private cluster) with read access for the plugin's identity (Azure Kubernetes Service RBAC Reader, and /metrics), or check these yourself before upgrading.",
  };
}

async function attempt<T>(
  read: () => Promise<T>,
): Promise<{ value: T } | { error: string }> {
  try {
    return { value: await read() };
  } catch (error) {
    assertError(error);
    return { error: error.message };
  }
}

/**
 * The PodDisruptionBudgets that allow no disruption, and the deprecated APIs
 * still requested that `target` removes (`apiserver_requested_deprecated_apis`
 * of the API server's metrics). Each read that fails becomes a finding.
 */
export async function readKubernetesChecks(
  access: () => Promise<KubernetesApiAccess>,
  current: string,
  target: string,
): Promise<KubernetesChecks> {
  const reached = await attempt(access);
  if ('error' in reached) {
    return {
      disruptionBudgets: [],
      deprecatedApis: [],
      findings: [
        kubernetesApiUnreadable(reached.error, [
          'PodDisruptionBudgets',
          'deprecated API use',
        ]),
      ],
    };
  }
  const [budgets, metrics] = await Promise.all([
    attempt(async () =>
      blockingBudgets(
        JSON.parse(
          await kubernetesGet(
            reached.value,
            '/apis/policy/v1/poddisruptionbudgets',
          ),
        ),
      ),
    ),
    attempt(async () =>
      removedApisInUse(
        await kubernetesGet(reached.value, '/metrics', 'text/plain'),
        current,
        target,
      ),
    ),
  ]);
  const disruptionBudgets = 'value' in budgets ? budgets.value : [];
  const deprecatedApis = 'value' in metrics ? metrics.value : [];
  const failed = [
    'error' in budgets && { what: 'PodDisruptionBudgets', ...budgets },
    'error' in metrics && { what: 'deprecated API use', ...metrics },
  ].filter((f): f is { what: string; error: string } => !!f);
  const findings = [
    budgetFinding(disruptionBudgets),
    removedApiFinding(deprecatedApis, target),
    failed.length > 0 &&
      kubernetesApiUnreadable(
        // A network failure is the same for every path: said once.
        [...new Set(failed.map(f => f.error.replace(/^\/\S*: /, '')))].join(
          '; ',
        ),
        failed.map(f => f.what),
      ),
  ].filter((f): f is UpgradeFinding => !!f);
  return { disruptionBudgets, deprecatedApis, findings };
}
