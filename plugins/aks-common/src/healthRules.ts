import type { HealthInput, NodePoolHealthInput } from './healthInput';
import type { HealthRule } from './healthRule';
import { CREDENTIAL_RULES } from './healthCredentialRules';
import { NETWORK_RULES } from './healthNetworkRules';
import { POOL_RULES } from './healthPoolRules';
import { compareVersions, minorVersion, nodeImageAgeDays } from './versions';

/** ARM's terminal provisioning states; every other state is an operation in progress. */
const TERMINAL_STATES = new Set(['succeeded', 'failed', 'canceled']);

const inOperation = (state: string | undefined): state is string =>
  !!state && !TERMINAL_STATES.has(state.toLowerCase());

/** Node images further behind the latest than this are a warning, not just information. */
const NODE_IMAGE_WARNING_DAYS = 90;

/** The location's entry for the running minor version; `known` is false without the data to tell. */
function offeredVersion(input: HealthInput) {
  if (!input.kubernetesVersion || !input.availableVersions?.length) {
    return { known: false, info: undefined };
  }
  const minor = minorVersion(input.kubernetesVersion);
  return {
    known: true,
    info: input.availableVersions.find(v => v.version === minor),
  };
}

function isLtsOnly(input: HealthInput): boolean {
  const plans = offeredVersion(input).info?.supportPlans ?? [];
  return (
    plans.includes('AKSLongTermSupport') &&
    !plans.includes('KubernetesOfficial')
  );
}

function newestStableUpgrade(input: HealthInput): string | undefined {
  return (input.upgrades ?? [])
    .filter(u => !u.isPreview)
    .map(u => u.kubernetesVersion)
    .sort(compareVersions)
    .pop();
}

function hasNodeImageDrift(pool: NodePoolHealthInput): boolean {
  return (
    !!pool.nodeImageVersion &&
    !!pool.latestNodeImageVersion &&
    pool.nodeImageVersion !== pool.latestNodeImageVersion
  );
}

function isFarBehindLatestImage(pool: NodePoolHealthInput): boolean {
  const age = nodeImageAgeDays(
    pool.nodeImageVersion ?? '',
    pool.latestNodeImageVersion ?? '',
  );
  return age !== undefined && age > NODE_IMAGE_WARNING_DAYS;
}

const hasLtsCoverage = (input: HealthInput) =>
  input.supportPlan === 'AKSLongTermSupport' && input.tier === 'Premium';

const powerStateMissing = (subject: { powerState?: string }) =>
  !subject.powerState || subject.powerState === 'Unknown';

/** Pools whose provisioning or power state Azure did not report, or reported as no known state. */
const poolsOfUnknownState = (input: HealthInput) =>
  input.nodePools.filter(p => !p.provisioningState || powerStateMissing(p));

/**
 * The health rules, most severe first; warnings come out in this order within
 * a severity. Field knowledge has a table of its own per concern.
 */
export const HEALTH_RULES: ReadonlyArray<HealthRule> = [
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
    code: 'OutOfSupport',
    title: 'Out of support',
    severity: 'error',
    applies: input => {
      const offered = offeredVersion(input);
      return offered.known && !offered.info;
    },
    message: input =>
      `Kubernetes ${input.kubernetesVersion} is no longer offered in this location, so the cluster is out of support; ` +
      `upgrade to one of ${input
        .availableVersions!.map(v => v.version)
        .sort(compareVersions)
        .join(', ')}.`,
    remedy: () =>
      'Upgrade the control plane, then the node pools, to a supported version; AKS upgrades one minor version at a time.',
    docsUrl:
      'https://learn.microsoft.com/azure/aks/supported-kubernetes-versions',
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
    code: 'UpgradesUnknown',
    title: 'Upgrade options unknown',
    severity: 'info',
    applies: input => !!input.unknown?.upgrades,
    message: input =>
      `The cluster's upgrade options could not be read, so no upgrade is offered and the rules about upgrades are skipped: ${
        input.unknown!.upgrades
      }`,
    remedy: () =>
      'Refresh in a few minutes; right after a cluster is created or changed, Azure may not have its upgrade options yet.',
    docsUrl: 'https://learn.microsoft.com/azure/aks/upgrade-aks-cluster',
  },
  {
    scope: 'cluster',
    code: 'KubernetesVersionsUnknown',
    title: 'Support status unknown',
    severity: 'info',
    applies: input => !!input.unknown?.kubernetesVersions,
    message: input =>
      `The Kubernetes versions offered in the cluster's region could not be read, so whether its version is supported is unknown: ${
        input.unknown!.kubernetesVersions
      }`,
    remedy: () => 'Refresh in a few minutes.',
    docsUrl:
      'https://learn.microsoft.com/azure/aks/supported-kubernetes-versions',
  },
  {
    scope: 'cluster',
    code: 'LtsOnly',
    title: 'Supported only under LTS',
    severity: input => (hasLtsCoverage(input) ? 'info' : 'warning'),
    applies: isLtsOnly,
    message: input =>
      hasLtsCoverage(input)
        ? `Kubernetes ${input.kubernetesVersion} is supported only through AKS long-term support, which this cluster has.`
        : `Kubernetes ${input.kubernetesVersion} is supported only through AKS long-term support, which this cluster does not have; ` +
          'upgrade it, or switch to the Premium tier with the AKSLongTermSupport plan.',
    remedy: input =>
      hasLtsCoverage(input)
        ? 'Plan the upgrade before long-term support ends.'
        : 'Upgrade to a version under community support, or move to the Premium tier with the AKSLongTermSupport plan.',
    docsUrl: 'https://learn.microsoft.com/azure/aks/long-term-support',
  },
  {
    scope: 'cluster',
    code: 'PreviewVersion',
    title: 'Preview version',
    severity: 'warning',
    applies: input => !!offeredVersion(input).info?.isPreview,
    message: input =>
      `Kubernetes ${input.kubernetesVersion} is a preview version, not covered by support or an SLA.`,
    remedy: () => 'Run production workloads on a generally available version.',
    docsUrl:
      'https://learn.microsoft.com/azure/aks/supported-kubernetes-versions',
  },
  ...CREDENTIAL_RULES,
  ...POOL_RULES,
  ...NETWORK_RULES,
  {
    scope: 'nodePool',
    code: 'NodeImageDrift',
    title: 'Node image behind',
    severity: pool => (isFarBehindLatestImage(pool) ? 'warning' : 'info'),
    applies: hasNodeImageDrift,
    message: pool =>
      `Node pool ${pool.name} runs node image ${pool.nodeImageVersion}; the latest is ${pool.latestNodeImageVersion}.`,
    remedy: pool =>
      `Upgrade the node image of ${pool.name}, or set the node OS upgrade channel to NodeImage so AKS does it.`,
    docsUrl: 'https://learn.microsoft.com/azure/aks/node-image-upgrade',
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
  {
    scope: 'cluster',
    code: 'UpgradeAvailable',
    title: 'Upgrade available',
    severity: 'info',
    applies: input => !!input.kubernetesVersion && !!newestStableUpgrade(input),
    message: input =>
      `Kubernetes ${
        input.kubernetesVersion
      } can be upgraded; the newest available version is ${newestStableUpgrade(
        input,
      )}.`,
    remedy: () =>
      'Upgrade the control plane, then the node pools, or set an auto-upgrade channel.',
    docsUrl: 'https://learn.microsoft.com/azure/aks/upgrade-aks-cluster',
  },
  {
    scope: 'cluster',
    code: 'FreeTierNoSla',
    title: 'No uptime SLA',
    severity: 'info',
    applies: input => input.tier === 'Free',
    message: () =>
      'The Free tier has no uptime SLA for the control plane; use Standard or Premium for production.',
    remedy: () =>
      'Move production clusters to the Standard tier (az aks update --tier standard).',
    docsUrl:
      'https://learn.microsoft.com/azure/aks/free-standard-pricing-tiers',
  },
  {
    scope: 'cluster',
    code: 'NoAutoUpgradeChannel',
    title: 'No auto-upgrade channel',
    severity: 'info',
    applies: input =>
      !input.autoUpgradeChannel ||
      input.autoUpgradeChannel.toLowerCase() === 'none',
    message: () =>
      'No auto-upgrade channel is set, so Kubernetes is upgraded only by hand.',
    remedy: () =>
      'Set an auto-upgrade channel such as patch or stable, with a maintenance window.',
    docsUrl: 'https://learn.microsoft.com/azure/aks/auto-upgrade-cluster',
  },
];
