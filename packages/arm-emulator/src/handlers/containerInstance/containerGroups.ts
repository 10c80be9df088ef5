import { ok, type ArmRequest, type ArmResponse } from '../armRequest';
import type { EmulatorContext } from '../../emulatorContext';
import { listRoutes, type Route, routeBuilder } from '../arm/route';
import { paginate } from '../arm/pagination';
import { parseBody } from '../arm/bodyShape';
import {
  requestResourceId,
  requireRequestGroup,
  requireResource,
  resourcesInScope,
} from '../arm/resourceLookup';
import { lroHeaders } from '../operations/lroHeaders';
import { startProvisioning } from '../operations/resourceOperation';
import {
  ACI_API_VERSIONS,
  ACI_NAMESPACE,
  checkGroupBody,
  GROUP_SHAPE,
  GROUP_TYPE,
  newGroupBody,
  renderGroup,
} from './containerGroupModel';

const groupId = (req: ArmRequest) =>
  requestResourceId(req, GROUP_TYPE, 'containerGroupName');

function createOrUpdate(req: ArmRequest, ctx: EmulatorContext): ArmResponse {
  const body = parseBody(req, GROUP_SHAPE);
  checkGroupBody(body);
  requireRequestGroup(req, ctx);
  const id = groupId(req);
  const existing = ctx.store.get(id);
  const groupBody = newGroupBody(id, body, existing ? 'Updating' : 'Pending');
  if (body.identity?.type?.includes('SystemAssigned'))
    groupBody.identity.tenantId = ctx.tenantId;
  const record = ctx.store.put(existing?.id ?? id, groupBody);
  const op = startProvisioning(
    ctx,
    record,
    ACI_NAMESPACE,
    'ContainerGroups_CreateOrUpdate',
  );
  return {
    status: existing ? 200 : 201,
    body: renderGroup(record),
    headers: lroHeaders(req, ctx, op, { asyncOperation: true }),
  };
}

function list(req: ArmRequest, ctx: EmulatorContext): ArmResponse {
  // List responses of ACI leave out the containers' instance views.
  const value = resourcesInScope(req, ctx, GROUP_TYPE)
    .map(renderGroup)
    .map(group => {
      for (const container of group.properties.containers)
        delete container.properties.instanceView;
      return group;
    });
  return ok(paginate(req, value, ctx.settings.pageSize));
}

function remove(req: ArmRequest, ctx: EmulatorContext): ArmResponse {
  requireRequestGroup(req, ctx);
  const record = ctx.store.get(groupId(req));
  if (!record) return { status: 204 };
  ctx.store.delete(record.id);
  const body = renderGroup(record);
  body.properties.provisioningState = 'Deleting';
  return ok(body);
}

const GROUP = `/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/${GROUP_TYPE}/{containerGroupName}`;
const route = routeBuilder(ACI_API_VERSIONS, GROUP_TYPE);

/** Microsoft.ContainerInstance containerGroups operations. */
export const containerGroupRoutes: Route[] = [
  ...listRoutes(route, GROUP_TYPE, 'ContainerGroups', 'read', list),
  route('GET', GROUP, 'ContainerGroups_Get', 'read', (req, ctx) =>
    ok(
      renderGroup(requireResource(req, ctx, GROUP_TYPE, 'containerGroupName')),
    ),
  ),
  route(
    'PUT',
    GROUP,
    'ContainerGroups_CreateOrUpdate',
    'write',
    createOrUpdate,
  ),
  route('DELETE', GROUP, 'ContainerGroups_Delete', 'delete', remove),
];
