import { createApiRef } from '@backstage/frontend-plugin-api';
import type {
  AksApiComponents,
  AksClusterRef,
  AksOperation,
  AksOperationRequest,
  ClusterMaintenance,
  EntityClusters,
  EntityGitOps,
  EntityWorkloadIdentities,
  FleetPage,
  FleetQuery,
  LocationList,
  LocationVersions,
  MaintenanceConfigName,
  MaintenancePreview,
  MaintenanceWindowInput,
  SubscriptionList,
  UpgradeInfo,
  UpgradeReadiness,
} from '@aks-backstage/plugin-aks-common';

/**
 * The virtual machine sizes a location offers to a subscription.
 *
 * @public
 */
export type VmSizeList = AksApiComponents['schemas']['VmSizeList'];

/**
 * The entity whose permission a request borrows: the backend checks the
 * permission on that entity, which must name the cluster.
 *
 * @public
 */
export interface ThroughEntity {
  /** The entity, as `kind:namespace/name`, whose permission the request uses. */
  entityRef?: string;
}

/**
 * The AKS backend plugin's API, in the types of its openapi.yaml.
 *
 * @public
 */
export interface AksApi {
  /** The clusters an entity names, each with its details or its error. */
  getEntityClusters(entityRef: string): Promise<EntityClusters>;
  /** The Flux configurations of the entity's repository, per cluster of the entity. */
  getEntityGitOps(entityRef: string): Promise<EntityGitOps>;
  /** The managed identities federated to the entity's service accounts, per cluster of the entity. */
  getEntityWorkloadIdentities(
    entityRef: string,
  ): Promise<EntityWorkloadIdentities>;
  /** One page of the fleet. */
  getFleetPage(query?: FleetQuery): Promise<FleetPage>;
  /** Upgrades of the control plane and of each node pool. */
  getUpgrades(
    cluster: AksClusterRef,
    options?: ThroughEntity,
  ): Promise<UpgradeInfo>;
  /**
   * Whether an upgrade to the version would go through, checked before it
   * starts; `controlPlaneOnly` as the upgrade would be asked.
   */
  getUpgradeReadiness(
    cluster: AksClusterRef,
    version: string,
    options?: ThroughEntity & { controlPlaneOnly?: boolean },
  ): Promise<UpgradeReadiness>;
  /** The cluster's channels, maintenance windows with their next occurrences, and what the next one will do. */
  getMaintenance(
    cluster: AksClusterRef,
    options?: ThroughEntity,
  ): Promise<ClusterMaintenance>;
  /** The summary and next five occurrences of a window, without saving it. */
  previewMaintenanceWindow(
    cluster: AksClusterRef,
    maintenanceWindow: MaintenanceWindowInput,
    options?: ThroughEntity,
  ): Promise<MaintenancePreview>;
  /** Sets the window of a maintenance configuration; answers the cluster's maintenance as read after. */
  setMaintenanceWindow(
    cluster: AksClusterRef,
    configName: MaintenanceConfigName,
    maintenanceWindow: MaintenanceWindowInput,
    options?: ThroughEntity,
  ): Promise<ClusterMaintenance>;
  /** The subscriptions configured for the AKS plugins. */
  listSubscriptions(): Promise<SubscriptionList>;
  /** Where AKS offers managed clusters to a subscription. */
  listLocations(subscriptionId: string): Promise<LocationList>;
  /** The virtual machine sizes a location offers AKS nodes of a subscription. */
  listVmSizes(subscriptionId: string, location: string): Promise<VmSizeList>;
  /** The Kubernetes versions a location offers. */
  getKubernetesVersions(
    subscriptionId: string,
    location: string,
    options?: ThroughEntity,
  ): Promise<LocationVersions>;
  /** Starts a long-running operation on a cluster or one of its pools. */
  startOperation(
    cluster: AksClusterRef,
    request: AksOperationRequest,
    options?: ThroughEntity,
  ): Promise<AksOperation>;
  /** An operation and its status. */
  getOperation(id: string, options?: ThroughEntity): Promise<AksOperation>;
}

/**
 * The API reference of {@link AksApi}.
 *
 * @public
 */
export const aksApiRef = createApiRef<AksApi>({ id: 'plugin.aks.service' });
