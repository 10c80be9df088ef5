import { resourceGroupNotFound, resourceNotFound } from '../../errors/armError';
import type { ArmRequest } from '../armRequest';
import type { EmulatorContext } from '../../emulatorContext';
import type { StoredResource } from '../../persistence/resourceStore';
import { resourceGroupId, resourceId } from '../../util/ids';

/** The resource group, or ARM's 404 for it. */
export function requireResourceGroup(
  ctx: EmulatorContext,
  subscriptionId: string,
  resourceGroup: string,
): StoredResource {
  const group = ctx.store.get(resourceGroupId(subscriptionId, resourceGroup));
  if (!group) throw resourceGroupNotFound(resourceGroup);
  return group;
}

/** The resource group the request's path names, or ARM's 404 for it. */
export function requireRequestGroup(
  req: ArmRequest,
  ctx: EmulatorContext,
): StoredResource {
  return requireResourceGroup(
    ctx,
    req.params.subscriptionId,
    req.params.resourceGroupName,
  );
}

/** The id of the resource of a type that the request's path names, its name in the parameter `nameParam`. */
export function requestResourceId(
  req: ArmRequest,
  type: string,
  nameParam: string,
): string {
  const { subscriptionId, resourceGroupName } = req.params;
  return resourceId(
    subscriptionId,
    resourceGroupName,
    type,
    req.params[nameParam],
  );
}

/**
 * The resource of a type that the request's path names, or ARM's 404 naming
 * the group or the resource, whichever is missing.
 */
export function requireResource(
  req: ArmRequest,
  ctx: EmulatorContext,
  type: string,
  nameParam: string,
): StoredResource {
  requireRequestGroup(req, ctx);
  const record = ctx.store.get(requestResourceId(req, type, nameParam));
  if (!record) {
    throw resourceNotFound(
      type,
      req.params[nameParam],
      req.params.resourceGroupName,
    );
  }
  return record;
}

/** The resources of a type in the request's subscription, or in its resource group when it names one. */
export function resourcesInScope(
  req: ArmRequest,
  ctx: EmulatorContext,
  type: string,
): StoredResource[] {
  const { subscriptionId, resourceGroupName } = req.params;
  if (resourceGroupName)
    requireResourceGroup(ctx, subscriptionId, resourceGroupName);
  return ctx.store.list({
    type,
    subscriptionId,
    resourceGroup: resourceGroupName,
  });
}
