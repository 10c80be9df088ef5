import type { EmulatorContext } from '../../emulatorContext';
import type { StoredResource } from '../../persistence/resourceStore';
import { CLUSTER_TYPE } from '../containerService/aksTypes';
import { poolsOf } from '../containerService/clusterModel';
import { offeredIn, VM_SIZES } from './vmSizes';

/** One `Usage` as `Usage_List` lists it. */
export interface ComputeUsage {
  unit: 'Count';
  currentValue: number;
  limit: number;
  name: { value: string; localizedValue: string };
}

/** Sizes pools still run that the VM size list no longer offers new pools. */
const OLDER_SIZES: Record<string, { family: string; vCPUs: number }> = {
  Standard_DS2_v2: { family: 'standardDSv2Family', vCPUs: 2 },
  Standard_DS3_v2: { family: 'standardDSv2Family', vCPUs: 4 },
  Standard_D2s_v3: { family: 'standardDSv3Family', vCPUs: 2 },
  Standard_D4s_v3: { family: 'standardDSv3Family', vCPUs: 4 },
};

/** A subscription's default limits in a region, before any quota increase. */
const DEFAULT_LIMITS = {
  availabilitySets: 2500,
  cores: 500,
  virtualMachines: 25000,
  virtualMachineScaleSets: 2500,
  lowPriorityCores: 100,
  family: 350,
  /** GPU families start at no vCPUs until a quota request. */
  gpuFamily: 0,
};

const TOTALS: Array<[name: keyof typeof DEFAULT_LIMITS, label: string]> = [
  ['availabilitySets', 'Availability Sets'],
  ['cores', 'Total Regional vCPUs'],
  ['virtualMachines', 'Virtual Machines'],
  ['virtualMachineScaleSets', 'Virtual Machine Scale Sets'],
];

function sizeOf(vmSize: string): { family: string; vCPUs: number } {
  const size = VM_SIZES.find(
    s => s.name.toLowerCase() === vmSize.toLowerCase(),
  );
  return (
    size ?? OLDER_SIZES[vmSize] ?? { family: 'standardDSv2Family', vCPUs: 2 }
  );
}

/** 'standardDDSv5Family' -> 'Standard DDSv5 Family vCPUs', as the portal names quotas. */
function familyLabel(family: string): string {
  if (family.includes(' ')) return `${family} vCPUs`;
  const core = family.replace(/^standard/i, '').replace(/Family$/, '');
  return `Standard ${core} Family vCPUs`;
}

const isGpu = (family: string) => /^standard\s?N/i.test(family);

/** What the running pools of a subscription's clusters in a region use: VMs, scale sets and vCPUs by family. */
function usedBy(clusters: StoredResource[], ctx: EmulatorContext) {
  const used = new Map<string, number>();
  const add = (name: string, n: number) =>
    used.set(name, (used.get(name) ?? 0) + n);
  for (const cluster of clusters) {
    if (cluster.body.properties.powerState?.code === 'Stopped') continue;
    for (const pool of poolsOf(ctx, cluster.id)) {
      const p = pool.body.properties;
      if (p.powerState?.code === 'Stopped') continue;
      const count = Number(p.count ?? 0);
      const { family, vCPUs } = sizeOf(p.vmSize ?? 'Standard_D4ds_v5');
      add('virtualMachineScaleSets', 1);
      add('virtualMachines', count);
      if (p.scaleSetPriority === 'Spot') {
        add('lowPriorityCores', count * vCPUs);
      } else {
        add('cores', count * vCPUs);
        add(family, count * vCPUs);
      }
    }
  }
  return used;
}

/**
 * `Usage_List` of a subscription in a region: totals, the vCPUs of every VM
 * family the region offers (and any a pool runs on), and Spot vCPUs. What is
 * used comes from the running pools of the subscription's clusters there;
 * limits are the defaults unless a quota was set (seeds, admin `setQuota`).
 */
export function computeUsages(
  ctx: EmulatorContext,
  subscriptionId: string,
  region: string,
): ComputeUsage[] {
  const clusters = ctx.store
    .list({ type: CLUSTER_TYPE, subscriptionId })
    .filter(c => c.body.location === region);
  const used = usedBy(clusters, ctx);
  const usage = (name: string, label: string, limit: number): ComputeUsage => ({
    unit: 'Count',
    currentValue: used.get(name) ?? 0,
    limit: ctx.quotas.get(subscriptionId, region, name) ?? limit,
    name: { value: name, localizedValue: label },
  });
  const families = [
    ...new Set([
      ...VM_SIZES.filter(s => offeredIn(s, region)).map(s => s.family),
      ...[...used.keys()].filter(k => /family$/i.test(k)),
    ]),
  ];
  return [
    ...TOTALS.map(([name, label]) => usage(name, label, DEFAULT_LIMITS[name])),
    ...families.map(family =>
      usage(
        family,
        familyLabel(family),
        isGpu(family) ? DEFAULT_LIMITS.gpuFamily : DEFAULT_LIMITS.family,
      ),
    ),
    usage(
      'lowPriorityCores',
      'Total Regional Spot vCPUs',
      DEFAULT_LIMITS.lowPriorityCores,
    ),
  ];
}
