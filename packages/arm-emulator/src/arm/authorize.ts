import { ArmError } from '../http/armError';
import type { EmulatorContext } from '../emulatorContext';
import type { Principal } from '../state/principals';
import {
  BUILT_IN_ROLES,
  roleGuidOf,
} from '../providers/authorization/roleDefinitions';

const ROLE_ASSIGNMENT_TYPE = 'Microsoft.Authorization/roleAssignments';

function scopeCovers(assignmentScope: string, scope: string): boolean {
  const a = assignmentScope.toLowerCase().replace(/\/$/, '');
  const s = scope.toLowerCase();
  return s === a || s.startsWith(`${a}/`) || a === '';
}

/** True when one of the principal's role assignments at or above the scope permits the action. */
export function isAllowed(
  ctx: EmulatorContext,
  principal: Principal,
  subscriptionId: string,
  scope: string,
  action: string,
): boolean {
  return ctx.store
    .list({ type: ROLE_ASSIGNMENT_TYPE, subscriptionId })
    .some(r => {
      const props = r.body.properties;
      return (
        props.principalId === principal.objectId &&
        scopeCovers(props.scope, scope) &&
        (BUILT_IN_ROLES[roleGuidOf(props.roleDefinitionId)]?.permits(action) ??
          false)
      );
    });
}

/** Subscriptions where the principal has any role. */
export function accessibleSubscriptions(
  ctx: EmulatorContext,
  principal: Principal,
): string[] {
  return [...ctx.subscriptions.values()]
    .map(s => s.subscriptionId)
    .filter(id =>
      isAllowed(
        ctx,
        principal,
        id,
        `/subscriptions/${id}`,
        'Microsoft.Resources/subscriptions/read',
      ),
    );
}

export function authorizationFailed(
  principal: Principal,
  action: string,
  scope: string,
): ArmError {
  return new ArmError(
    403,
    'AuthorizationFailed',
    `The client '${principal.clientId}' with object id '${principal.objectId}' does not have authorization to perform action '${action}' over scope '${scope}' or the scope is invalid. If access was recently granted, please refresh your credentials.`,
  );
}
