import type { HealthInput } from '../healthInput';
import type { HealthRule } from '../healthRule';

/** ARM's terminal provisioning states; every other state is an operation in progress. */
const TERMINAL_STATES = new Set(['succeeded', 'failed', 'canceled']);

const inOperation = (state: string | undefined): state is string =>
  !!state && !TERMINAL_STATES.has(state.toLowerCase());

const powerStateMissing = (subject: { powerState?: string }) =>
  !subject.powerState || subject.powerState === 'Unknown';

/** Pools whose provisioning or power state Azure did not report, or reported as no known state. */
const poolsOfUnknownState = (input: HealthInput) =>
  input.nodePools.filter(p => !p.provisioningState || powerStateMissing(p));

/**
 * Rules about the state of the cluster and its pools, as ARM reports it:
 * failed, unknown, in an operation, stopped. They impose the status.
 */
export const STATE_RULES = [
  {
    scope: 'cluster',
    code: 'ProvisioningFailed',
    title: 'Last operation failed',
    severity: 'error',
    imposes: 'unhealthy',
    applies: input => input.provisioningState === 'Failed',
    message: ({ provisioningError: e }) =>
      e
        ? `The last operation on the cluster failed with ${e.code}: ${e.message}`
        : 'The last operation on the cluster failed; Azure reported no error details.',
    remedy: () =>
      'Fix the cause Azure names, then retry the operation; `az aks update` with no changes reconciles the cluster.',
    docsUrl:
      'https://learn.microsoft.com/troubleshoot/azure/azure-kubernetes/welcome-azure-kubernetes',
  },
  {
    scope: 'nodePool',
    code: 'NodePoolFailed',
    title: 'Node pool operation failed',
    severity: 'error',
    applies: pool => pool.provisioningState === 'Failed',
    message: pool => `The last operation on node pool ${pool.name} failed.`,
    remedy: pool =>
      `Check the node pool's activity log in the Azure portal, fix the cause and retry the operation on ${pool.name}.`,
    docsUrl:
      'https://learn.microsoft.com/troubleshoot/azure/azure-kubernetes/welcome-azure-kubernetes',
  },
  {
    scope: 'cluster',
    code: 'StateUnknown',
    title: 'State unknown',
    severity: 'warning',
    imposes: 'unknown',
    applies: input =>
      !input.provisioningState ||
      powerStateMissing(input) ||
      poolsOfUnknownState(input).length > 0,
    message: input => {
      const missing = [
        !input.provisioningState && 'provisioning state',
        powerStateMissing(input) && 'power state',
      ].filter(Boolean);
      const pools = poolsOfUnknownState(input).map(p => p.name);
      return [
        missing.length > 0 &&
          `Azure reported no known ${missing.join(' or ')} for the cluster.`,
        pools.length > 0 &&
          `Azure reported no known state for node pool${
            pools.length > 1 ? 's' : ''
          } ${pools.join(', ')}.`,
        'So whether it runs well is unknown.',
      ]
        .filter(Boolean)
        .join(' ');
    },
    remedy: () =>
      'Open the cluster in the Azure portal to see its state; if it persists, contact Azure support.',
    docsUrl: 'https://learn.microsoft.com/azure/aks/troubleshooting',
  },
  {
    scope: 'cluster',
    code: 'ClusterUpdating',
    title: 'Operation in progress',
    severity: 'info',
    imposes: 'updating',
    applies: input => inOperation(input.provisioningState),
    message: input =>
      `An operation is in progress on the cluster: Azure reports it as ${input.provisioningState}.`,
    remedy: () =>
      'Wait for the operation to finish; other changes are refused until then.',
    docsUrl: 'https://learn.microsoft.com/azure/aks/upgrade-aks-cluster',
  },
  {
    scope: 'nodePool',
    code: 'NodePoolUpdating',
    title: 'Node pool operation in progress',
    severity: 'info',
    imposes: 'updating',
    applies: pool => inOperation(pool.provisioningState),
    message: pool =>
      `An operation is in progress on node pool ${pool.name}: Azure reports it as ${pool.provisioningState}.`,
    remedy: () =>
      'Wait for the operation to finish; other changes to the pool are refused until then.',
    docsUrl: 'https://learn.microsoft.com/azure/aks/upgrade-aks-cluster',
  },
  {
    scope: 'cluster',
    code: 'ClusterStopped',
    title: 'Stopped',
    severity: 'info',
    imposes: 'stopped',
    applies: input => input.powerState === 'Stopped',
    message: () =>
      'The cluster is stopped; its workloads do not run until it is started.',
    remedy: () =>
      'Start the cluster to run its workloads again; nodes are not billed while it is stopped.',
    docsUrl: 'https://learn.microsoft.com/azure/aks/start-stop-cluster',
  },
  {
    scope: 'nodePool',
    code: 'NodePoolStopped',
    title: 'Node pool stopped',
    severity: 'info',
    applies: (pool, input) =>
      input.powerState === 'Running' && pool.powerState === 'Stopped',
    message: pool => `Node pool ${pool.name} is stopped.`,
    remedy: pool => `Start ${pool.name} when its workloads should run again.`,
    docsUrl: 'https://learn.microsoft.com/azure/aks/start-stop-nodepools',
  },
] as const satisfies ReadonlyArray<HealthRule>;
