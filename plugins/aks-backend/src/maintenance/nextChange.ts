import type {
  ClusterResponse,
  KubernetesVersionInfo,
  MaintenanceChange,
  MaintenanceWindowInfo,
} from '@aks-backstage/plugin-aks-common';
import { compareVersions, minorVersion } from '../health/versions';

const lower = (value: string | undefined) => value?.toLowerCase() ?? '';
const minorNumber = (version: string) =>
  Number(minorVersion(version).split('.')[1]);

/**
 * The newest minor version offered in the location, not in preview: the N of
 * the stable channel's N-1.
 */
function newestMinor(versions: KubernetesVersionInfo[]): number | undefined {
  const minors = versions
    .filter(v => !v.isPreview)
    .map(v => minorNumber(v.version))
    .filter(Number.isFinite);
  return minors.length > 0 ? Math.max(...minors) : undefined;
}

/**
 * The version the auto-upgrade channel takes the control plane to next, as
 * AKS documents the channels: `patch` the newest patch of the current minor,
 * `stable` the newest patch of minor N-1 (N the newest offered), `rapid` the
 * newest offered. Only upgrades the cluster's profile offers count, previews
 * never; without the location's versions, `stable` stays within its minor.
 */
function channelTarget(
  cluster: ClusterResponse,
  versions: KubernetesVersionInfo[] | undefined,
): string | undefined {
  const current = cluster.currentKubernetesVersion;
  if (!current) return undefined;
  const offered = cluster.upgrades.controlPlaneProfile.upgrades
    .filter(
      u => !u.isPreview && compareVersions(u.kubernetesVersion, current) > 0,
    )
    .map(u => u.kubernetesVersion);
  const channel = lower(cluster.autoUpgradeChannel);
  let allowed: (version: string) => boolean;
  if (channel === 'patch') {
    allowed = v => minorVersion(v) === minorVersion(current);
  } else if (channel === 'stable') {
    const n = versions && newestMinor(versions);
    const ceiling =
      n === undefined
        ? minorNumber(current)
        : Math.max(n - 1, minorNumber(current));
    allowed = v => minorNumber(v) <= ceiling;
  } else if (channel === 'rapid') {
    allowed = () => true;
  } else {
    return undefined;
  }
  return offered.filter(allowed).sort(compareVersions).pop();
}

/** The pools whose node image is behind the newest, by name. */
function poolsBehind(cluster: ClusterResponse) {
  return cluster.nodePools.filter(
    pool =>
      !!pool.nodeImageVersion &&
      !!pool.latestNodeImageVersion &&
      pool.nodeImageVersion !== pool.latestNodeImageVersion,
  );
}

/** The channel that updates the node image: node OS `NodeImage` or `SecurityPatch`, or auto-upgrade `node-image`. */
function nodeImageChannel(cluster: ClusterResponse): string | undefined {
  const nodeChannel = lower(cluster.nodeOSUpgradeChannel);
  if (nodeChannel === 'nodeimage' || nodeChannel === 'securitypatch') {
    return cluster.nodeOSUpgradeChannel;
  }
  return lower(cluster.autoUpgradeChannel) === 'node-image'
    ? cluster.autoUpgradeChannel
    : undefined;
}

function windowOf(
  windows: MaintenanceWindowInfo[] | undefined,
  kind: MaintenanceWindowInfo['kind'],
): Pick<MaintenanceChange, 'window' | 'start'> {
  const window = windows?.find(w => w.kind === kind);
  if (!window) return {};
  return { window: window.name, start: window.next[0]?.start };
}

/**
 * What the next maintenance will change: a Kubernetes upgrade on the
 * auto-upgrade channel, or a node image update on the node OS (or
 * node-image) channel, whichever comes first. One without a window can come
 * at any time, so comes first. Nothing when no channel has work pending.
 */
export function nextChange(
  cluster: ClusterResponse,
  windows: MaintenanceWindowInfo[] | undefined,
  versions: KubernetesVersionInfo[] | undefined,
): MaintenanceChange | undefined {
  const changes: MaintenanceChange[] = [];
  const target = channelTarget(cluster, versions);
  if (target) {
    changes.push({
      kind: 'kubernetesUpgrade',
      summary: `Kubernetes ${cluster.currentKubernetesVersion} → ${target} (${cluster.autoUpgradeChannel} channel)`,
      fromVersion: cluster.currentKubernetesVersion,
      toVersion: target,
      channel: cluster.autoUpgradeChannel,
      ...(windows && windowOf(windows, 'autoUpgrade')),
    });
  }
  const imageChannel = nodeImageChannel(cluster);
  const behind = poolsBehind(cluster);
  if (imageChannel && behind.length > 0) {
    changes.push({
      kind: 'nodeImageUpdate',
      summary: `Node image update of ${behind
        .map(p => p.name)
        .join(', ')} (${imageChannel} channel)`,
      fromVersion: behind[0].nodeImageVersion,
      toVersion: behind[0].latestNodeImageVersion,
      channel: imageChannel,
      ...(windows && windowOf(windows, 'nodeOS')),
    });
  }
  // A change with a window but no occurrence ahead is left where it is.
  const when = (c: MaintenanceChange) =>
    c.window === undefined && windows ? '' : c.start ?? '~';
  return changes.sort((a, b) => when(a).localeCompare(when(b)))[0];
}
