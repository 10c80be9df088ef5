import { ArmError, propertyChangeNotAllowed } from '../../errors/armError';
import { ok, type ArmRequest, type ArmResponse } from '../armRequest';
import type { EmulatorContext } from '../../emulatorContext';
import { type Route, routeBuilder } from '../arm/route';
import { paginate } from '../arm/pagination';
import { normalizeLocation } from '../arm/location';
import {
  requestResourceId,
  requireRequestGroup,
  requireResource,
  resourcesInScope,
} from '../arm/resourceLookup';
import {
  deleteIdentity,
  hasAssignmentRestrictions,
  IDENTITY_TYPE,
  MSI_API_VERSIONS,
  MSI_NAMESPACE,
  renderIdentity,
  storeNewIdentity,
  type IdentityInput,
} from './identityModel';
import { checkIdentityName, parseIdentityBody } from './validateIdentity';

const apiVersionOf = (req: ArmRequest) => req.query.get('api-version');

function createOrUpdate(req: ArmRequest, ctx: EmulatorContext): ArmResponse {
  const name = req.params.resourceName;
  checkIdentityName(name);
  const input = parseIdentityBody(req, { create: true }) as IdentityInput;
  requireRequestGroup(req, ctx);
  const id = requestResourceId(req, IDENTITY_TYPE, 'resourceName');
  const existing = ctx.store.get(id);
  if (!existing) {
    const record = storeNewIdentity(ctx, id, input, false);
    return { status: 201, body: renderIdentity(record, apiVersionOf(req)) };
  }
  const location = normalizeLocation(input.location);
  if (location !== existing.body.location) {
    throw new ArmError(
      400,
      'InvalidResourceLocation',
      `The resource '${name}' already exists in location '${existing.body.location}' in resource group '${req.params.resourceGroupName}'. A resource with the same name cannot be created in location '${location}'. Please select a new resource name.`,
      'location',
    );
  }
  // A PUT replaces what a client may set; the ids Entra gave stay, and so do
  // restrictions an api-version without them cannot send.
  const props = existing.body.properties;
  const restrictions =
    input.assignmentRestrictions ??
    (hasAssignmentRestrictions(apiVersionOf(req))
      ? undefined
      : props.assignmentRestrictions);
  existing.body = {
    location,
    ...(input.tags ? { tags: input.tags } : {}),
    properties: {
      tenantId: props.tenantId,
      principalId: props.principalId,
      clientId: props.clientId,
      isolationScope: input.isolationScope ?? 'None',
      ...(restrictions ? { assignmentRestrictions: restrictions } : {}),
    },
  };
  return ok(renderIdentity(existing, apiVersionOf(req)));
}

function update(req: ArmRequest, ctx: EmulatorContext): ArmResponse {
  const input = parseIdentityBody(req, { create: false });
  const record = requireResource(req, ctx, IDENTITY_TYPE, 'resourceName');
  if (
    input.location !== undefined &&
    normalizeLocation(input.location) !== record.body.location
  )
    throw propertyChangeNotAllowed('location');
  if (input.tags !== undefined) record.body.tags = input.tags;
  if (input.isolationScope !== undefined)
    record.body.properties.isolationScope = input.isolationScope;
  if (input.assignmentRestrictions !== undefined)
    record.body.properties.assignmentRestrictions =
      input.assignmentRestrictions;
  return ok(renderIdentity(record, apiVersionOf(req)));
}

function remove(req: ArmRequest, ctx: EmulatorContext): ArmResponse {
  requireRequestGroup(req, ctx);
  const record = ctx.store.get(
    requestResourceId(req, IDENTITY_TYPE, 'resourceName'),
  );
  if (!record) return { status: 204 };
  deleteIdentity(ctx, record);
  return { status: 200 };
}

function list(req: ArmRequest, ctx: EmulatorContext): ArmResponse {
  const identities = resourcesInScope(req, ctx, IDENTITY_TYPE).map(r =>
    renderIdentity(r, apiVersionOf(req)),
  );
  return ok(paginate(req, identities, ctx.settings.pageSize));
}

const SUB = '/subscriptions/{subscriptionId}';
const GROUP = `${SUB}/resourceGroups/{resourceGroupName}`;
const IDENTITY = `${GROUP}/providers/${IDENTITY_TYPE}/{resourceName}`;
const route = routeBuilder(MSI_API_VERSIONS, MSI_NAMESPACE);

/** Microsoft.ManagedIdentity userAssignedIdentities (none is long-running). */
export const userAssignedIdentityRoutes: Route[] = [
  route(
    'GET',
    `${SUB}/providers/${IDENTITY_TYPE}`,
    'UserAssignedIdentities_ListBySubscription',
    'userAssignedIdentities/read',
    list,
  ),
  route(
    'GET',
    `${GROUP}/providers/${IDENTITY_TYPE}`,
    'UserAssignedIdentities_ListByResourceGroup',
    'userAssignedIdentities/read',
    list,
  ),
  route(
    'GET',
    IDENTITY,
    'UserAssignedIdentities_Get',
    'userAssignedIdentities/read',
    (req, ctx) =>
      ok(
        renderIdentity(
          requireResource(req, ctx, IDENTITY_TYPE, 'resourceName'),
          apiVersionOf(req),
        ),
      ),
  ),
  route(
    'PUT',
    IDENTITY,
    'UserAssignedIdentities_CreateOrUpdate',
    'userAssignedIdentities/write',
    createOrUpdate,
  ),
  route(
    'PATCH',
    IDENTITY,
    'UserAssignedIdentities_Update',
    'userAssignedIdentities/write',
    update,
  ),
  route(
    'DELETE',
    IDENTITY,
    'UserAssignedIdentities_Delete',
    'userAssignedIdentities/delete',
    remove,
  ),
];
