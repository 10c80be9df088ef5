import type { EmulatorContext } from '../../emulatorContext';
import type { StoredResource } from '../../persistence/resourceStore';
import { nameOf } from '../../util/ids';
import { poolsOf } from './clusterModel';
import {
  compareVersions,
  isOffered,
  isPreviewVersion,
  minorDistance,
  upgradesFrom,
  type SupportPlan,
} from './kubernetesVersions';
import { latestNodeImage } from './nodeImages';

const toUpgrade = (version: string) =>
  isPreviewVersion(version)
    ? { kubernetesVersion: version, isPreview: true }
    : { kubernetesVersion: version };

/** ManagedClusters_GetUpgradeProfile body, derived from the version catalog. */
export function clusterUpgradeProfile(
  ctx: EmulatorContext,
  cluster: StoredResource,
) {
  const props = cluster.body.properties;
  const plan: SupportPlan = props.supportPlan ?? 'KubernetesOfficial';
  return {
    id: `${cluster.id}/upgradeprofiles/default`,
    name: 'default',
    type: 'Microsoft.ContainerService/managedClusters/upgradeprofiles',
    properties: {
      controlPlaneProfile: {
        kubernetesVersion: props.currentKubernetesVersion,
        name: 'master',
        osType: 'Linux',
        upgrades: upgradesFrom(props.currentKubernetesVersion, plan).map(
          toUpgrade,
        ),
      },
      agentPoolProfiles: poolsOf(ctx, cluster.id).map(pool => ({
        name: nameOf(pool.id),
        kubernetesVersion: pool.body.properties.currentOrchestratorVersion,
        osType: pool.body.properties.osType ?? 'Linux',
        upgrades: upgradesFrom(
          pool.body.properties.currentOrchestratorVersion,
          plan,
        ).map(toUpgrade),
      })),
    },
  };
}

/** Versions a pool may move to: newer than the pool, not above the control plane, one minor at a time. */
export function poolUpgradeTargets(
  poolVersion: string,
  controlPlaneVersion: string,
  plan: SupportPlan,
): string[] {
  const candidates = [...upgradesFrom(poolVersion, plan), controlPlaneVersion];
  return [...new Set(candidates)]
    .filter(
      v =>
        compareVersions(v, poolVersion) > 0 &&
        compareVersions(v, controlPlaneVersion) <= 0 &&
        minorDistance(poolVersion, v) <= 1,
    )
    .filter(v => v === controlPlaneVersion || isOffered(v, plan))
    .sort(compareVersions);
}

/** AgentPools_GetUpgradeProfile body. */
export function poolUpgradeProfile(
  cluster: StoredResource,
  pool: StoredResource,
) {
  const props = pool.body.properties;
  const plan: SupportPlan =
    cluster.body.properties.supportPlan ?? 'KubernetesOfficial';
  return {
    id: `${pool.id}/upgradeProfiles/default`,
    name: 'default',
    type: 'Microsoft.ContainerService/managedClusters/agentPools/upgradeProfiles',
    properties: {
      kubernetesVersion: props.currentOrchestratorVersion,
      osType: props.osType ?? 'Linux',
      upgrades: poolUpgradeTargets(
        props.currentOrchestratorVersion,
        cluster.body.properties.currentKubernetesVersion,
        plan,
      ).map(toUpgrade),
      latestNodeImageVersion: latestNodeImage(props.osType, props.osSKU),
    },
  };
}
