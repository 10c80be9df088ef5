import type { HealthInput, NodePoolHealthInput } from '../healthInput';
import { HealthRule, isRunningPool } from '../healthRule';

/** What a pool gets without `maxPods`, per network plugin. */
function defaultMaxPods(
  input: HealthInput,
): { plugin: string; maxPods: number } | undefined {
  if (input.networkPlugin === 'kubenet') {
    return { plugin: 'kubenet', maxPods: 110 };
  }
  if (input.networkPlugin === 'azure') {
    return input.networkPluginMode === 'overlay'
      ? { plugin: 'Azure CNI Overlay', maxPods: 250 }
      : { plugin: 'Azure CNI', maxPods: 30 };
  }
  return undefined;
}

const userPools = (input: HealthInput) =>
  input.nodePools.filter(p => p.mode === 'User');

const spotOnly = (input: HealthInput) => {
  const pools = userPools(input);
  return pools.length > 0 && pools.every(p => p.scaleSetPriority === 'Spot');
};

const belowDefaultMaxPods = (pool: NodePoolHealthInput, input: HealthInput) => {
  const defaults = defaultMaxPods(input);
  return (
    !!defaults && pool.maxPods !== undefined && pool.maxPods < defaults.maxPods
  );
};

/** Rules about the capacity of the node pools. */
export const POOL_RULES = [
  {
    scope: 'nodePool',
    code: 'AutoscalerAtMax',
    title: 'Autoscaler at maximum',
    severity: 'warning',
    applies: pool =>
      isRunningPool(pool) &&
      pool.enableAutoScaling &&
      pool.maxCount !== undefined &&
      pool.count >= pool.maxCount,
    message: pool =>
      `Node pool ${pool.name} is at its autoscaler maximum of ${pool.maxCount} nodes; ` +
      'while it stays there, pods that need more capacity stay pending.',
    remedy: pool =>
      `If pods are pending, raise the maximum of ${pool.name} ` +
      '(`az aks nodepool update --update-cluster-autoscaler --max-count <n>`) within the vCPU quota of the subscription, or add a node pool.',
    docsUrl: 'https://learn.microsoft.com/azure/aks/cluster-autoscaler',
  },
  {
    scope: 'nodePool',
    code: 'AutoscalerBelowMin',
    title: 'Below autoscaler minimum',
    severity: 'warning',
    applies: pool =>
      isRunningPool(pool) &&
      pool.enableAutoScaling &&
      pool.minCount !== undefined &&
      pool.count < pool.minCount,
    message: pool =>
      `Node pool ${pool.name} has ${pool.count} nodes, fewer than its autoscaler minimum of ${pool.minCount}.`,
    remedy: pool =>
      `Check the cluster autoscaler's events and the VM quota of the subscription; ${pool.name} should grow back to its minimum.`,
    docsUrl: 'https://learn.microsoft.com/azure/aks/cluster-autoscaler',
  },
  {
    scope: 'cluster',
    code: 'SpotOnlyUserPool',
    title: 'Only Spot user pools',
    severity: 'warning',
    applies: spotOnly,
    message: input =>
      `Every user node pool (${userPools(input)
        .map(p => p.name)
        .join(
          ', ',
        )}) runs on Spot VMs, which Azure can evict at any time with 30 seconds' notice: ` +
      'an eviction can take all of a service’s pods down at once, with no regular capacity to reschedule them on.',
    remedy: () =>
      'Add a user node pool of regular VMs for the workloads that must stay up, and keep Spot for work that can be interrupted.',
    docsUrl: 'https://learn.microsoft.com/azure/aks/spot-node-pool',
  },
  {
    scope: 'nodePool',
    code: 'MaxPodsBelowDefault',
    title: 'Fewer pods per node than the default',
    severity: 'info',
    applies: belowDefaultMaxPods,
    message: (pool, input) => {
      const defaults = defaultMaxPods(input)!;
      return (
        `Node pool ${pool.name} takes at most ${pool.maxPods} pods per node, DaemonSets included, ` +
        `fewer than the ${defaults.maxPods} of ${defaults.plugin} by default; a node may be full of pods with CPU and memory to spare.`
      );
    },
    remedy: pool =>
      "Nothing to do unless pods stay pending with 'Too many pods': the limit is fixed when a pool is created, " +
      `so add a pool with a higher \`--max-pods\`, move the workloads to it and delete ${pool.name}.`,
    docsUrl:
      'https://learn.microsoft.com/azure/aks/concepts-network-ip-address-planning',
  },
] as const satisfies ReadonlyArray<HealthRule>;
