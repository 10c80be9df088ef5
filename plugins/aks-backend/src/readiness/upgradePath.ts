import { compareVersions } from '../health/versions';
import { READINESS_DOCS } from './docs';
import { UpgradeFinding, UpgradeStep } from './types';
import { addMinors, minorsBetween } from './versionParts';

/**
 * How many minor versions a node pool may run behind the control plane: the
 * Kubernetes skew policy for kubelets since 1.28, which AKS follows.
 */
export const MAX_POOL_SKEW_MINORS = 3;

/** What the path of an upgrade is planned from. */
export interface UpgradePlanInput {
  /** The version the control plane runs. */
  controlPlane: string;
  /** Each node pool and the version it runs. */
  pools: Array<{ name: string; version: string }>;
  /** The version upgraded to. */
  target: string;
  /** The control plane's upgrades the profile offers, to name a version to go through. */
  offered: string[];
  /** Only the control plane is upgraded; the pools keep their version. */
  controlPlaneOnly?: boolean;
}

/** The newest offered patch of a minor version, or the minor version itself. */
function newestOf(minor: string, offered: string[]): string {
  const patches = offered
    .filter(v => minorsBetween(minor, v) === 0)
    .sort(compareVersions);
  return patches[patches.length - 1] ?? minor;
}

function skippedMinors(
  input: UpgradePlanInput,
  minors: number,
): UpgradeFinding {
  const nextMinor = addMinors(input.controlPlane, 1);
  const next = newestOf(nextMinor, input.offered);
  // AKS offers a jump of several minors only from a version out of support.
  const outOfSupport =
    next === nextMinor
      ? ` AKS offers no ${nextMinor} to this cluster: it lets a version out of support jump only to return to support, with every change in between at once.`
      : '';
  const review =
    next === nextMinor
      ? ` Where ${nextMinor} is no longer offered, review the changes and API removals up to ${input.target}, then confirm the upgrade.`
      : '';
  return {
    code: 'MinorVersionSkipped',
    severity: 'blocking',
    title: 'Skips a minor version',
    message: `The control plane runs ${input.controlPlane}; ${input.target} is ${minors} minor versions ahead, and AKS upgrades the control plane one minor version at a time.${outOfSupport}`,
    remedy: `Upgrade to ${next} first, then to ${input.target}.${review}`,
    docsUrl: READINESS_DOCS.upgradeCluster,
  };
}

function poolTooFarBehind(
  pool: { name: string; version: string },
  target: string,
  minors: number,
): UpgradeFinding {
  return {
    code: 'NodePoolTooFarBehind',
    severity: 'blocking',
    title: 'Node pool too far behind',
    message: `Node pool ${pool.name} runs ${pool.version}, ${minors} minor versions behind ${target}; a node pool may run at most ${MAX_POOL_SKEW_MINORS} minor versions behind the control plane.`,
    remedy: `Upgrade node pool ${pool.name} to ${addMinors(
      target,
      -MAX_POOL_SKEW_MINORS,
    )} or later first.`,
    docsUrl: READINESS_DOCS.versionSkew,
    nodePool: pool.name,
  };
}

function poolSkipsMinors(
  pool: { name: string; version: string },
  target: string,
  minors: number,
  offered: string[],
): UpgradeFinding {
  return {
    code: 'NodePoolSkipsMinorVersion',
    severity: 'blocking',
    title: 'Node pool skips a minor version',
    message: `Node pool ${pool.name} runs ${pool.version}, ${minors} minor versions behind ${target}; AKS upgrades a node pool one minor version at a time.`,
    remedy: `Upgrade node pool ${pool.name} to ${newestOf(
      addMinors(pool.version, 1),
      offered,
    )} first (its own upgrade), then upgrade to ${target}.`,
    docsUrl: READINESS_DOCS.upgradeNodePools,
    nodePool: pool.name,
  };
}

function poolAheadOfTarget(
  pool: { name: string; version: string },
  target: string,
): UpgradeFinding {
  return {
    code: 'NodePoolAheadOfTarget',
    severity: 'blocking',
    title: 'Node pool ahead of the target',
    message: `Node pool ${pool.name} runs ${pool.version}, newer than ${target}; a node pool cannot be downgraded, nor run newer than the control plane.`,
    remedy: `Choose ${pool.version} or a later version.`,
    docsUrl: READINESS_DOCS.upgradeNodePools,
    nodePool: pool.name,
  };
}

/**
 * The steps of an upgrade in the order AKS runs them, the control plane
 * first and then each node pool behind the target, with what the AKS version
 * rules forbid: skipping a minor version of the control plane or of a node
 * pool, a node pool left more than three minor versions behind the new
 * control plane, and a node pool newer than the target.
 */
export function planUpgradePath(input: UpgradePlanInput): {
  path: UpgradeStep[];
  findings: UpgradeFinding[];
} {
  const { controlPlane, target } = input;
  const path: UpgradeStep[] = [];
  const findings: UpgradeFinding[] = [];
  const controlPlaneMoves = compareVersions(target, controlPlane) > 0;
  if (controlPlaneMoves) {
    path.push({ kind: 'controlPlane', from: controlPlane, to: target });
    const minors = minorsBetween(controlPlane, target);
    if (minors !== undefined && minors > 1) {
      findings.push(skippedMinors(input, minors));
    }
  }
  for (const pool of input.pools) {
    const order = compareVersions(pool.version, target);
    if (order > 0) {
      if (!input.controlPlaneOnly) {
        findings.push(poolAheadOfTarget(pool, target));
      }
      continue;
    }
    const behind = minorsBetween(pool.version, target);
    const keepsVersion = input.controlPlaneOnly || order === 0;
    if (controlPlaneMoves && behind !== undefined) {
      // AKS checks the skew when it upgrades the control plane, before any
      // pool has moved.
      if (behind > MAX_POOL_SKEW_MINORS) {
        findings.push(poolTooFarBehind(pool, target, behind));
      }
    }
    if (!keepsVersion) {
      // AKS refuses a pool upgrade across minor versions (OperationNotAllowed).
      if (behind !== undefined && behind > 1) {
        findings.push(poolSkipsMinors(pool, target, behind, input.offered));
      }
      path.push({
        kind: 'nodePool',
        name: pool.name,
        from: pool.version,
        to: target,
      });
    }
  }
  return { path, findings };
}
