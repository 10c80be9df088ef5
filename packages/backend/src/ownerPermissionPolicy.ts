import { createBackendModule } from '@backstage/backend-plugin-api';
import {
  catalogConditions,
  createCatalogConditionalDecision,
} from '@backstage/plugin-catalog-backend/alpha';
import {
  AuthorizeResult,
  isPermission,
  PolicyDecision,
} from '@backstage/plugin-permission-common';
import {
  PermissionPolicy,
  PolicyQuery,
  PolicyQueryUser,
} from '@backstage/plugin-permission-node';
import { policyExtensionPoint } from '@backstage/plugin-permission-node/alpha';
import {
  aksClusterMaintenancePermission,
  aksClusterOperatePermission,
  aksClusterReadPermission,
  aksFleetReadPermission,
  aksGitOpsConfigurePermission,
  aksIdentityCreatePermission,
  aksOperationActionsPermission,
} from '@aks-backstage/plugin-aks-common';

const PLATFORM_TEAM = 'group:default/team-platform';

/** What only the platform team may do: each changes clusters or what may reach Azure. */
const PLATFORM_ONLY = [
  aksClusterOperatePermission,
  aksClusterMaintenancePermission,
  aksOperationActionsPermission,
  aksFleetReadPermission,
  aksIdentityCreatePermission,
  aksGitOpsConfigurePermission,
];

/**
 * A production policy: owners read their entities' clusters (a CONDITIONAL
 * decision the catalog evaluates per entity), only the platform team lists
 * the whole fleet, operates clusters, sets their maintenance windows, sees
 * the actions that change clusters, creates workload identities and
 * configures GitOps from templates, and everything else is allowed.
 */
export class OwnerPermissionPolicy implements PermissionPolicy {
  async handle(
    request: PolicyQuery,
    user?: PolicyQueryUser,
  ): Promise<PolicyDecision> {
    const platformTeam = user?.info.ownershipEntityRefs.includes(PLATFORM_TEAM);
    if (PLATFORM_ONLY.some(p => isPermission(request.permission, p))) {
      return {
        result: platformTeam ? AuthorizeResult.ALLOW : AuthorizeResult.DENY,
      };
    }
    if (isPermission(request.permission, aksClusterReadPermission)) {
      if (platformTeam) return { result: AuthorizeResult.ALLOW };
      return createCatalogConditionalDecision(
        request.permission,
        catalogConditions.isEntityOwner({
          claims: user?.info.ownershipEntityRefs ?? [],
        }),
      );
    }
    return { result: AuthorizeResult.ALLOW };
  }
}

/** Sets {@link OwnerPermissionPolicy} as the permission policy. */
export default createBackendModule({
  pluginId: 'permission',
  moduleId: 'aks-owner-policy',
  register(reg) {
    reg.registerInit({
      deps: { policy: policyExtensionPoint },
      async init({ policy }) {
        policy.setPolicy(new OwnerPermissionPolicy());
      },
    });
  },
});
