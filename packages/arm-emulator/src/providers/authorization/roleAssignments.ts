import { ArmError } from '../../http/armError';
import {
  jsonBody,
  ok,
  type ArmRequest,
  type ArmResponse,
} from '../../http/armRequest';
import type { EmulatorContext } from '../../emulatorContext';
import { type Route, routeBuilder } from '../../arm/route';
import type { StoredResource } from '../../state/resourceStore';
import { paginate } from '../../arm/pagination';
import { checkShape } from '../../arm/bodyShape';
import { isGuid, parseResourceId } from '../../util/ids';
import {
  BUILT_IN_ROLES,
  roleDefinitionId,
  roleGuidOf,
} from './roleDefinitions';

export const AUTHORIZATION_API_VERSIONS = ['2022-04-01'];
const TYPE = 'Microsoft.Authorization/roleAssignments';
const EMULATED_NAMESPACES = [
  'microsoft.containerservice',
  'microsoft.containerregistry',
  'microsoft.containerinstance',
];

const normalizeScope = (scope: string) => scope.replace(/\/+$/, '');

/** Stores a role assignment; used by the API and by seeds. */
export function storeRoleAssignment(
  ctx: EmulatorContext,
  scope: string,
  name: string,
  props: {
    roleDefinitionId: string;
    principalId: string;
    principalType?: string;
    description?: string;
  },
  createdBy?: string,
): StoredResource {
  const subscriptionId = parseResourceId(scope).subscriptionId!;
  const now = new Date().toISOString();
  const properties: Record<string, unknown> = {
    roleDefinitionId: roleDefinitionId(
      subscriptionId,
      roleGuidOf(props.roleDefinitionId),
    ),
    principalId: props.principalId,
    principalType: props.principalType ?? 'ServicePrincipal',
    scope: normalizeScope(scope),
    createdOn: now,
    updatedOn: now,
  };
  if (props.description) properties.description = props.description;
  if (createdBy) {
    properties.createdBy = createdBy;
    properties.updatedBy = createdBy;
  }
  return ctx.store.put(
    `${normalizeScope(
      scope,
    )}/providers/Microsoft.Authorization/roleAssignments/${name}`,
    { properties },
  );
}

const render = (record: StoredResource) => ({
  id: record.id,
  name: record.id.split('/').pop(),
  type: TYPE,
  ...record.body,
});

function requireScope(ctx: EmulatorContext, scope: string) {
  const parsed = parseResourceId(scope);
  if (!parsed.subscriptionId)
    throw new ArmError(
      400,
      'InvalidScope',
      `The scope '${scope}' is not supported by the emulator; use a subscription, resource group or resource scope.`,
    );
  if (
    parsed.resourceGroup &&
    !ctx.store.get(
      `/subscriptions/${parsed.subscriptionId}/resourceGroups/${parsed.resourceGroup}`,
    )
  ) {
    throw new ArmError(
      404,
      'ResourceGroupNotFound',
      `Resource group '${parsed.resourceGroup}' could not be found.`,
    );
  }
  if (
    parsed.namespace &&
    EMULATED_NAMESPACES.includes(parsed.namespace.toLowerCase()) &&
    !ctx.store.get(scope)
  ) {
    throw new ArmError(
      404,
      'ResourceNotFound',
      `The Resource '${parsed.namespace}/${parsed.types.join(
        '/',
      )}/${parsed.names.join('/')}' under resource group '${
        parsed.resourceGroup
      }' was not found. For more details please go to https://aka.ms/ARMResourceNotFoundFix`,
    );
  }
}

function create(req: ArmRequest, ctx: EmulatorContext): ArmResponse {
  const body = jsonBody(req);
  checkShape(
    body,
    {
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
    },
    '',
  );
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
    if (!props[field]) {
      throw new ArmError(
        400,
        'InvalidRequestContent',
        `The request content was invalid and could not be deserialized: 'Required property '${field}' not found in JSON. Path 'properties'.'`,
        `properties.${field}`,
      );
    }
  }
  if (!isGuid(props.principalId))
    throw new ArmError(
      400,
      'InvalidPrincipalId',
      'A valid principal ID must be provided for role assignment.',
      'properties.principalId',
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
  const existing = ctx.store.get(
    `${normalizeScope(scope)}/providers/${TYPE}/${name}`,
  );
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
  const duplicate = ctx.store
    .list({ type: TYPE, subscriptionId: parseResourceId(scope).subscriptionId })
    .find(
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
      `The role assignment already exists. The ID of the existing role assignment is ${duplicate.id
        .split('/')
        .pop()!
        .replace(/-/g, '')}.`,
    );
  }
  const record = storeRoleAssignment(
    ctx,
    scope,
    name,
    props,
    req.principal?.objectId,
  );
  return { status: 201, body: render(record) };
}

function requireAssignment(
  req: ArmRequest,
  ctx: EmulatorContext,
): StoredResource | undefined {
  return ctx.store.get(
    `${normalizeScope(req.params.scope)}/providers/${TYPE}/${
      req.params.roleAssignmentName
    }`,
  );
}

function within(outer: string, inner: string): boolean {
  const o = outer.toLowerCase();
  const i = inner.toLowerCase();
  return i === o || i.startsWith(`${o}/`);
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
  const principal = /(?:principalId\s+eq\s+|assignedTo\()'([^']+)'/i.exec(
    filter,
  )?.[1];
  const records = ctx.store
    .list({ type: TYPE, subscriptionId: parseResourceId(scope).subscriptionId })
    .filter(r => {
      const assigned = r.body.properties.scope;
      const inScope =
        within(assigned, scope) || (!atScope && within(scope, assigned));
      return (
        inScope && (!principal || r.body.properties.principalId === principal)
      );
    });
  return ok(paginate(req, records.map(render), ctx.settings.pageSize));
}

const ASSIGNMENTS = `providers/${TYPE.split('/')[0]}/roleAssignments`;
const route = routeBuilder(
  AUTHORIZATION_API_VERSIONS,
  'Microsoft.Authorization/roleAssignments',
);

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
  route(
    'PUT',
    `{*scope}/${ASSIGNMENTS}/{roleAssignmentName}`,
    'RoleAssignments_Create',
    'write',
    create,
  ),
  route(
    'GET',
    `{*scope}/${ASSIGNMENTS}/{roleAssignmentName}`,
    'RoleAssignments_Get',
    'read',
    (req, ctx) => {
      const record = requireAssignment(req, ctx);
      if (!record)
        throw new ArmError(
          404,
          'RoleAssignmentNotFound',
          `The role assignment '${req.params.roleAssignmentName}' is not found.`,
        );
      return ok(render(record));
    },
  ),
  route(
    'DELETE',
    `{*scope}/${ASSIGNMENTS}/{roleAssignmentName}`,
    'RoleAssignments_Delete',
    'delete',
    (req, ctx) => {
      const record = requireAssignment(req, ctx);
      if (!record) return { status: 204 };
      ctx.store.delete(record.id);
      return ok(render(record));
    },
  ),
];
