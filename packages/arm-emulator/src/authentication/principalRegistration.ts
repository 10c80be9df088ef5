import type { EmulatorContext } from '../emulatorContext';
import type {
  Principal,
  PrincipalRegistration,
} from '../persistence/principalStore';
import { storeRoleAssignment } from '../persistence/roleAssignmentRecords';
import { roleDefinitionId, stableGuid, subscriptionScope } from '../util/ids';
import { OWNER_ROLE_ID } from './roleDefinitions';

/** Registers a principal and gives it Owner on each listed subscription (as role assignments). */
export function registerPrincipal(
  ctx: EmulatorContext,
  registration: PrincipalRegistration,
): Principal {
  const principal = ctx.principals.add(registration);
  for (const subscriptionId of registration.subscriptions) {
    if (!ctx.subscriptions.has(subscriptionId)) {
      throw new Error(
        `Unknown subscription '${subscriptionId}' for principal '${principal.clientId}'.`,
      );
    }
    storeRoleAssignment(
      ctx.store,
      subscriptionScope(subscriptionId),
      stableGuid(`owner/${subscriptionId}/${principal.objectId}`),
      {
        roleDefinitionId: roleDefinitionId(subscriptionId, OWNER_ROLE_ID),
        principalId: principal.objectId,
        principalType: 'ServicePrincipal',
      },
    );
  }
  return principal;
}
