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
 * Start, stop, upgrade and scale the clusters of a catalog entity.
 * @public
 */
export const aksClusterOperatePermission = createPermission({
  name: 'aks.cluster.operate',
  attributes: { action: 'update' },
  resourceType: 'catalog-entity',
});

/**
 * All permissions of the AKS plugins, for registering with the permissions registry.
 * @public
 */
export const aksPermissions = [
  aksClusterReadPermission,
  aksClusterOperatePermission,
];
