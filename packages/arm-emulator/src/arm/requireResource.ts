import { resourceGroupNotFound, resourceNotFound } from '../http/armError';
import type { ArmRequest } from '../http/armRequest';
import type { EmulatorContext } from '../emulatorContext';
import type { StoredResource } from '../state/resourceStore';
import { resourceGroupId } from '../util/ids';

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

/**
 * A resource in the request's resource group, or ARM's 404 naming the group
 * or the resource, whichever is missing.
 */
export function requireResource(
  req: ArmRequest,
  ctx: EmulatorContext,
  resource: { id: string; type: string; name: string },
): StoredResource {
  const { subscriptionId, resourceGroupName } = req.params;
  requireResourceGroup(ctx, subscriptionId, resourceGroupName);
  const record = ctx.store.get(resource.id);
  if (!record) {
    throw resourceNotFound(resource.type, resource.name, resourceGroupName);
  }
  return record;
}
