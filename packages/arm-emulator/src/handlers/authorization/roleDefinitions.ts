import { ArmError, badRequest } from '../../errors/armError';
import { ok, type ArmRequest, type ArmResponse } from '../armRequest';
import type { EmulatorContext } from '../../emulatorContext';
import { type Route, routeBuilder } from '../arm/route';
import { paginate } from '../arm/pagination';
import { BUILT_IN_ROLES } from '../../authentication/roleDefinitions';
import { ROLE_DEFINITION_TEXTS } from '../../authentication/builtInRoleDefinitions';
import { parseResourceId } from '../../util/ids';
import { requireScope } from './roleAssignmentScope';
import { ROLE_DEFINITION_API_VERSIONS } from './authorizationApiVersions';

const DEFINITIONS = 'providers/Microsoft.Authorization/roleDefinitions';

/** Built-in role definitions are the same everywhere; their ids name the subscription they are read in. */
function definitionId(scope: string, guid: string): string {
  const subscriptionId = parseResourceId(scope).subscriptionId;
  return `/subscriptions/${subscriptionId}/${DEFINITIONS}/${guid}`;
}

function renderDefinition(scope: string, guid: string) {
  const text = ROLE_DEFINITION_TEXTS[guid];
  const permission = {
    actions: text?.actions ?? [],
    notActions: text?.notActions ?? [],
    dataActions: text?.dataActions ?? [],
    notDataActions: text?.notDataActions ?? [],
  };
  return {
    id: definitionId(scope, guid),
    type: 'Microsoft.Authorization/roleDefinitions',
    name: guid,
    properties: {
      roleName: BUILT_IN_ROLES[guid].name,
      type: text?.type ?? 'BuiltInRole',
      description: text?.description ?? '',
      assignableScopes: ['/'],
      permissions: [permission],
    },
  };
}

/** `$filter` as the spec's RoleDefinitionFilter has it: `roleName eq '…'`, `type eq '…'`, and `atScopeAndBelow()`. */
function definitionFilter(filter: string | null) {
  const conditions: Array<(guid: string) => boolean> = [];
  const terms = (filter ?? '')
    .split(/\s+and\s+/i)
    .map(t => t.trim())
    .filter(Boolean);
  for (const term of terms) {
    if (/^atScopeAndBelow\(\)$/i.test(term)) continue;
    const match = /^(roleName|type)\s+eq\s+'((?:[^']|'')*)'$/i.exec(term);
    if (!match)
      throw badRequest(
        'InvalidFilterInQueryString',
        `Invalid $filter '${filter}': use roleName eq '{name}', type eq '{type}' or atScopeAndBelow().`,
        '$filter',
      );
    const value = match[2].replace(/''/g, "'").toLowerCase();
    conditions.push(
      match[1].toLowerCase() === 'rolename'
        ? guid => BUILT_IN_ROLES[guid].name.toLowerCase() === value
        : guid =>
            (
              ROLE_DEFINITION_TEXTS[guid]?.type ?? 'BuiltInRole'
            ).toLowerCase() === value,
    );
  }
  return (guid: string) => conditions.every(c => c(guid));
}

function listDefinitions(req: ArmRequest, ctx: EmulatorContext): ArmResponse {
  const scope = req.params.scope;
  requireScope(ctx, scope);
  const matches = definitionFilter(req.query.get('$filter'));
  const definitions = Object.keys(BUILT_IN_ROLES)
    .filter(matches)
    .map(guid => renderDefinition(scope, guid));
  return ok(paginate(req, definitions, ctx.settings.pageSize));
}

function getDefinition(req: ArmRequest, ctx: EmulatorContext): ArmResponse {
  const scope = req.params.scope;
  requireScope(ctx, scope);
  const guid = req.params.roleDefinitionId.toLowerCase();
  if (!BUILT_IN_ROLES[guid])
    throw new ArmError(
      404,
      'RoleDefinitionDoesNotExist',
      `The specified role definition with ID '${req.params.roleDefinitionId}' does not exist.`,
    );
  return ok(renderDefinition(scope, guid));
}

const route = routeBuilder(
  ROLE_DEFINITION_API_VERSIONS,
  'Microsoft.Authorization/roleDefinitions',
);

/**
 * Role definitions, read-only: the built-in roles the emulator knows, at any
 * scope of a subscription (the Azure CLI finds AcrPull and Network
 * Contributor by name). `RoleDefinitions_GetById`, the GET of a definition's
 * own id, is `RoleDefinitions_Get` at its subscription.
 */
export const roleDefinitionRoutes: Route[] = [
  route(
    'GET',
    `{*scope}/${DEFINITIONS}`,
    'RoleDefinitions_List',
    'read',
    listDefinitions,
  ),
  route(
    'GET',
    `{*scope}/${DEFINITIONS}/{roleDefinitionId}`,
    'RoleDefinitions_Get',
    'read',
    getDefinition,
  ),
];
