import type { EmulatorContext } from '../emulatorContext';
import type { Principal } from './principals';
import { stableGuid } from '../util/ids';
import { storeRoleAssignment } from '../providers/authorization/roleAssignments';
import {
  OWNER_ROLE_ID,
  roleDefinitionId,
} from '../providers/authorization/roleDefinitions';

/** A principal to register, with the subscriptions where it gets the Owner role. */
export interface PrincipalRegistration {
  clientId: string;
  clientSecret: string;
  objectId?: string;
  displayName?: string;
  subscriptions: string[];
  /** Microsoft Graph application permissions, e.g. `Application.Read.All`; none by default. */
  graphPermissions?: string[];
}

/** Registers a principal and gives it Owner on each listed subscription (as role assignments). */
export function registerPrincipal(
  ctx: EmulatorContext,
  registration: PrincipalRegistration,
): Principal {
  const principal: Principal = {
    clientId: registration.clientId,
    clientSecret: registration.clientSecret,
    objectId:
      registration.objectId ?? stableGuid(`principal/${registration.clientId}`),
    displayName:
      registration.displayName ??
      `emulator-app-${registration.clientId.slice(0, 8)}`,
    graphPermissions: registration.graphPermissions ?? [],
  };
  ctx.principals.set(principal.clientId, principal);
  for (const subscriptionId of registration.subscriptions) {
    if (!ctx.subscriptions.has(subscriptionId.toLowerCase())) {
      throw new Error(
        `Unknown subscription '${subscriptionId}' for principal '${principal.clientId}'.`,
      );
    }
    storeRoleAssignment(
      ctx,
      `/subscriptions/${subscriptionId}`,
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
