import {
  isResourcePermission,
  isUpdatePermission,
} from '@backstage/plugin-permission-common';
import {
  aksClusterMaintenancePermission,
  aksClusterOperatePermission,
  aksClusterReadPermission,
  aksFleetReadPermission,
  aksGitOpsConfigurePermission,
  aksIdentityCreatePermission,
  aksOperationActionsPermission,
  aksPermissions,
} from './permissions';

describe('permissions', () => {
  it('guards entity clusters with catalog-entity resource permissions', () => {
    expect(aksClusterReadPermission).toMatchObject({
      name: 'aks.cluster.read',
      attributes: { action: 'read' },
    });
    expect(
      isResourcePermission(aksClusterReadPermission, 'catalog-entity'),
    ).toBe(true);
    expect(aksClusterOperatePermission.name).toBe('aks.cluster.operate');
    expect(isUpdatePermission(aksClusterOperatePermission)).toBe(true);
    expect(
      isResourcePermission(aksClusterOperatePermission, 'catalog-entity'),
    ).toBe(true);
  });

  it('guards maintenance windows with a catalog-entity update permission', () => {
    expect(aksClusterMaintenancePermission).toMatchObject({
      type: 'resource',
      name: 'aks.cluster.maintenance',
      attributes: { action: 'update' },
      resourceType: 'catalog-entity',
    });
    expect(isUpdatePermission(aksClusterMaintenancePermission)).toBe(true);
  });

  it('guards the fleet with a basic permission, like catalog lists', () => {
    expect(aksFleetReadPermission).toMatchObject({
      type: 'basic',
      name: 'aks.fleet.read',
      attributes: { action: 'read' },
    });
  });

  it('guards the actions that change clusters with a basic permission', () => {
    expect(aksOperationActionsPermission).toMatchObject({
      type: 'basic',
      name: 'aks.actions.operate',
      attributes: { action: 'update' },
    });
  });

  it('guards the scaffolder actions with basic permissions, as they act on no entity', () => {
    expect(aksIdentityCreatePermission).toMatchObject({
      type: 'basic',
      name: 'aks.identity.create',
      attributes: { action: 'create' },
    });
    expect(aksGitOpsConfigurePermission).toMatchObject({
      type: 'basic',
      name: 'aks.gitops.configure',
      attributes: { action: 'update' },
    });
  });

  it('lists every permission once', () => {
    expect(aksPermissions.map(p => p.name)).toEqual([
      'aks.cluster.read',
      'aks.fleet.read',
      'aks.cluster.operate',
      'aks.cluster.maintenance',
      'aks.actions.operate',
      'aks.identity.create',
      'aks.gitops.configure',
    ]);
  });
});
