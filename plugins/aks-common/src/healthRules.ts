import type { HealthInput, NodePoolHealthInput } from './healthInput';
import type { HealthSeverity, HealthStatus, HealthWarningCode } from './types';
import { compareVersions, minorVersion, nodeImageAgeDays } from './versions';

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
  message(subject: Subject, input: HealthInput): string;
}

/** A rule checked once per cluster (subject: the input) or once per node pool. */
export type HealthRule =
  | ({ scope: 'cluster' } & Rule<HealthInput>)
  | ({ scope: 'nodePool' } & Rule<NodePoolHealthInput>);

const TRANSITIONAL_STATES = new Set([
  'Creating',
  'Updating',
  'Upgrading',
  'Starting',
  'Stopping',
  'Deleting',
  'Scaling',
  'Migrating',
]);

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

const isRunningPool = (pool: NodePoolHealthInput) =>
  pool.powerState !== 'Stopped';

const hasLtsCoverage = (input: HealthInput) =>
  input.supportPlan === 'AKSLongTermSupport' && input.tier === 'Premium';

const powerStateMissing = (input: HealthInput) =>
  !input.powerState || input.powerState === 'Unknown';

/** The health rules, most severe first; warnings come out in this order within a severity. */
export const HEALTH_RULES: ReadonlyArray<HealthRule> = [
  {
    scope: 'cluster',
    code: 'ProvisioningFailed',
    severity: 'error',
    imposes: 'unhealthy',
    applies: input => input.provisioningState === 'Failed',
    message: ({ provisioningError: e }) =>
      e
        ? `The last operation on the cluster failed with ${e.code}: ${e.message}`
        : 'The last operation on the cluster failed; Azure reported no error details.',
  },
  {
    scope: 'nodePool',
    code: 'NodePoolFailed',
    severity: 'error',
    applies: pool => pool.provisioningState === 'Failed',
    message: pool => `The last operation on node pool ${pool.name} failed.`,
  },
  {
    scope: 'cluster',
    code: 'OutOfSupport',
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
  },
  {
    scope: 'cluster',
    code: 'StateUnknown',
    severity: 'warning',
    imposes: 'unknown',
    applies: input => !input.provisioningState || powerStateMissing(input),
    message: input => {
      const missing = [
        !input.provisioningState && 'provisioning state',
        powerStateMissing(input) && 'power state',
      ].filter(Boolean);
      return `Azure reported no ${missing.join(
        ' and ',
      )} for the cluster, so its state is unknown.`;
    },
  },
  {
    scope: 'cluster',
    code: 'LtsOnly',
    severity: input => (hasLtsCoverage(input) ? 'info' : 'warning'),
    applies: isLtsOnly,
    message: input =>
      hasLtsCoverage(input)
        ? `Kubernetes ${input.kubernetesVersion} is supported only through AKS long-term support, which this cluster has.`
        : `Kubernetes ${input.kubernetesVersion} is supported only through AKS long-term support, which this cluster does not have; ` +
          'upgrade it, or switch to the Premium tier with the AKSLongTermSupport plan.',
  },
  {
    scope: 'cluster',
    code: 'PreviewVersion',
    severity: 'warning',
    applies: input => !!offeredVersion(input).info?.isPreview,
    message: input =>
      `Kubernetes ${input.kubernetesVersion} is a preview version, not covered by support or an SLA.`,
  },
  {
    scope: 'nodePool',
    code: 'AutoscalerAtMax',
    severity: 'warning',
    applies: pool =>
      isRunningPool(pool) &&
      pool.enableAutoScaling &&
      pool.maxCount !== undefined &&
      pool.count >= pool.maxCount,
    message: pool =>
      `Node pool ${pool.name} has reached its autoscaler maximum of ${pool.maxCount} nodes; pods that need more capacity stay pending.`,
  },
  {
    scope: 'nodePool',
    code: 'AutoscalerBelowMin',
    severity: 'warning',
    applies: pool =>
      isRunningPool(pool) &&
      pool.enableAutoScaling &&
      pool.minCount !== undefined &&
      pool.count < pool.minCount,
    message: pool =>
      `Node pool ${pool.name} has ${pool.count} nodes, fewer than its autoscaler minimum of ${pool.minCount}.`,
  },
  {
    scope: 'cluster',
    code: 'KubenetRetiring',
    severity: 'warning',
    applies: input => input.networkPlugin === 'kubenet',
    message: () =>
      'The kubenet network plugin is retiring on 31 March 2028; migrate the cluster to Azure CNI Overlay.',
  },
  {
    scope: 'nodePool',
    code: 'NodeImageDrift',
    severity: pool => (isFarBehindLatestImage(pool) ? 'warning' : 'info'),
    applies: hasNodeImageDrift,
    message: pool =>
      `Node pool ${pool.name} runs node image ${pool.nodeImageVersion}; the latest is ${pool.latestNodeImageVersion}.`,
  },
  {
    scope: 'cluster',
    code: 'ClusterUpdating',
    severity: 'info',
    imposes: 'updating',
    applies: input => TRANSITIONAL_STATES.has(input.provisioningState ?? ''),
    message: input =>
      `The cluster is ${input.provisioningState!.toLowerCase()}.`,
  },
  {
    scope: 'nodePool',
    code: 'NodePoolUpdating',
    severity: 'info',
    imposes: 'updating',
    applies: pool => TRANSITIONAL_STATES.has(pool.provisioningState ?? ''),
    message: pool =>
      `Node pool ${pool.name} is ${pool.provisioningState!.toLowerCase()}.`,
  },
  {
    scope: 'cluster',
    code: 'ClusterStopped',
    severity: 'info',
    imposes: 'stopped',
    applies: input => input.powerState === 'Stopped',
    message: () =>
      'The cluster is stopped; its workloads do not run until it is started.',
  },
  {
    scope: 'nodePool',
    code: 'NodePoolStopped',
    severity: 'info',
    applies: (pool, input) =>
      input.powerState === 'Running' && pool.powerState === 'Stopped',
    message: pool => `Node pool ${pool.name} is stopped.`,
  },
  {
    scope: 'cluster',
    code: 'UpgradeAvailable',
    severity: 'info',
    applies: input => !!input.kubernetesVersion && !!newestStableUpgrade(input),
    message: input =>
      `Kubernetes ${
        input.kubernetesVersion
      } can be upgraded; the newest available version is ${newestStableUpgrade(
        input,
      )}.`,
  },
  {
    scope: 'cluster',
    code: 'FreeTierNoSla',
    severity: 'info',
    applies: input => input.tier === 'Free',
    message: () =>
      'The Free tier has no uptime SLA for the control plane; use Standard or Premium for production.',
  },
  {
    scope: 'cluster',
    code: 'NoAutoUpgradeChannel',
    severity: 'info',
    applies: input =>
      !input.autoUpgradeChannel ||
      input.autoUpgradeChannel.toLowerCase() === 'none',
    message: () =>
      'No auto-upgrade channel is set, so Kubernetes is upgraded only by hand.',
  },
];
