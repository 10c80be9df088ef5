import { ArmError } from '../errors/armError';
import type { EmulatorContext } from '../emulatorContext';
import type { Principal } from '../persistence/principalStore';
import { roleAssignmentsIn } from '../persistence/roleAssignmentRecords';
import { roleGuidOf, subscriptionScope } from '../util/ids';
import { BUILT_IN_ROLES } from './roleDefinitions';

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
  return roleAssignmentsIn(ctx.store, subscriptionId).some(r => {
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
  return ctx.subscriptions
    .ids()
    .filter(id =>
      isAllowed(
        ctx,
        principal,
        id,
        subscriptionScope(id),
        'Microsoft.Resources/subscriptions/read',
      ),
    );
}

/** ARM's 403 unless one of the principal's role assignments permits the action on the scope. */
export function authorize(
  ctx: EmulatorContext,
  principal: Principal,
  subscriptionId: string,
  scope: string,
  action: string,
): void {
  if (!isAllowed(ctx, principal, subscriptionId, scope, action)) {
    throw new ArmError(
      403,
      'AuthorizationFailed',
      `The client '${principal.clientId}' with object id '${principal.objectId}' does not have authorization to perform action '${action}' over scope '${scope}' or the scope is invalid. If access was recently granted, please refresh your credentials.`,
    );
  }
}
