import { READINESS_DOCS } from './docs';
import { QuotaNeed, UpgradeFinding, UpgradeSurge } from './types';

/** One quota of the region's Compute usage (`Usage_List`). */
export interface ComputeUsage {
  name: string;
  currentValue: number;
  limit: number;
}

/** The quota of all regular (not Spot) vCPUs of the region. */
export const TOTAL_VCPUS_QUOTA = 'cores';
/** Spot VMs count against this quota, not their family's. */
export const SPOT_VCPUS_QUOTA = 'lowPriorityCores';

/** A pool's surge, with what the quota counts it in. */
export interface SurgeNeed extends UpgradeSurge {
  spot?: boolean;
}

function sumBy(needs: Map<string, number>, key: string, vCpus: number) {
  needs.set(key, (needs.get(key) ?? 0) + vCpus);
}

function quotaUnknown(what: string): UpgradeFinding {
  return {
    code: 'QuotaUnknown',
    severity: 'info',
    title: 'Quota not checked',
    message: `The vCPU quota for the surge nodes could not be checked: ${what}.`,
    remedy:
      'Check the regional and VM family vCPU quotas in the Azure portal (Quotas) before upgrading.',
    docsUrl: READINESS_DOCS.vCpuQuota,
  };
}

function quotaInsufficient(need: QuotaNeed): UpgradeFinding {
  return {
    code: 'QuotaInsufficient',
    severity: 'blocking',
    title: 'Not enough vCPU quota',
    message: `The surge nodes need ${need.needed} more vCPUs of quota ${need.family}, which has ${need.available} left (${need.used} of ${need.limit} used).`,
    remedy: `Request a quota increase of at least ${
      need.needed - need.available
    } vCPUs for ${
      need.family
    }, or lower the pools' maxSurge (a lower surge makes the upgrade slower).`,
    docsUrl: READINESS_DOCS.vCpuQuota,
  };
}

/**
 * The extra vCPUs the surge nodes need per quota (each VM family, Spot VMs'
 * own quota, and the regional total) against what the region's usage says is
 * left. Quotas that could not be matched are findings, never guesses.
 */
export function checkQuota(
  pools: SurgeNeed[],
  usages: ComputeUsage[],
): { quota: QuotaNeed[]; findings: UpgradeFinding[] } {
  const needs = new Map<string, number>();
  const unknown: string[] = [];
  for (const pool of pools) {
    if (pool.surgeNodes === 0) continue;
    if (pool.extraVCpus === undefined || (!pool.family && !pool.spot)) {
      unknown.push(`the vCPUs of ${pool.vmSize} (node pool ${pool.name})`);
      continue;
    }
    if (pool.spot) {
      sumBy(needs, SPOT_VCPUS_QUOTA, pool.extraVCpus);
    } else {
      sumBy(needs, pool.family as string, pool.extraVCpus);
      sumBy(needs, TOTAL_VCPUS_QUOTA, pool.extraVCpus);
    }
  }
  const byName = new Map(usages.map(u => [u.name.toLowerCase(), u]));
  const quota: QuotaNeed[] = [];
  for (const [family, needed] of needs) {
    const usage = byName.get(family.toLowerCase());
    if (!usage) {
      unknown.push(`the region reports no quota ${family}`);
      continue;
    }
    quota.push({
      family: usage.name,
      needed,
      available: Math.max(0, usage.limit - usage.currentValue),
      limit: usage.limit,
      used: usage.currentValue,
    });
  }
  const findings = quota
    .filter(need => need.needed > need.available)
    .map(quotaInsufficient);
  if (unknown.length > 0) findings.push(quotaUnknown(unknown.join('; ')));
  return { quota, findings };
}

/** The finding when the region's usage could not be read at all. */
export function quotaUnreadable(reason: string): UpgradeFinding {
  return quotaUnknown(`the region's usage could not be read (${reason})`);
}
