import { PermissionsService } from '@backstage/backend-plugin-api';
import { NotAllowedError } from '@backstage/errors';
import {
  AuthorizeResult,
  BasicPermission,
} from '@backstage/plugin-permission-common';
import { ActionContext } from '@backstage/plugin-scaffolder-node';

/**
 * Refuses, before any Azure call, a task whose initiator does not hold the
 * permission: the action acts with the plugin's Azure credentials, so the
 * user's own right to ask for the change is checked here.
 */
export async function authorizeInitiator(
  ctx: Pick<ActionContext<any, any>, 'getInitiatorCredentials'>,
  permissions: PermissionsService,
  permission: BasicPermission,
): Promise<void> {
  const credentials = await ctx.getInitiatorCredentials();
  const [decision] = await permissions.authorize([{ permission }], {
    credentials,
  });
  if (decision.result !== AuthorizeResult.ALLOW) {
    throw new NotAllowedError(`Not allowed: ${permission.name}`);
  }
}
