import type { ClusterDetails } from '@aks-backstage/plugin-aks-common';
import type { MaintenanceRead, MaintenanceReads } from './MaintenanceReads';
import { describeWindow } from './windowInfo';

/** Maintenance reads of a fleet request at once: enough to be quick, few enough not to be throttled. */
const CONCURRENT_READS = 25;

const PATCHING_NODE_CHANNELS = new Set(['nodeimage', 'securitypatch']);

/** Whether the auto-upgrade channel is on: any value but `none`. */
export function autoUpgradeOn(details: ClusterDetails): boolean {
  const channel = details.autoUpgradeChannel?.toLowerCase();
  return !!channel && channel !== 'none';
}

/** Whether AKS changes the cluster on a channel, so its windows matter. */
export function hasChannel(details: ClusterDetails): boolean {
  return (
    autoUpgradeOn(details) ||
    PATCHING_NODE_CHANNELS.has(
      details.nodeOSUpgradeChannel?.toLowerCase() ?? '',
    )
  );
}

/**
 * The fleet's `maintenance=auto-upgrade-without-window` filter: auto-upgrade
 * on, and the configurations read without an `aksManagedAutoUpgradeSchedule`.
 */
export function autoUpgradeWithoutWindow(
  details: ClusterDetails,
  read: MaintenanceRead | undefined,
): boolean {
  return (
    autoUpgradeOn(details) &&
    !!read &&
    'configs' in read &&
    !read.configs.some(c => c.kind === 'autoUpgrade')
  );
}

/** When the auto-upgrade window next opens, if there is one. */
export function nextAutoUpgradeWindow(
  read: MaintenanceRead | undefined,
  now: Date,
): string | undefined {
  const config =
    read && 'configs' in read
      ? read.configs.find(c => c.kind === 'autoUpgrade')
      : undefined;
  return config && describeWindow(config, now, 1).next[0]?.start;
}

/**
 * The maintenance of those clusters that have a channel, each through the
 * cache: one ARM call per cluster at most once per cache TTL.
 */
export async function readFleetMaintenance(
  reads: MaintenanceReads,
  clusters: ClusterDetails[],
): Promise<Map<ClusterDetails, MaintenanceRead>> {
  const pending = clusters.filter(hasChannel);
  const found = new Map<ClusterDetails, MaintenanceRead>();
  const worker = async () => {
    for (let next = pending.shift(); next; next = pending.shift()) {
      found.set(next, (await reads.read(next)).value);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENT_READS }, worker));
  return found;
}
