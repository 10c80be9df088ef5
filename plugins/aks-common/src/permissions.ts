import { createPermission } from '@backstage/plugin-permission-common';

/**
 * Read clusters: details, health, versions and upgrades. Checked on the entity
 * whose clusters are read; the fleet API needs it granted unconditionally.
 * @public
 */
export const aksClusterReadPermission = createPermission({
  name: 'aks.cluster.read',
  attributes: { action: 'read' },
  resourceType: 'catalog-entity',
});

/**
 * List the fleet: every cluster of the configured subscriptions, with its
 * health, whatever entity names it (the fleet page, the cluster picker and
 * the list-clusters action). A basic permission, like the catalog's own list
 * permissions: a policy decides who may see the whole fleet.
 * @public
 */
export const aksFleetReadPermission = createPermission({
  name: 'aks.fleet.read',
  attributes: { action: 'read' },
});

/**
 * Start, stop, upgrade and scale the clusters of a catalog entity.
 * @public
 */
export const aksClusterOperatePermission = createPermission({
  name: 'aks.cluster.operate',
  attributes: { action: 'update' },
  resourceType: 'catalog-entity',
});

/**
 * Set the planned maintenance windows (auto-upgrade and node OS upgrade) of
 * the clusters of a catalog entity: when AKS may change them.
 * @public
 */
export const aksClusterMaintenancePermission = createPermission({
  name: 'aks.cluster.maintenance',
  attributes: { action: 'update' },
  resourceType: 'catalog-entity',
});

/**
 * See and call the actions that change clusters (start, stop, upgrade,
 * scale) in Backstage's actions registry, as MCP clients do. Without it they
 * are hidden; each call still needs {@link aksClusterOperatePermission} on
 * the cluster's entity.
 * @public
 */
export const aksOperationActionsPermission = createPermission({
  name: 'aks.actions.operate',
  attributes: { action: 'update' },
});

/**
 * Create a user-assigned managed identity federated to a cluster's service
 * account, and the role assignment it asks for (the
 * `azure:aks:workload-identity:create` scaffolder action).
 * @public
 */
export const aksIdentityCreatePermission = createPermission({
  name: 'aks.identity.create',
  attributes: { action: 'create' },
});

/**
 * Install Flux on a cluster and point a Flux configuration at a repository
 * (the `azure:aks:flux:configure` scaffolder action).
 * @public
 */
export const aksGitOpsConfigurePermission = createPermission({
  name: 'aks.gitops.configure',
  attributes: { action: 'update' },
});

/**
 * All permissions of the AKS plugins, for registering with the permissions registry.
 * @public
 */
export const aksPermissions = [
  aksClusterReadPermission,
  aksFleetReadPermission,
  aksClusterOperatePermission,
  aksClusterMaintenancePermission,
  aksOperationActionsPermission,
  aksIdentityCreatePermission,
  aksGitOpsConfigurePermission,
];
