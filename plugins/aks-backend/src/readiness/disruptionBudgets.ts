import { READINESS_DOCS } from './docs';
import { BlockingDisruptionBudget, UpgradeFinding } from './types';

/** What is read of a PodDisruptionBudget (policy/v1); any field may be absent. */
interface PdbObject {
  metadata?: { namespace?: string; name?: string };
  spec?: { minAvailable?: number | string; maxUnavailable?: number | string };
  status?: {
    disruptionsAllowed?: number;
    currentHealthy?: number;
    desiredHealthy?: number;
    expectedPods?: number;
  };
}

function why({ spec = {}, status = {} }: PdbObject): string {
  const healthy = `${status.currentHealthy ?? '?'} of ${
    status.expectedPods ?? '?'
  } pods healthy`;
  if (spec.maxUnavailable !== undefined) {
    return `maxUnavailable ${spec.maxUnavailable} with ${healthy}`;
  }
  if (spec.minAvailable !== undefined) {
    return `minAvailable ${spec.minAvailable} with ${healthy}`;
  }
  return `${healthy}, ${status.desiredHealthy ?? '?'} needed`;
}

/**
 * The PodDisruptionBudgets of a `policy/v1` list that allow no disruption
 * now, so that no node running their pods can be drained. A budget whose
 * selector matches no pod holds nothing back and is left out.
 */
export function blockingBudgets(list: unknown): BlockingDisruptionBudget[] {
  const items = (list as { items?: unknown })?.items;
  if (!Array.isArray(items)) return [];
  return (items as PdbObject[])
    .filter(
      pdb =>
        pdb?.status?.disruptionsAllowed === 0 &&
        (pdb.status.expectedPods ?? 1) > 0,
    )
    .map(pdb => ({
      namespace: pdb.metadata?.namespace ?? '',
      name: pdb.metadata?.name ?? '',
      why: why(pdb),
    }))
    .sort(
      (a, b) =>
        a.namespace.localeCompare(b.namespace) || a.name.localeCompare(b.name),
    );
}

const LISTED = 5;

/** One finding for the budgets that would stop the nodes from being drained. */
export function budgetFinding(
  budgets: BlockingDisruptionBudget[],
): UpgradeFinding | undefined {
  if (budgets.length === 0) return undefined;
  const names = budgets.slice(0, LISTED).map(b => `${b.namespace}/${b.name}`);
  const more = budgets.length - names.length;
  return {
    code: 'DisruptionBudgetBlocksDrain',
    severity: 'blocking',
    title: 'Pods cannot be evicted',
    message: `${
      budgets.length === 1
        ? 'PodDisruptionBudget'
        : `${budgets.length} PodDisruptionBudgets`
    } ${names.join(', ')}${more > 0 ? ` and ${more} more` : ''} ${
      budgets.length === 1 ? 'allows' : 'allow'
    } no disruption now, so AKS cannot drain the nodes that run their pods and the upgrade stops with a drain failure.`,
    remedy:
      'Scale the workloads up or relax minAvailable/maxUnavailable so that at least one pod may be evicted, then check again.',
    docsUrl: READINESS_DOCS.disruptionBudgets,
  };
}
