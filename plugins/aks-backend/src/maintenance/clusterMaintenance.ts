import type {
  AksClusterRef,
  ClusterMaintenance,
  MaintenanceWindowInfo,
} from '@aks-backstage/plugin-aks-common';
import type { ClusterServices } from '../clusters';
import { nextChange } from './nextChange';
import { describeWindow } from './windowInfo';

const KIND_ORDER: Array<MaintenanceWindowInfo['kind']> = [
  'autoUpgrade',
  'nodeOS',
  'default',
];

/**
 * When a cluster will change (`GET /clusters/{…}/maintenance` and the
 * `get-cluster-maintenance` action): its channels, each window with its
 * next occurrences from now, and what the next one will do. Windows that
 * cannot be read leave `windows` out and say why in `unknown`.
 */
export async function readClusterMaintenance(
  reads: ClusterServices,
  ref: AksClusterRef,
): Promise<ClusterMaintenance> {
  const [cluster, maintenance] = await Promise.all([
    reads.clusters.getCluster(ref),
    reads.maintenance.read(ref),
  ]);
  const versions = await reads.regions
    .listKubernetesVersions(ref.subscriptionId, cluster.location)
    .then(
      v => v.value,
      () => undefined,
    );
  const now = new Date();
  const read = maintenance.value;
  const windows =
    'configs' in read
      ? read.configs
          .map(config => describeWindow(config, now))
          .sort(
            (a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind),
          )
      : undefined;
  const change = nextChange(cluster, windows, versions);
  return {
    upgradeChannel: cluster.autoUpgradeChannel,
    nodeOSUpgradeChannel: cluster.nodeOSUpgradeChannel,
    ...('configs' in read ? { windows } : { unknown: read.unknown }),
    ...(change && { nextChange: change }),
    fetchedAt:
      cluster.fetchedAt < maintenance.fetchedAt
        ? cluster.fetchedAt
        : maintenance.fetchedAt,
    stale: cluster.stale || maintenance.stale,
  };
}
