import type { EmulatorContext } from '../../emulatorContext';
import type { StoredResource } from '../../persistence/resourceStore';
import { CLUSTER_TYPE } from './aksTypes';
import { poolsOf } from './clusterModel';
import { startClusterOperation } from './clusterOperations';
import {
  compareVersions,
  isPreviewVersion,
  minorDistance,
  minorOf,
  upgradesFrom,
  type SupportPlan,
} from './kubernetesVersions';
import { maintenanceConfigurationIdOf } from './maintenanceConfigurationModel';
import { windowOccurrences } from './maintenanceSchedule';
import { latestNodeImage } from './nodeImages';

/** What a move of the clock started on one cluster. @public */
export interface AutoUpgradeStarted {
  clusterId: string;
  upgradeChannel: string;
  nodeOSUpgradeChannel: string;
  /** The control plane's version before the upgrade. */
  fromVersion: string;
  /** The version the channel upgrades to; absent when only node images move. */
  toVersion?: string;
  /** The pools whose node image moves to the latest. */
  nodeImagePools: string[];
}

const VERSION_CHANNELS = ['patch', 'stable', 'rapid'];
const NODE_IMAGE_OS_CHANNELS = ['NodeImage', 'SecurityPatch'];

/**
 * The version a channel upgrades a control plane to, among what its upgrade
 * profile offers (never a preview): `patch` the newest patch of its minor,
 * `stable` and `rapid` the newest patch of the next minor, else of its own.
 */
export function autoUpgradeTarget(
  channel: string,
  current: string,
  plan: SupportPlan,
): string | undefined {
  const offered = upgradesFrom(current, plan)
    .filter(v => !isPreviewVersion(v))
    .sort(compareVersions);
  const candidates =
    channel === 'patch'
      ? offered.filter(v => minorOf(v) === minorOf(current))
      : offered;
  return candidates[candidates.length - 1];
}

/**
 * Whether a cluster's maintenance window opens during `(fromMs, toMs]`.
 * Without the configuration, AKS may upgrade at any time, so any move of the
 * clock will do.
 */
function windowOpens(
  ctx: EmulatorContext,
  cluster: StoredResource,
  configName: string,
  fromMs: number,
  toMs: number,
): boolean {
  const config = ctx.store.get(
    maintenanceConfigurationIdOf(cluster.id, configName),
  );
  const window = config?.body.properties?.maintenanceWindow;
  if (!window) return true;
  return (
    windowOccurrences(window, fromMs, toMs, config!.meta.createdAt).length > 0
  );
}

/**
 * What an auto-upgrade does to each pool: `Upgrading` to the target when it is
 * at most one minor behind it, else `UpgradingNodeImageVersion` when images
 * are due and its image is not the latest.
 */
function planPools(
  pools: StoredResource[],
  target: string | undefined,
  imagesDue: boolean,
) {
  const poolStates = new Map<string, string>();
  const upgraded = new Set<string>();
  for (const pool of pools) {
    const p = pool.body.properties;
    const key = pool.id.toLowerCase();
    if (
      target &&
      compareVersions(p.currentOrchestratorVersion, target) < 0 &&
      minorDistance(p.currentOrchestratorVersion, target) <= 1
    ) {
      poolStates.set(key, 'Upgrading');
      upgraded.add(key);
    } else if (
      imagesDue &&
      p.nodeImageVersion !== latestNodeImage(p.osType, p.osSKU)
    ) {
      poolStates.set(key, 'UpgradingNodeImageVersion');
    }
  }
  return { poolStates, upgraded };
}

function autoUpgradeCluster(
  ctx: EmulatorContext,
  cluster: StoredResource,
  fromMs: number,
  toMs: number,
): AutoUpgradeStarted | undefined {
  const props = cluster.body.properties;
  if (
    props.powerState?.code === 'Stopped' ||
    props.provisioningState !== 'Succeeded' ||
    cluster.meta.activeOperationId
  )
    return undefined;
  const upgradeChannel: string =
    props.autoUpgradeProfile?.upgradeChannel ?? 'none';
  const nodeOSUpgradeChannel: string =
    props.autoUpgradeProfile?.nodeOSUpgradeChannel ?? 'NodeImage';
  const upgradeDue =
    upgradeChannel !== 'none' &&
    windowOpens(ctx, cluster, 'aksManagedAutoUpgradeSchedule', fromMs, toMs);
  const fromVersion: string = props.currentKubernetesVersion;
  const target =
    VERSION_CHANNELS.includes(upgradeChannel) && upgradeDue
      ? autoUpgradeTarget(
          upgradeChannel,
          fromVersion,
          props.supportPlan ?? 'KubernetesOfficial',
        )
      : undefined;
  const imagesDue =
    (upgradeDue && upgradeChannel === 'node-image') ||
    (NODE_IMAGE_OS_CHANNELS.includes(nodeOSUpgradeChannel) &&
      windowOpens(
        ctx,
        cluster,
        'aksManagedNodeOSUpgradeSchedule',
        fromMs,
        toMs,
      ));

  const pools = poolsOf(ctx, cluster.id);
  const { poolStates, upgraded } = planPools(pools, target, imagesDue);
  if (!target && poolStates.size === 0) return undefined;

  if (target) props.kubernetesVersion = target;
  for (const pool of pools)
    if (upgraded.has(pool.id.toLowerCase()))
      pool.body.properties.orchestratorVersion = target;
  startClusterOperation(ctx, cluster, {
    operation: 'ManagedClusters_AutoUpgrade',
    kind: target ? 'upgrade managed cluster' : 'upgrade node image version',
    clusterState: target ? 'Upgrading' : 'Succeeded',
    poolStates,
    onSucceeded: () => {
      props.provisioningState = 'Succeeded';
      if (target) props.currentKubernetesVersion = target;
      for (const pool of poolsOf(ctx, cluster.id)) {
        const p = pool.body.properties;
        if (!poolStates.has(pool.id.toLowerCase())) continue;
        if (upgraded.has(pool.id.toLowerCase()))
          p.currentOrchestratorVersion = p.orchestratorVersion;
        p.nodeImageVersion = latestNodeImage(p.osType, p.osSKU);
        p.provisioningState = 'Succeeded';
      }
    },
  });
  return {
    clusterId: cluster.id,
    upgradeChannel,
    nodeOSUpgradeChannel,
    fromVersion,
    ...(target ? { toVersion: target } : {}),
    nodeImagePools: pools
      .filter(p => poolStates.has(p.id.toLowerCase()))
      .map(p => p.id.split('/').pop()!),
  };
}

/**
 * What AKS's auto-upgrade does while the clock moves from `fromMs` to
 * `toMs`: each running, idle cluster whose channel has something to do and
 * whose maintenance window opens in that time starts upgrading, as one
 * operation (`ManagedClusters_AutoUpgrade`, which `failNextLro` can fail).
 */
export function runAutoUpgrades(
  ctx: EmulatorContext,
  fromMs: number,
  toMs: number,
): AutoUpgradeStarted[] {
  if (toMs <= fromMs) return [];
  return ctx.store
    .list({ type: CLUSTER_TYPE })
    .map(cluster => autoUpgradeCluster(ctx, cluster, fromMs, toMs))
    .filter((started): started is AutoUpgradeStarted => !!started);
}
