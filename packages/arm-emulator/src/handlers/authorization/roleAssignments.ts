import { ArmError, missingProperty } from '../../errors/armError';
import { ok, type ArmRequest, type ArmResponse } from '../armRequest';
import type { EmulatorContext } from '../../emulatorContext';
import type { StoredResource } from '../../persistence/resourceStore';
import {
  normalizeScope,
  ROLE_ASSIGNMENT_TYPE,
  roleAssignmentId,
  roleAssignmentsIn,
  storeRoleAssignment,
} from '../../persistence/roleAssignmentRecords';
import { type Route, routeBuilder } from '../arm/route';
import { paginate } from '../arm/pagination';
import { parseBody } from '../arm/bodyShape';
import { renderResource } from '../arm/renderResource';
import { BUILT_IN_ROLES } from '../../authentication/roleDefinitions';
import { isGuid, nameOf, parseResourceId, roleGuidOf } from '../../util/ids';
import { requireScope, within } from './roleAssignmentScope';
import { ROLE_ASSIGNMENT_API_VERSIONS } from './authorizationApiVersions';

const render = (record: StoredResource) =>
  renderResource(record, ROLE_ASSIGNMENT_TYPE);

function create(req: ArmRequest, ctx: EmulatorContext): ArmResponse {
  const body = parseBody(req, {
    fields: {
      properties: {
        fields: {
          roleDefinitionId: 'string',
          principalId: 'string',
          principalType: 'string',
          description: 'string',
        },
      },
    },
  });
  const { scope, roleAssignmentName: name } = req.params;
  if (!isGuid(name)) {
    throw new ArmError(
      400,
      'InvalidRoleAssignmentId',
      `The role assignment ID '${name}' is not valid. The role assignment ID must be a GUID.`,
    );
  }
  const props = body.properties ?? {};
  for (const field of ['roleDefinitionId', 'principalId']) {
    if (!props[field]) throw missingProperty('properties', field);
  }
  if (!isGuid(props.principalId))
    throw new ArmError(
      400,
      'InvalidPrincipalId',
      'A valid principal ID must be provided for role assignment.',
      'properties.principalId',
    );
  if (
    props.principalType &&
    props.principalType !== 'ServicePrincipal' &&
    ctx.principals.isServicePrincipal(props.principalId)
  )
    throw new ArmError(
      400,
      'UnmatchedPrincipalType',
      `The PrincipalId '${props.principalId}' has type 'ServicePrincipal', which is different from specified PrincipalType '${props.principalType}'.`,
      'properties.principalType',
    );
  const roleGuid = roleGuidOf(props.roleDefinitionId);
  if (!BUILT_IN_ROLES[roleGuid]) {
    throw new ArmError(
      400,
      'RoleDefinitionDoesNotExist',
      `The specified role definition with ID '${roleGuid}' does not exist.`,
      'properties.roleDefinitionId',
    );
  }
  requireScope(ctx, scope);
  const existing = ctx.store.get(roleAssignmentId(scope, name));
  if (existing) {
    const p = existing.body.properties;
    if (
      p.principalId !== props.principalId ||
      roleGuidOf(p.roleDefinitionId) !== roleGuid
    ) {
      throw new ArmError(
        400,
        'RoleAssignmentUpdateNotPermitted',
        'Tenant ID, application ID, principal ID, and scope are not allowed to be updated.',
      );
    }
    return ok(render(existing));
  }
  const duplicate = roleAssignmentsIn(
    ctx.store,
    parseResourceId(scope).subscriptionId!,
  ).find(
    r =>
      r.body.properties.scope.toLowerCase() ===
        normalizeScope(scope).toLowerCase() &&
      r.body.properties.principalId === props.principalId &&
      roleGuidOf(r.body.properties.roleDefinitionId) === roleGuid,
  );
  if (duplicate) {
    throw new ArmError(
      409,
      'RoleAssignmentExists',
      `The role assignment already exists. The ID of the existing role assignment is ${nameOf(
        duplicate.id,
      ).replace(/-/g, '')}.`,
    );
  }
  const record = storeRoleAssignment(
    ctx.store,
    scope,
    name,
    props,
    req.principal?.objectId,
  );
  return { status: 201, body: render(record) };
}

function findAssignment(
  req: ArmRequest,
  ctx: EmulatorContext,
): StoredResource | undefined {
  return ctx.store.get(
    roleAssignmentId(req.params.scope, req.params.roleAssignmentName),
  );
}

function list(req: ArmRequest, ctx: EmulatorContext): ArmResponse {
  const scope = normalizeScope(
    req.params.scope ??
      `/subscriptions/${req.params.subscriptionId}${
        req.params.resourceGroupName
          ? `/resourceGroups/${req.params.resourceGroupName}`
          : ''
      }`,
  );
  requireScope(ctx, scope);
  const filter = req.query.get('$filter') ?? '';
  const atScope = /atScope\(\)/i.test(filter);
  // The spec writes `principalId eq {id}`; clients quote the id.
  const principal = /(?:principalId\s+eq\s+|assignedTo\()'?([^')\s]+)'?/i
    .exec(filter)?.[1]
    ?.toLowerCase();
  const records = roleAssignmentsIn(
    ctx.store,
    parseResourceId(scope).subscriptionId!,
  ).filter(r => {
    const assigned = r.body.properties.scope;
    const inScope =
      within(assigned, scope) || (!atScope && within(scope, assigned));
    return (
      inScope &&
      (!principal || r.body.properties.principalId.toLowerCase() === principal)
    );
  });
  return ok(paginate(req, records.map(render), ctx.settings.pageSize));
}

const ASSIGNMENTS = `providers/${ROLE_ASSIGNMENT_TYPE}`;
const ASSIGNMENT = `{*scope}/${ASSIGNMENTS}/{roleAssignmentName}`;
const route = routeBuilder(ROLE_ASSIGNMENT_API_VERSIONS, ROLE_ASSIGNMENT_TYPE);

/** Role assignments (synchronous, as in 2022-04-01). */
export const roleAssignmentRoutes: Route[] = [
  route(
    'GET',
    `/subscriptions/{subscriptionId}/${ASSIGNMENTS}`,
    'RoleAssignments_ListForSubscription',
    'read',
    list,
  ),
  route(
    'GET',
    `/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/${ASSIGNMENTS}`,
    'RoleAssignments_ListForResourceGroup',
    'read',
    list,
  ),
  route(
    'GET',
    `{*scope}/${ASSIGNMENTS}`,
    'RoleAssignments_ListForScope',
    'read',
    list,
  ),
  route('PUT', ASSIGNMENT, 'RoleAssignments_Create', 'write', create),
  route('GET', ASSIGNMENT, 'RoleAssignments_Get', 'read', (req, ctx) => {
    const record = findAssignment(req, ctx);
    if (!record)
      throw new ArmError(
        404,
        'RoleAssignmentNotFound',
        `The role assignment '${req.params.roleAssignmentName}' is not found.`,
      );
    return ok(render(record));
  }),
  route(
    'DELETE',
    ASSIGNMENT,
    'RoleAssignments_Delete',
    'delete',
    (req, ctx) => {
      const record = findAssignment(req, ctx);
      if (!record) return { status: 204 };
      ctx.store.delete(record.id);
      return ok(render(record));
    },
  ),
];
