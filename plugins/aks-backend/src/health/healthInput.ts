import type {
  ArmErrorDetail,
  AvailableUpgrade,
  ClusterDetails,
  ClusterTier,
  KubernetesSupportPlan,
  KubernetesVersionInfo,
  NodePool,
  PowerState,
  ProvisioningState,
  UpgradeInfo,
} from '@aks-backstage/plugin-aks-common';
import { minorVersion } from './versions';

/**
 * The control plane's upgrades as the location's version list gives them,
 * for when the cluster's own upgrade profile was not read (the fleet).
 */
function upgradesFromVersions(
  versions: KubernetesVersionInfo[] | undefined,
  current: string | undefined,
): AvailableUpgrade[] | undefined {
  if (!versions || !current) return undefined;
  const minor = minorVersion(current);
  const patch = versions
    .find(v => v.version === minor)
    ?.patchVersions.find(p => p.version === current);
  if (!patch) return undefined;
  return patch.upgrades.map(upgrade => {
    const upgradeMinor = minorVersion(upgrade);
    return {
      kubernetesVersion: upgrade,
      isPreview:
        versions.find(v => v.version === upgradeMinor)?.isPreview ?? false,
    };
  });
}

/**
 * What the health rules know about one node pool.
 * @public
 */
export interface NodePoolHealthInput {
  /** The pool name. */
  name: string;
  /** `System` or `User`. */
  mode?: NodePool['mode'];
  /** `Spot` for a pool of Spot VMs, else `Regular`. */
  scaleSetPriority?: NodePool['scaleSetPriority'];
  /** Maximum pods per node, fixed when the pool is created. */
  maxPods?: number;
  /** ARM's provisioning state of the pool. */
  provisioningState?: ProvisioningState;
  /** Whether the pool runs. */
  powerState?: PowerState;
  /** Nodes in the pool now. */
  count: number;
  /** Whether the cluster autoscaler sizes the pool. */
  enableAutoScaling: boolean;
  /** The autoscaler's lower bound. */
  minCount?: number;
  /** The autoscaler's upper bound. */
  maxCount?: number;
  /** The node image the pool runs. */
  nodeImageVersion?: string;
  /** The newest node image for the pool, where known. */
  latestNodeImageVersion?: string;
}

/**
 * Everything {@link computeHealth} looks at. Missing or unrecognised state of the cluster or a
 * pool makes the status `unknown`; missing `availableVersions` or `upgrades` only skips the
 * rules that need them.
 * @public
 */
export interface HealthInput {
  /** ARM's provisioning state of the cluster. */
  provisioningState?: ProvisioningState;
  /** Whether the cluster runs. */
  powerState?: PowerState;
  /** Why the last operation failed, as ARM reported it. */
  provisioningError?: ArmErrorDetail;
  /** The version the control plane runs. */
  kubernetesVersion?: string;
  /** `KubernetesOfficial` or `AKSLongTermSupport`. */
  supportPlan?: KubernetesSupportPlan;
  /** `Free`, `Standard` or `Premium`; Free has no SLA. */
  tier?: ClusterTier;
  /** `azure`, `kubenet` or `none`. */
  networkPlugin?: string;
  /** `overlay` for Azure CNI Overlay. */
  networkPluginMode?: string;
  /** `azure` or `cilium`. */
  networkDataplane?: string;
  /** The auto-upgrade channel, `none` when off. */
  autoUpgradeChannel?: string;
  /** The node OS upgrade channel: `None`, `Unmanaged`, `NodeImage` or `SecurityPatch`. */
  nodeOSUpgradeChannel?: string;
  /**
   * Whether the cluster serves production: tagged `environment: production`
   * (any case), or named by an entity whose lifecycle is `production`.
   */
  production?: boolean;
  /** The cluster's planned maintenance configurations, where they were read. */
  maintenanceWindows?: MaintenanceWindowHealthInput[];
  /** The service principal of a cluster that has one instead of a managed identity. */
  servicePrincipal?: {
    clientId: string;
    /** When its last client secret expires (ISO date-time), where Microsoft Graph told. */
    secretExpiresOn?: string;
  };
  /** Whether workload identity is on (`securityProfile.workloadIdentity.enabled`). */
  workloadIdentityEnabled?: boolean;
  /** Whether the cluster publishes an OIDC issuer (`oidcIssuerProfile.enabled`). */
  oidcIssuerEnabled?: boolean;
  /** Every node pool of the cluster. */
  nodePools: NodePoolHealthInput[];
  /** The versions offered in the cluster's location (`listKubernetesVersions`). */
  availableVersions?: KubernetesVersionInfo[];
  /** Versions the control plane can upgrade to. */
  upgrades?: AvailableUpgrade[];
  /** The time to judge dates against (ISO date-time); defaults to now. */
  now?: string;
  /** Parts of the cluster's read that failed, each with why; their rules are skipped. */
  unknown?: UnreadParts;
}

/**
 * What the health rules know about one planned maintenance configuration.
 * @public
 */
export interface MaintenanceWindowHealthInput {
  /** `default`, `aksManagedAutoUpgradeSchedule` or `aksManagedNodeOSUpgradeSchedule`. */
  name: string;
  kind: 'autoUpgrade' | 'nodeOS' | 'default';
  /**
   * The shortest time it is open at once, in hours: its `durationHours`, or
   * for `default` hour slots the shortest run of contiguous hours.
   */
  shortestOpenHours?: number;
}

/**
 * Parts of a cluster's read that failed, each with why.
 * @public
 */
export interface UnreadParts {
  /** The cluster's upgrade profiles. */
  upgrades?: string;
  /** The Kubernetes versions offered in the cluster's region. */
  kubernetesVersions?: string;
  /** The cluster's planned maintenance configurations. */
  maintenance?: string;
}

/** The tag `environment: production`, in any case. */
function isTaggedProduction(tags: ClusterDetails['tags']): boolean {
  return Object.entries(tags ?? {}).some(
    ([key, value]) =>
      key.toLowerCase() === 'environment' &&
      typeof value === 'string' &&
      value.toLowerCase() === 'production',
  );
}

/**
 * Builds the health input from the API's DTOs, so backend and frontend judge a cluster the same way.
 * A pool's `latestNodeImageVersion` falls back to the one in its upgrade profile.
 * @public
 */
export function buildHealthInput(
  cluster: ClusterDetails,
  availableVersions?: KubernetesVersionInfo[],
  upgradeInfo?: UpgradeInfo,
  unread?: Omit<UnreadParts, 'upgrades'>,
): HealthInput {
  const unknown: UnreadParts = {
    ...unread,
    ...(upgradeInfo?.unknown && { upgrades: upgradeInfo.unknown }),
  };
  const poolProfiles = new Map(
    (upgradeInfo?.agentPoolProfiles ?? []).map(p => [p.name.toLowerCase(), p]),
  );
  return {
    provisioningState: cluster.provisioningState || undefined,
    powerState: cluster.powerState,
    provisioningError: cluster.provisioningError,
    kubernetesVersion:
      cluster.currentKubernetesVersion ||
      cluster.kubernetesVersion ||
      undefined,
    supportPlan: cluster.supportPlan,
    tier: cluster.tier,
    networkPlugin: cluster.networkProfile?.networkPlugin,
    networkPluginMode: cluster.networkProfile?.networkPluginMode,
    networkDataplane: cluster.networkProfile?.networkDataplane,
    autoUpgradeChannel: cluster.autoUpgradeChannel,
    nodeOSUpgradeChannel: cluster.nodeOSUpgradeChannel,
    production: isTaggedProduction(cluster.tags),
    servicePrincipal: cluster.identity?.servicePrincipal,
    workloadIdentityEnabled: cluster.workloadIdentity?.workloadIdentityEnabled,
    oidcIssuerEnabled: cluster.workloadIdentity?.oidcIssuerEnabled,
    nodePools: cluster.nodePools.map(pool => ({
      name: pool.name,
      mode: pool.mode,
      scaleSetPriority: pool.scaleSetPriority,
      maxPods: pool.maxPods,
      provisioningState: pool.provisioningState || undefined,
      powerState: pool.powerState,
      count: pool.count,
      enableAutoScaling: pool.enableAutoScaling,
      minCount: pool.minCount,
      maxCount: pool.maxCount,
      nodeImageVersion: pool.nodeImageVersion,
      latestNodeImageVersion:
        pool.latestNodeImageVersion ??
        poolProfiles.get(pool.name.toLowerCase())?.latestNodeImageVersion,
    })),
    availableVersions,
    upgrades: upgradeInfo?.unknown
      ? undefined
      : upgradeInfo?.controlPlaneProfile.upgrades ??
        upgradesFromVersions(
          availableVersions,
          cluster.currentKubernetesVersion,
        ),
    ...(Object.keys(unknown).length > 0 && { unknown }),
  };
}
