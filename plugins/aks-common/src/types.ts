/*
 * DTOs of the AKS REST API. They are generated from the backend's openapi.yaml,
 * the one wire contract; the frontend sees only these, never Azure SDK types.
 * Field names follow Azure Resource Manager wherever ARM has a name for the field.
 */
import type { components, operations } from './schema/openapi.generated';

/**
 * Identifies one managed cluster in Azure Resource Manager.
 * @public
 */
export type AksClusterRef = components['schemas']['ClusterRef'];

/**
 * Power state of a cluster or node pool. `Unknown` when ARM did not report one.
 * @public
 */
export type PowerState = components['schemas']['PowerState'];

/**
 * ARM provisioning state, an open string (Succeeded, Failed, Updating, …).
 * @public
 */
export type ProvisioningState = components['schemas']['ProvisioningState'];

/**
 * Pricing tier of a managed cluster (`sku.tier`).
 * @public
 */
export type ClusterTier = components['schemas']['ClusterTier'];

/**
 * Kubernetes support plan of a cluster or offered for a version.
 * @public
 */
export type KubernetesSupportPlan =
  components['schemas']['KubernetesSupportPlan'];

/**
 * Code and message of an Azure error, as ARM reported it.
 * @public
 */
export type ArmErrorDetail = components['schemas']['ArmErrorDetail'];

/**
 * Network settings of a cluster (`properties.networkProfile`).
 * @public
 */
export type ClusterNetworkProfile =
  components['schemas']['ClusterNetworkProfile'];

/**
 * Addons of a cluster.
 * @public
 */
export type ClusterAddons = components['schemas']['ClusterAddons'];

/**
 * Identity of a cluster.
 * @public
 */
export type ClusterIdentity = components['schemas']['ClusterIdentity'];

/**
 * One agent pool of a cluster.
 * @public
 */
export type NodePool = components['schemas']['NodePool'];

/**
 * Whether AKS supports a cluster's Kubernetes minor version.
 * @public
 */
export type SupportStatus = components['schemas']['SupportStatus'];

/**
 * Support of the Kubernetes version a cluster runs, with the date it ends where known.
 * @public
 */
export type KubernetesSupport = components['schemas']['KubernetesSupport'];

/**
 * A cluster with its health and support, as `GET /clusters/{subscriptionId}/{resourceGroup}/{name}` returns it.
 * @public
 */
export type ClusterResponse = components['schemas']['ClusterResponse'];

/**
 * A managed cluster as ARM describes it, before health and support are judged.
 * @public
 */
export type ClusterDetails = Omit<
  ClusterResponse,
  'health' | 'support' | 'upgrades' | 'fetchedAt' | 'stale'
>;

/**
 * The clusters an entity names, each with its details or the error that kept it from being read.
 * @public
 */
export type EntityClusters = components['schemas']['EntityClusters'];

/**
 * One cluster of {@link EntityClusters}.
 * @public
 */
export type EntityCluster = components['schemas']['EntityCluster'];

/**
 * A patch release of a Kubernetes minor version and the versions it can upgrade to.
 * @public
 */
export type KubernetesPatchVersion =
  components['schemas']['KubernetesPatchVersion'];

/**
 * A Kubernetes minor version offered in a location (from `listKubernetesVersions`).
 * @public
 */
export type KubernetesVersionInfo =
  components['schemas']['KubernetesVersionInfo'];

/**
 * The Kubernetes versions offered in one location.
 * @public
 */
export type LocationVersions = components['schemas']['LocationVersions'];

/**
 * The subscriptions configured for the AKS plugins.
 * @public
 */
export type SubscriptionList = components['schemas']['SubscriptionList'];

/**
 * Locations where AKS offers managed clusters to a subscription.
 * @public
 */
export type LocationList = components['schemas']['LocationList'];

/**
 * A version that a control plane or node pool can upgrade to.
 * @public
 */
export type AvailableUpgrade = components['schemas']['AvailableUpgrade'];

/**
 * Version and upgrades of the control plane.
 * @public
 */
export type ControlPlaneUpgradeProfile =
  components['schemas']['ControlPlaneUpgradeProfile'];

/**
 * Version, upgrades and latest node image of one node pool.
 * @public
 */
export type AgentPoolUpgradeProfile =
  components['schemas']['AgentPoolUpgradeProfile'];

/**
 * Upgrades available to a cluster (ARM's upgrade profiles).
 * @public
 */
export type UpgradeInfo = components['schemas']['UpgradeInfo'];

/**
 * Overall health of a cluster, as the backend judges it.
 * @public
 */
export type HealthStatus = components['schemas']['HealthStatus'];

/**
 * Every health status, from the worst: the order a fleet sorts by.
 * @public
 */
export const HEALTH_STATUSES = [
  'unhealthy',
  'degraded',
  'unknown',
  'updating',
  'stopped',
  'healthy',
] as const satisfies ReadonlyArray<HealthStatus>;

/**
 * Severity of a health warning.
 * @public
 */
export type HealthSeverity = components['schemas']['HealthSeverity'];

/**
 * Codes of the health rules, see the table in the package README.
 * @public
 */
export type HealthWarningCode = components['schemas']['HealthWarningCode'];

/**
 * One finding of the health rules: what is wrong and why it matters, what to do, and where Azure explains it.
 * @public
 */
export type HealthWarning = components['schemas']['HealthWarning'];

/**
 * Health of a cluster: one status and the findings behind it.
 * @public
 */
export type ClusterHealth = components['schemas']['ClusterHealth'];

/**
 * Freshness of a response: `stale` is true when it was served from cache after an Azure failure.
 * @public
 */
export type Freshness = Pick<ClusterResponse, 'fetchedAt' | 'stale'>;

/**
 * A cluster in a fleet listing.
 * @public
 */
export type ClusterSummary = components['schemas']['ClusterSummary'];

/**
 * One page of the fleet listing (`GET /clusters`).
 * @public
 */
export type FleetPage = components['schemas']['FleetPage'];

/**
 * Filters and paging of the fleet listing (`GET /clusters`).
 * @public
 */
export type FleetQuery = NonNullable<
  operations['ListClusters']['parameters']['query']
>;

/**
 * Kinds of long-running operation the AKS API starts.
 * @public
 */
export type AksOperationKind = components['schemas']['AksOperationKind'];

/**
 * Status of a long-running operation, with ARM's values.
 * @public
 */
export type AksOperationStatus = components['schemas']['AksOperationStatus'];

/**
 * A long-running operation started through the AKS API (`202` responses and `GET /operations/{id}`).
 * @public
 */
export type AksOperation = components['schemas']['AksOperation'];

/**
 * What to change, per kind of operation: the request bodies of the operation
 * endpoints, with the node pool of the pool operations.
 * @public
 */
export type AksOperationRequest =
  | { kind: 'start' }
  | { kind: 'stop' }
  | ({
      kind: 'upgradeControlPlane';
    } & operations['UpgradeCluster']['requestBody']['content']['application/json'])
  | ({
      kind: 'upgradeNodePool';
      nodePool: string;
    } & operations['UpgradeNodePool']['requestBody']['content']['application/json'])
  | { kind: 'upgradeNodeImage'; nodePool: string }
  | ({
      kind: 'scaleNodePool';
      nodePool: string;
    } & operations['ScaleNodePool']['requestBody']['content']['application/json']);

/**
 * When a cluster will change: its channels, planned maintenance windows and
 * what the next one will do (`GET /clusters/{…}/maintenance`).
 * @public
 */
export type ClusterMaintenance = components['schemas']['ClusterMaintenance'];

/**
 * One planned maintenance configuration of a cluster, with its schedule in
 * words and its next occurrences.
 * @public
 */
export type MaintenanceWindowInfo =
  components['schemas']['MaintenanceWindowInfo'];

/**
 * ARM's `maintenanceWindow` as read: any field may be absent.
 * @public
 */
export type MaintenanceWindow = components['schemas']['MaintenanceWindow'];

/**
 * A maintenance window to set or preview, as the API checks it.
 * @public
 */
export type MaintenanceWindowInput =
  components['schemas']['MaintenanceWindowInput'];

/**
 * The configurations whose window can be set.
 * @public
 */
export type MaintenanceConfigName =
  components['schemas']['MaintenanceConfigName'];

/**
 * One occurrence of a maintenance window, as ISO instants.
 * @public
 */
export type MaintenanceOccurrence =
  components['schemas']['MaintenanceOccurrence'];

/**
 * What the next maintenance will change.
 * @public
 */
export type MaintenanceChange = components['schemas']['MaintenanceChange'];

/**
 * A window's schedule in words and its next five occurrences
 * (`POST /clusters/{…}/maintenance/preview`).
 * @public
 */
export type MaintenancePreview = components['schemas']['MaintenancePreview'];

/**
 * Whether an upgrade to a version would go through: its path, surge nodes,
 * quota, blocking PodDisruptionBudgets, removed APIs still in use, and
 * findings (`GET /clusters/{…}/upgrade-readiness`).
 * @public
 */
export type UpgradeReadiness = components['schemas']['UpgradeReadiness'];

/**
 * One finding of an upgrade's readiness checks; `blocking` ones stop the
 * upgrade unless confirmed.
 * @public
 */
export type UpgradeFinding = components['schemas']['UpgradeFinding'];

/**
 * Workload identity settings of a cluster: the addon and the OIDC issuer it needs.
 * @public
 */
export type ClusterWorkloadIdentity =
  components['schemas']['ClusterWorkloadIdentity'];

/**
 * Why something could not be read: a Backstage error name and a message without secrets.
 * @public
 */
export type ReadError = components['schemas']['ReadError'];

/**
 * The Flux configurations of an entity's repository, per cluster of the entity.
 * @public
 */
export type EntityGitOps = components['schemas']['EntityGitOps'];

/**
 * One cluster's Flux configurations for an entity's repository.
 * @public
 */
export type ClusterGitOps = components['schemas']['ClusterGitOps'];

/**
 * A Flux configuration and how far the cluster has applied it.
 * @public
 */
export type FluxConfiguration = components['schemas']['FluxConfiguration'];

/**
 * Identities federated to an entity's service accounts, per cluster of the entity.
 * @public
 */
export type EntityWorkloadIdentities =
  components['schemas']['EntityWorkloadIdentities'];

/**
 * One cluster's identities federated to an entity's service accounts.
 * @public
 */
export type ClusterWorkloadIdentities =
  components['schemas']['ClusterWorkloadIdentities'];

/**
 * A user-assigned managed identity federated to an entity's service accounts.
 * @public
 */
export type FederatedIdentity = components['schemas']['FederatedIdentity'];

/**
 * A federated identity credential of a user-assigned managed identity.
 * @public
 */
export type FederatedCredential = components['schemas']['FederatedCredential'];

/**
 * A role assignment of a federated identity.
 * @public
 */
export type IdentityRoleAssignment =
  components['schemas']['IdentityRoleAssignment'];
