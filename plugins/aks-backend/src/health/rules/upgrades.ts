import type { HealthInput, NodePoolHealthInput } from '../healthInput';
import type { HealthRule } from '../healthRule';
import { compareVersions, nodeImageAgeDays } from '../versions';

/** Node images further behind the latest than this are a warning, not just information. */
const NODE_IMAGE_WARNING_DAYS = 90;

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

/** Rules about upgrades: what is available, what could not be read, and who upgrades. */
export const UPGRADE_RULES = [
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
] as const satisfies ReadonlyArray<HealthRule>;
