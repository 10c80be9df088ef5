/*
 * DTOs returned by the AKS REST API. The frontend sees only these, never Azure SDK types.
 * Field names follow Azure Resource Manager wherever ARM has a name for the field.
 */

/**
 * Identifies one managed cluster in Azure Resource Manager.
 * @public
 */
export interface AksClusterRef {
  subscriptionId: string;
  resourceGroup: string;
  name: string;
}

/**
 * Power state of a cluster or node pool. `Unknown` when ARM did not report one.
 * @public
 */
export type PowerState = 'Running' | 'Stopped' | 'Unknown';

/**
 * ARM provisioning state. ARM models it as an open string; these are the values AKS is known to report.
 * @public
 */
export type ProvisioningState =
  | 'Succeeded'
  | 'Failed'
  | 'Canceled'
  | 'Creating'
  | 'Updating'
  | 'Upgrading'
  | 'Starting'
  | 'Stopping'
  | 'Deleting'
  | 'Scaling'
  | 'Migrating'
  | (string & {});

/**
 * Pricing tier of a managed cluster (`sku.tier`).
 * @public
 */
export type ClusterTier = 'Free' | 'Standard' | 'Premium';

/**
 * Kubernetes support plan of a cluster or offered for a version.
 * @public
 */
export type KubernetesSupportPlan = 'KubernetesOfficial' | 'AKSLongTermSupport';

/**
 * Code and message of an Azure error, as ARM reported it.
 * @public
 */
export interface ArmErrorDetail {
  code: string;
  message: string;
}

/**
 * Network settings of a cluster (`properties.networkProfile`).
 * @public
 */
export interface ClusterNetworkProfile {
  networkPlugin: 'azure' | 'kubenet' | 'none' | (string & {});
  networkPluginMode?: string;
  networkPolicy?: string;
  networkDataplane?: string;
  podCidr?: string;
  serviceCidr?: string;
  /** Maximum pods per node of the system pool, when known. */
  maxPods?: number;
}

/**
 * Addons of a cluster.
 * @public
 */
export interface ClusterAddons {
  /** The ACI connector (`aciConnectorLinux` addon) that schedules pods on Azure Container Instances. */
  virtualNodes: { enabled: boolean; subnetName?: string };
  /** Every addon profile ARM reported, keyed by its ARM name (for example `azurepolicy`). */
  profiles: Record<string, { enabled: boolean }>;
}

/**
 * Identity of a cluster.
 * @public
 */
export interface ClusterIdentity {
  type: 'SystemAssigned' | 'UserAssigned' | 'None' | (string & {});
  kubeletIdentityObjectId?: string;
}

/**
 * One agent pool of a cluster.
 * @public
 */
export interface NodePool {
  name: string;
  mode: 'System' | 'User' | 'Gateway';
  osType: 'Linux' | 'Windows' | (string & {});
  osSKU?: string;
  vmSize: string;
  count: number;
  minCount?: number;
  maxCount?: number;
  enableAutoScaling: boolean;
  scaleSetPriority: 'Regular' | 'Spot';
  /** Maximum price per hour for Spot nodes; -1 means the on-demand price. */
  spotMaxPrice?: number;
  orchestratorVersion: string;
  currentOrchestratorVersion: string;
  nodeImageVersion?: string;
  /** From the agent pool's upgrade profile. */
  latestNodeImageVersion?: string;
  provisioningState: ProvisioningState;
  powerState: PowerState;
  maxPods?: number;
  availabilityZones?: string[];
}

/**
 * A managed cluster as the AKS API returns it.
 * @public
 */
export interface ClusterDetails {
  /** Full ARM resource id. */
  id: string;
  name: string;
  subscriptionId: string;
  subscriptionDisplayName?: string;
  resourceGroup: string;
  location: string;
  provisioningState: ProvisioningState;
  powerState: PowerState;
  tier: ClusterTier;
  supportPlan: KubernetesSupportPlan;
  /** The requested version, `major.minor` or `major.minor.patch`. */
  kubernetesVersion: string;
  /** The version the control plane runs, always `major.minor.patch`. */
  currentKubernetesVersion: string;
  fqdn?: string;
  nodeResourceGroup?: string;
  dnsPrefix?: string;
  /** `autoUpgradeProfile.upgradeChannel`: rapid, stable, patch, node-image or none. */
  autoUpgradeChannel?: string;
  /** `autoUpgradeProfile.nodeOSUpgradeChannel`: None, Unmanaged, NodeImage or SecurityPatch. */
  nodeOSUpgradeChannel?: string;
  networkProfile: ClusterNetworkProfile;
  addons: ClusterAddons;
  identity: ClusterIdentity;
  /** `status.provisioningError`; present only when the last operation failed. */
  provisioningError?: ArmErrorDetail;
  nodePools: NodePool[];
  tags?: Record<string, string>;
}

/**
 * A patch release of a Kubernetes minor version and the versions it can upgrade to.
 * @public
 */
export interface KubernetesPatchVersion {
  version: string;
  upgrades: string[];
}

/**
 * A Kubernetes minor version offered in a location (from `listKubernetesVersions`).
 * @public
 */
export interface KubernetesVersionInfo {
  /** The minor version, for example `1.33`. */
  version: string;
  isDefault?: boolean;
  isPreview: boolean;
  /** `capabilities.supportPlan`: the plans under which this version is offered. */
  supportPlans: KubernetesSupportPlan[];
  patchVersions: KubernetesPatchVersion[];
}

/**
 * A version that a control plane or node pool can upgrade to.
 * @public
 */
export interface AvailableUpgrade {
  kubernetesVersion: string;
  isPreview: boolean;
}

/**
 * Version and upgrades of the control plane.
 * @public
 */
export interface ControlPlaneUpgradeProfile {
  kubernetesVersion: string;
  upgrades: AvailableUpgrade[];
}

/**
 * Version, upgrades and latest node image of one node pool.
 * @public
 */
export interface AgentPoolUpgradeProfile extends ControlPlaneUpgradeProfile {
  name: string;
  latestNodeImageVersion?: string;
}

/**
 * Upgrades available to a cluster (ARM's upgrade profiles).
 * @public
 */
export interface UpgradeInfo {
  controlPlaneProfile: ControlPlaneUpgradeProfile;
  agentPoolProfiles: AgentPoolUpgradeProfile[];
}

/**
 * Overall health of a cluster, see {@link computeHealth}.
 * @public
 */
export type HealthStatus =
  | 'healthy'
  | 'degraded'
  | 'unhealthy'
  | 'updating'
  | 'stopped'
  | 'unknown';

/**
 * Severity of a health warning.
 * @public
 */
export type HealthSeverity = 'info' | 'warning' | 'error';

/**
 * Codes of the health rules, see the table in the package README.
 * @public
 */
export type HealthWarningCode =
  | 'ProvisioningFailed'
  | 'ClusterUpdating'
  | 'ClusterStopped'
  | 'StateUnknown'
  | 'NodePoolFailed'
  | 'NodePoolUpdating'
  | 'NodePoolStopped'
  | 'OutOfSupport'
  | 'LtsOnly'
  | 'PreviewVersion'
  | 'UpgradeAvailable'
  | 'NodeImageDrift'
  | 'AutoscalerAtMax'
  | 'AutoscalerBelowMin'
  | 'FreeTierNoSla'
  | 'KubenetRetiring'
  | 'NoAutoUpgradeChannel';

/**
 * One finding of the health rules.
 * @public
 */
export interface HealthWarning {
  code: HealthWarningCode;
  severity: HealthSeverity;
  message: string;
  /** Set when the finding is about one node pool. */
  nodePool?: string;
}

/**
 * Health of a cluster: one status and the findings behind it.
 * @public
 */
export interface ClusterHealth {
  status: HealthStatus;
  warnings: HealthWarning[];
}

/**
 * Freshness of a response: `stale` is true when it was served from cache after an Azure failure.
 * @public
 */
export interface Freshness {
  /** ISO 8601 time at which the data was read from Azure. */
  fetchedAt: string;
  stale: boolean;
}

/**
 * One cluster with its health, as `GET /clusters/{subscriptionId}/{resourceGroup}/{name}` returns it.
 * @public
 */
export type ClusterResponse = ClusterDetails & {
  health: ClusterHealth;
} & Freshness;

/**
 * A cluster in a fleet listing.
 * @public
 */
export interface ClusterSummary
  extends Pick<
    ClusterDetails,
    | 'id'
    | 'name'
    | 'subscriptionId'
    | 'subscriptionDisplayName'
    | 'resourceGroup'
    | 'location'
    | 'provisioningState'
    | 'powerState'
    | 'tier'
    | 'kubernetesVersion'
    | 'currentKubernetesVersion'
    | 'tags'
  > {
  nodePoolCount: number;
  /** Sum of the node pools' `count`. */
  nodeCount: number;
  health: ClusterHealth;
}

/**
 * One page of the fleet listing (`GET /clusters`).
 * @public
 */
export interface FleetPage extends Freshness {
  items: ClusterSummary[];
  totalCount: number;
  /** Opaque; pass it back to get the next page. Absent on the last page. */
  nextCursor?: string;
}

/**
 * Kinds of long-running operation the AKS API starts.
 * @public
 */
export type AksOperationKind =
  | 'start'
  | 'stop'
  | 'upgradeControlPlane'
  | 'upgradeNodePool'
  | 'upgradeNodeImage'
  | 'scaleNodePool';

/**
 * Status of a long-running operation, with ARM's values.
 * @public
 */
export type AksOperationStatus =
  | 'InProgress'
  | 'Succeeded'
  | 'Failed'
  | 'Canceled';

/**
 * A long-running operation started through the AKS API (`202` responses and `GET /operations/{id}`).
 * @public
 */
export interface AksOperation {
  id: string;
  kind: AksOperationKind;
  cluster: AksClusterRef;
  nodePool?: string;
  status: AksOperationStatus;
  /** ISO 8601. */
  startedAt: string;
  /** ISO 8601; set once the operation has ended. */
  endedAt?: string;
  /** Entity ref of the user who started the operation. */
  requestedBy: string;
  error?: ArmErrorDetail;
}
