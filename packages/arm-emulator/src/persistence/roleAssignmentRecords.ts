import type { ResourceStore, StoredResource } from './resourceStore';
import { parseResourceId, roleDefinitionId, roleGuidOf } from '../util/ids';

export const ROLE_ASSIGNMENT_TYPE = 'Microsoft.Authorization/roleAssignments';

/** A scope as role assignments keep it: without trailing slashes. */
export const normalizeScope = (scope: string) => scope.replace(/\/+$/, '');

export function roleAssignmentId(scope: string, name: string): string {
  return `${normalizeScope(scope)}/providers/${ROLE_ASSIGNMENT_TYPE}/${name}`;
}

/** Stores a role assignment as ARM keeps it; used by the API, by principal registration and by seeds. */
export function storeRoleAssignment(
  store: ResourceStore,
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
  return store.put(roleAssignmentId(scope, name), { properties });
}

/** The role assignments at any scope of one subscription. */
export function roleAssignmentsIn(
  store: ResourceStore,
  subscriptionId: string,
): StoredResource[] {
  return store.list({ type: ROLE_ASSIGNMENT_TYPE, subscriptionId });
}
