import type {
  DisruptionBudget,
  WorkloadSpec,
} from '../../persistence/workloadStore';
import { objectMeta, type ObjectBuilder } from './objectBuilder';

/** An integer, or a percentage of `of` rounded up (as the disruption controller rounds). */
function resolve(value: number | string, of: number): number {
  if (typeof value === 'number') return value;
  return Math.ceil((Number.parseFloat(value) / 100) * of);
}

/** How many healthy pods the budget wants, as the disruption controller counts them. */
function desiredHealthy(budget: DisruptionBudget, expectedPods: number) {
  if ('minAvailable' in budget)
    return resolve(budget.minAvailable, expectedPods);
  return Math.max(
    0,
    expectedPods - resolve(budget.maxUnavailable, expectedPods),
  );
}

/**
 * The PodDisruptionBudget of a workload, with the status the disruption
 * controller gives it: how many of its pods may be evicted now, which is what
 * a node drain in an upgrade waits on.
 */
export function addDisruptionBudget(
  builder: ObjectBuilder,
  spec: WorkloadSpec,
  labels: Record<string, string>,
  healthyPods: number,
) {
  const budget = spec.disruptionBudget!;
  const { namespace, name } = spec;
  const expectedPods = spec.replicas;
  const desired = desiredHealthy(budget, expectedPods);
  const disruptionsAllowed = Math.max(0, healthyPods - desired);
  builder.push('policy/poddisruptionbudgets', {
    metadata: {
      ...objectMeta(
        builder,
        'PodDisruptionBudget',
        namespace,
        `${name}-pdb`,
        labels,
      ),
      generation: 1,
    },
    spec: { ...budget, selector: { matchLabels: { app: name } } },
    status: {
      observedGeneration: 1,
      disruptionsAllowed,
      currentHealthy: healthyPods,
      desiredHealthy: desired,
      expectedPods,
      conditions: [
        {
          type: 'DisruptionAllowed',
          status: disruptionsAllowed > 0 ? 'True' : 'False',
          reason:
            disruptionsAllowed > 0 ? 'SufficientPods' : 'InsufficientPods',
          message: '',
          observedGeneration: 1,
          lastTransitionTime: builder.since,
        },
      ],
    },
  });
}
