import { createHash } from 'node:crypto';
import type { RoleAssignment } from '@azure/arm-authorization';
import { AZURE_BUILT_IN_ROLES } from '@aks-backstage/plugin-aks-common';
import {
  AksSubscriptionConfig,
  AzureClients,
  toBackstageError,
} from '@aks-backstage/plugin-aks-node';
import { azure, statusOf } from './azure';

/**
 * A GUID derived from its parts (SHA-1, as a version-5 UUID), so that the
 * same grant always gets the same role assignment name.
 */
export function nameBasedGuid(...parts: string[]): string {
  const hash = createHash('sha1').update(parts.join('\n')).digest();
  hash[6] = (hash[6] & 0x0f) | 0x50;
  hash[8] = (hash[8] & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(
    12,
    16,
  )}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * The built-in roles the actions grant by name: narrow ones, fit for one
 * workload (Contributor and other broad roles only by role definition id).
 */
export const BUILT_IN_ROLES = {
  AcrPull: AZURE_BUILT_IN_ROLES.AcrPull,
  Reader: AZURE_BUILT_IN_ROLES.Reader,
  'Storage Blob Data Reader': AZURE_BUILT_IN_ROLES['Storage Blob Data Reader'],
  'Key Vault Secrets User': AZURE_BUILT_IN_ROLES['Key Vault Secrets User'],
} as const;

/** A role for a service principal (a managed identity) on a scope. */
export interface RoleGrant {
  /** The ARM scope, as Azure spells it. */
  scope: string;
  /** The subscription whose credentials read and write the scope's role assignments. */
  subscription: AksSubscriptionConfig;
  principalId: string;
  /** The role definition's GUID. */
  roleGuid: string;
  /** The role definition's ARM id; `roleGuid` in the scope's subscription unless given. */
  roleDefinitionId?: string;
  description: string;
}

function roleDefinitionIdOf(grant: RoleGrant): string {
  return (
    grant.roleDefinitionId ??
    `/subscriptions/${grant.subscription.subscriptionId}/providers/Microsoft.Authorization/roleDefinitions/${grant.roleGuid}`
  );
}

/** The name the grant's role assignment gets: derived from scope, principal and role, so a re-run finds it. */
export function roleAssignmentIdOf(grant: RoleGrant): {
  name: string;
  id: string;
} {
  const name = nameBasedGuid(
    grant.scope.toLowerCase(),
    grant.principalId,
    grant.roleGuid,
  );
  return {
    name,
    id: `${grant.scope}/providers/Microsoft.Authorization/roleAssignments/${name}`,
  };
}

/** Whether an assignment on `assigned` applies to `scope`: the scope itself or one above it. */
function covers(assigned: string | undefined, scope: string): boolean {
  const outer = assigned?.toLowerCase().replace(/\/$/, '');
  const inner = scope.toLowerCase();
  return (
    outer !== undefined && (inner === outer || inner.startsWith(`${outer}/`))
  );
}

/** A role assignment that grants the role on the scope, or above it, under whatever name. */
export async function findRoleAssignment(
  clients: AzureClients,
  grant: RoleGrant,
): Promise<RoleAssignment | undefined> {
  const assignments = clients.authorization(
    grant.subscription.subscriptionId,
  ).roleAssignments;
  const suffix = `/${grant.roleGuid.toLowerCase()}`;
  return azure(grant.subscription, async () => {
    for await (const assignment of assignments.listForScope(grant.scope, {
      ...clients.requestOptions(),
      filter: `principalId eq '${grant.principalId}'`,
    })) {
      if (
        assignment.roleDefinitionId?.toLowerCase().endsWith(suffix) &&
        covers(assignment.scope, grant.scope)
      )
        return assignment;
    }
    return undefined;
  });
}

/**
 * Creates the grant's role assignment under its derived name; a grant made
 * meanwhile under another name (Azure answers 409) is kept.
 */
export async function createRoleAssignment(
  clients: AzureClients,
  grant: RoleGrant,
  signal?: AbortSignal,
): Promise<RoleAssignment> {
  const { name } = roleAssignmentIdOf(grant);
  try {
    return await clients
      .authorization(grant.subscription.subscriptionId)
      .roleAssignments.create(
        grant.scope,
        name,
        {
          roleDefinitionId: roleDefinitionIdOf(grant),
          principalId: grant.principalId,
          // Spares a new identity's principal Entra's replication delay.
          principalType: 'ServicePrincipal',
          description: grant.description,
        },
        { ...clients.requestOptions(), abortSignal: signal },
      );
  } catch (error) {
    if (statusOf(error) === 409) {
      const granted = await findRoleAssignment(clients, grant);
      if (granted) return granted;
    }
    throw toBackstageError(error, grant.subscription);
  }
}
