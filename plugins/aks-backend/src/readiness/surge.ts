/** `upgradeSettings.maxSurge` when a pool sets none, as the AKS API (2026-06-01) describes it. */
export const AKS_DEFAULT_MAX_SURGE = '10%';

const PERCENT = /^(\d+(?:\.\d+)?)%$/;
const NUMBER = /^\d+$/;

/** A pool's surge setting, with the default when it sets none. */
export interface PoolSurge {
  maxSurge: string;
  maxSurgeIsDefault: boolean;
  surgeNodes: number;
}

function nodesFor(setting: string, nodeCount: number): number | undefined {
  if (nodeCount <= 0) return 0;
  const percent = PERCENT.exec(setting);
  if (percent) {
    const share = Number(percent[1]);
    return share === 0 ? 0 : Math.max(1, Math.ceil((nodeCount * share) / 100));
  }
  return NUMBER.test(setting) ? Number(setting) : undefined;
}

/**
 * The nodes AKS adds to a pool while it upgrades it: a percentage of the
 * node count (for an autoscaling pool, the count it has now) rounded up and
 * at least one, or the number set; none for a pool without nodes. A setting
 * AKS would not accept is counted as the default.
 */
export function surgeOf(
  maxSurge: string | undefined | null,
  nodeCount: number,
): PoolSurge {
  const set = typeof maxSurge === 'string' ? maxSurge.trim() : '';
  const setting = set || AKS_DEFAULT_MAX_SURGE;
  const surgeNodes =
    nodesFor(setting, nodeCount) ??
    (nodesFor(AKS_DEFAULT_MAX_SURGE, nodeCount) as number);
  return { maxSurge: setting, maxSurgeIsDefault: !set, surgeNodes };
}
