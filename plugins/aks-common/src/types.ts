/*
 * DTOs of the AKS REST API. They are generated from the backend's openapi.yaml,
 * the one wire contract; the frontend sees only these, never Azure SDK types.
 * Field names follow Azure Resource Manager wherever ARM has a name for the field.
 */
import type { components, operations } from './schema/openapi.generated';

type Schemas = components['schemas'];

/**
 * Identifies one managed cluster in Azure Resource Manager.
 * @public
 */
export type AksClusterRef = Schemas['ClusterRef'];

/**
 * Power state of a cluster or node pool. `Unknown` when ARM did not report one.
 * @public
 */
export type PowerState = Schemas['PowerState'];

/**
 * ARM provisioning state, an open string (Succeeded, Failed, Updating, …).
 * @public
 */
export type ProvisioningState = Schemas['ProvisioningState'];

/**
 * Pricing tier of a managed cluster (`sku.tier`).
 * @public
 */
export type ClusterTier = Schemas['ClusterTier'];

/**
 * Kubernetes support plan of a cluster or offered for a version.
 * @public
 */
export type KubernetesSupportPlan = Schemas['KubernetesSupportPlan'];

/**
 * Code and message of an Azure error, as ARM reported it.
 * @public
 */
export type ArmErrorDetail = Schemas['ArmErrorDetail'];

/**
 * Network settings of a cluster (`properties.networkProfile`).
 * @public
 */
export type ClusterNetworkProfile = Schemas['ClusterNetworkProfile'];

/**
 * Addons of a cluster.
 * @public
 */
export type ClusterAddons = Schemas['ClusterAddons'];

/**
 * Identity of a cluster.
 * @public
 */
export type ClusterIdentity = Schemas['ClusterIdentity'];

/**
 * One agent pool of a cluster.
 * @public
 */
export type NodePool = Schemas['NodePool'];

/**
 * Whether AKS supports a cluster's Kubernetes minor version.
 * @public
 */
export type SupportStatus = Schemas['SupportStatus'];

/**
 * Support of the Kubernetes version a cluster runs, with the date it ends where known.
 * @public
 */
export type KubernetesSupport = Schemas['KubernetesSupport'];

/**
 * A cluster with its health and support, as `GET /clusters/{subscriptionId}/{resourceGroup}/{name}` returns it.
 * @public
 */
export type ClusterResponse = Schemas['ClusterResponse'];

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
export type EntityClusters = Schemas['EntityClusters'];

/**
 * One cluster of {@link EntityClusters}.
 * @public
 */
export type EntityCluster = Schemas['EntityCluster'];

/**
 * A patch release of a Kubernetes minor version and the versions it can upgrade to.
 * @public
 */
export type KubernetesPatchVersion = Schemas['KubernetesPatchVersion'];

/**
 * A Kubernetes minor version offered in a location (from `listKubernetesVersions`).
 * @public
 */
export type KubernetesVersionInfo = Schemas['KubernetesVersionInfo'];

/**
 * The Kubernetes versions offered in one location.
 * @public
 */
export type LocationVersions = Schemas['LocationVersions'];

/**
 * The subscriptions configured for the AKS plugins.
 * @public
 */
export type SubscriptionList = Schemas['SubscriptionList'];

/**
 * Locations where AKS offers managed clusters to a subscription.
 * @public
 */
export type LocationList = Schemas['LocationList'];

/**
 * A version that a control plane or node pool can upgrade to.
 * @public
 */
export type AvailableUpgrade = Schemas['AvailableUpgrade'];

/**
 * Version and upgrades of the control plane.
 * @public
 */
export type ControlPlaneUpgradeProfile = Schemas['ControlPlaneUpgradeProfile'];

/**
 * Version, upgrades and latest node image of one node pool.
 * @public
 */
export type AgentPoolUpgradeProfile = Schemas['AgentPoolUpgradeProfile'];

/**
 * Upgrades available to a cluster (ARM's upgrade profiles).
 * @public
 */
export type UpgradeInfo = Schemas['UpgradeInfo'];

/**
 * Overall health of a cluster, see {@link computeHealth}.
 * @public
 */
export type HealthStatus = Schemas['HealthStatus'];

/**
 * Severity of a health warning.
 * @public
 */
export type HealthSeverity = Schemas['HealthSeverity'];

/**
 * Codes of the health rules, see the table in the package README.
 * @public
 */
export type HealthWarningCode = Schemas['HealthWarningCode'];

/**
 * One finding of the health rules: what is wrong and why it matters, what to do, and where Azure explains it.
 * @public
 */
export type HealthWarning = Schemas['HealthWarning'];

/**
 * Health of a cluster: one status and the findings behind it.
 * @public
 */
export type ClusterHealth = Schemas['ClusterHealth'];

/**
 * Freshness of a response: `stale` is true when it was served from cache after an Azure failure.
 * @public
 */
export type Freshness = Pick<ClusterResponse, 'fetchedAt' | 'stale'>;

/**
 * A cluster in a fleet listing.
 * @public
 */
export type ClusterSummary = Schemas['ClusterSummary'];

/**
 * One page of the fleet listing (`GET /clusters`).
 * @public
 */
export type FleetPage = Schemas['FleetPage'];

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
export type AksOperationKind = Schemas['AksOperationKind'];

/**
 * Status of a long-running operation, with ARM's values.
 * @public
 */
export type AksOperationStatus = Schemas['AksOperationStatus'];

/**
 * A long-running operation started through the AKS API (`202` responses and `GET /operations/{id}`).
 * @public
 */
export type AksOperation = Schemas['AksOperation'];

type JsonBody<Op extends keyof operations> = operations[Op] extends {
  requestBody: { content: { 'application/json': infer Body } };
}
  ? Body
  : never;

/**
 * What to change, per kind of operation: the request bodies of the operation
 * endpoints, with the node pool of the pool operations.
 * @public
 */
export type AksOperationRequest =
  | { kind: 'start' }
  | { kind: 'stop' }
  | ({ kind: 'upgradeControlPlane' } & JsonBody<'UpgradeCluster'>)
  | ({
      kind: 'upgradeNodePool';
      nodePool: string;
    } & JsonBody<'UpgradeNodePool'>)
  | { kind: 'upgradeNodeImage'; nodePool: string }
  | ({ kind: 'scaleNodePool'; nodePool: string } & JsonBody<'ScaleNodePool'>);
