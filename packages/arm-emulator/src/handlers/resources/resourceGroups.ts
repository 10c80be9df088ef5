import { ArmError } from '../../errors/armError';
import { ok, type ArmRequest, type ArmResponse } from '../armRequest';
import type { EmulatorContext } from '../../emulatorContext';
import type { StoredResource } from '../../persistence/resourceStore';
import { routeBuilder, type Route } from '../arm/route';
import { paginate } from '../arm/pagination';
import { parseBody } from '../arm/bodyShape';
import { normalizeLocation, requireLocation } from '../arm/location';
import { requireRequestGroup } from '../arm/resourceLookup';
import { renderResource } from '../arm/renderResource';
import { lroHeaders } from '../operations/lroHeaders';
import { startResourceOperation } from '../operations/resourceOperation';
import { resourceGroupId } from '../../util/ids';
import { RESOURCES_API_VERSIONS } from './resourcesApiVersions';

const GROUP_TYPE = 'Microsoft.Resources/resourceGroups';

const renderGroup = (record: StoredResource) =>
  renderResource(record, GROUP_TYPE);

function checkGroupName(name: string) {
  if (!/^[-\w._()]{1,90}$/.test(name) || name.endsWith('.')) {
    throw new ArmError(
      400,
      'InvalidResourceGroup',
      `The provided resource group name '${name}' has these invalid characters or is too long. The name can only be a letter, digit, '-', '.', '(', ')' or '_' and at most 90 characters, and cannot end with '.'.`,
    );
  }
}

function putGroup(req: ArmRequest, ctx: EmulatorContext): ArmResponse {
  const body = parseBody(req, {
    fields: {
      location: 'string',
      tags: { map: 'string' },
      managedBy: 'string',
    },
  });
  const name = req.params.resourceGroupName;
  checkGroupName(name);
  requireLocation(body);
  const location = normalizeLocation(body.location);
  const id = resourceGroupId(req.params.subscriptionId, name);
  const existing = ctx.store.get(id);
  if (existing && existing.body.location !== location) {
    throw new ArmError(
      400,
      'InvalidResourceGroupLocation',
      `Invalid resource group location '${location}'. The Resource group already exists in location '${existing.body.location}'.`,
    );
  }
  const record = ctx.store.put(existing?.id ?? id, {
    location,
    tags: body.tags ?? existing?.body.tags,
    managedBy: body.managedBy,
    properties: { provisioningState: 'Succeeded' },
  });
  if (record.body.tags === undefined) delete record.body.tags;
  if (record.body.managedBy === undefined) delete record.body.managedBy;
  return { status: existing ? 200 : 201, body: renderGroup(record) };
}

function deleteGroup(req: ArmRequest, ctx: EmulatorContext): ArmResponse {
  const record = requireRequestGroup(req, ctx);
  record.body.properties.provisioningState = 'Deleting';
  const op = startResourceOperation(ctx, record, {
    namespace: 'Microsoft.Resources',
    operation: 'ResourceGroups_Delete',
    onSucceeded: () => ctx.store.delete(record.id),
    onFailed: () => (record.body.properties.provisioningState = 'Succeeded'),
  });
  return { status: 202, headers: lroHeaders(req, ctx, op, { location: true }) };
}

function listGroups(req: ArmRequest, ctx: EmulatorContext): ArmResponse {
  const groups = ctx.store.list({
    type: GROUP_TYPE,
    subscriptionId: req.params.subscriptionId,
  });
  return ok(paginate(req, groups.map(renderGroup), ctx.settings.pageSize));
}

const getGroup = (req: ArmRequest, ctx: EmulatorContext) =>
  ok(renderGroup(requireRequestGroup(req, ctx)));

function checkExistence(req: ArmRequest, ctx: EmulatorContext): ArmResponse {
  const { subscriptionId, resourceGroupName } = req.params;
  const group = ctx.store.get(
    resourceGroupId(subscriptionId, resourceGroupName),
  );
  return { status: group ? 204 : 404 };
}

const GROUPS = '/subscriptions/{subscriptionId}/resourcegroups';
const GROUP = `${GROUPS}/{resourceGroupName}`;
const route = routeBuilder(
  RESOURCES_API_VERSIONS,
  'Microsoft.Resources/subscriptions/resourceGroups',
);

/** Resource groups of a subscription. */
export const resourceGroupRoutes: Route[] = [
  route('GET', GROUPS, 'ResourceGroups_List', 'read', listGroups),
  route('PUT', GROUP, 'ResourceGroups_CreateOrUpdate', 'write', putGroup),
  route('GET', GROUP, 'ResourceGroups_Get', 'read', getGroup),
  route('HEAD', GROUP, 'ResourceGroups_CheckExistence', 'read', checkExistence),
  route('DELETE', GROUP, 'ResourceGroups_Delete', 'delete', deleteGroup),
];
