import type { ManagedCluster } from '@azure/arm-containerservice';
import { NodePool } from '@aks-backstage/plugin-aks-common';
import { SurgeNeed } from './quota';
import { surgeOf } from './surge';

/** What the surge math needs of a VM size. */
export interface SizeInfo {
  name: string;
  family?: string;
  vCPUs: number;
}

/** `upgradeSettings.maxSurge` of each pool, read from the cluster as ARM sent it. */
function maxSurgeOf(cluster: ManagedCluster, pool: string): unknown {
  const profiles = Array.isArray(cluster.agentPoolProfiles)
    ? cluster.agentPoolProfiles
    : [];
  return profiles.find(p => p?.name === pool)?.upgradeSettings?.maxSurge;
}

/** The surge of each pool the upgrade replaces the nodes of, with its extra vCPUs when the size is known. */
export function poolSurges(
  cluster: ManagedCluster,
  pools: NodePool[],
  sizes: SizeInfo[] | undefined,
): SurgeNeed[] {
  const bySize = new Map(sizes?.map(s => [s.name.toLowerCase(), s]));
  return pools.map(pool => {
    const maxSurge = maxSurgeOf(cluster, pool.name);
    const surge = surgeOf(
      typeof maxSurge === 'string' ? maxSurge : undefined,
      pool.count,
    );
    const size = bySize.get(pool.vmSize.toLowerCase());
    return {
      name: pool.name,
      nodeCount: pool.count,
      ...surge,
      vmSize: pool.vmSize,
      ...(size?.family ? { family: size.family } : {}),
      ...(size ? { extraVCpus: surge.surgeNodes * size.vCPUs } : {}),
      ...(pool.scaleSetPriority === 'Spot' ? { spot: true } : {}),
    };
  });
}
