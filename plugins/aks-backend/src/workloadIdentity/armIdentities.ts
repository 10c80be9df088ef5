import type { FederatedIdentityCredential, Identity } from '@azure/arm-msi';
import {
  builtInRoleName,
  IdentityRoleAssignment,
  parseArmResourceId,
} from '@aks-backstage/plugin-aks-common';
import { present, text } from '../clusters/armMapping';

/*
 * User-assigned identities, their federated credentials and role
 * assignments as ARM returns them. Every read takes absent, null and
 * unknown values, and nothing here throws.
 */

/** The tag our scaffolder action puts on the identities it creates: the cluster's ARM id. */
export const CLUSTER_TAG = 'aks-cluster-id';

/** A federated identity credential, as it is cached. */
export interface ReadCredential {
  name: string;
  issuer: string;
  subject: string;
  audiences: string[];
}

/** A user-assigned identity with its federated credentials, as it is cached. */
export interface ReadIdentity {
  id: string;
  name: string;
  resourceGroup: string;
  location?: string;
  clientId?: string;
  principalId?: string;
  /** Its `aks-cluster-id` tag (the tag name in any case), lower case. */
  clusterTag?: string;
  credentials: ReadCredential[];
}

function resourceGroupOf(id: string): string {
  try {
    return parseArmResourceId(id).resourceGroup ?? '';
  } catch {
    return '';
  }
}

function clusterTagOf(tags: unknown): string | undefined {
  if (!tags || typeof tags !== 'object') return undefined;
  const value = Object.entries(tags).find(
    ([key]) => key.toLowerCase() === CLUSTER_TAG,
  )?.[1];
  return text(value)?.toLowerCase();
}

/** An identity the subscription lists; undefined without an id to read its credentials by. */
export function toReadIdentity(
  identity: Identity,
): Omit<ReadIdentity, 'credentials'> | undefined {
  const id = text(identity?.id);
  const resourceGroup = id && resourceGroupOf(id);
  if (!id || !resourceGroup) return undefined;
  return {
    id,
    name: text(identity.name) ?? id.split('/').pop()!,
    resourceGroup,
    location: text(identity.location),
    clientId: text(identity.clientId),
    principalId: text(identity.principalId),
    clusterTag: clusterTagOf(identity.tags),
  };
}

/** A federated credential; undefined without an issuer and a subject, which say whom it trusts. */
export function toReadCredential(
  credential: FederatedIdentityCredential,
): ReadCredential | undefined {
  const issuer = text(credential?.issuer);
  const subject = text(credential?.subject);
  if (!issuer || !subject) return undefined;
  return {
    name: text(credential.name) ?? '',
    issuer,
    subject,
    audiences: present(credential.audiences).filter(
      (a): a is string => typeof a === 'string',
    ),
  };
}

const ASSIGNMENT_SUFFIX =
  /\/providers\/Microsoft\.Authorization\/roleAssignments\/[^/]+$/i;

/** The fields of an `@azure/arm-authorization` RoleAssignment that are read. */
interface ArmRoleAssignment {
  id?: string;
  roleDefinitionId?: string;
  scope?: string;
}

/** A role assignment; undefined without its id and role. */
export function toRoleAssignment(
  assignment: ArmRoleAssignment | null | undefined,
): IdentityRoleAssignment | undefined {
  const id = text(assignment?.id);
  const roleDefinitionId = text(assignment?.roleDefinitionId);
  if (!id || !roleDefinitionId) return undefined;
  return {
    id,
    roleDefinitionId,
    roleName: builtInRoleName(roleDefinitionId),
    scope: text(assignment?.scope) ?? id.replace(ASSIGNMENT_SUFFIX, ''),
  };
}
