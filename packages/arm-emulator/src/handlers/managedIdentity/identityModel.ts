import type { EmulatorContext } from '../../emulatorContext';
import type { StoredResource } from '../../persistence/resourceStore';
import { nameOf } from '../../util/ids';
import { deepClone } from '../../util/random';
import { normalizeLocation } from '../arm/location';
import { renderResource } from '../arm/renderResource';
import { identityIds } from '../containerService/clusterIdentities';

export const MSI_NAMESPACE = 'Microsoft.ManagedIdentity';
/** What @azure/arm-msi 2.2.0 sends, and the newest stable version. */
export const MSI_API_VERSIONS = ['2024-11-30', '2026-05-31'] as const;
export const IDENTITY_TYPE = 'Microsoft.ManagedIdentity/userAssignedIdentities';
export const CREDENTIAL_TYPE =
  'Microsoft.ManagedIdentity/userAssignedIdentities/federatedIdentityCredentials';

/** Whether an api-version has `assignmentRestrictions` (2026-05-31 added them). */
export const hasAssignmentRestrictions = (apiVersion: string | null) =>
  (apiVersion ?? '') >= '2026-05-31';

/** The writable properties of an identity, as a PUT or PATCH sends them. */
export interface IdentityInput {
  location: string;
  tags?: Record<string, string>;
  isolationScope?: string;
  assignmentRestrictions?: { providers?: string[] };
}

/**
 * Stores a new identity with the ids Entra gives it (derived from its id for
 * seeds, new ones otherwise) and registers its service principal.
 */
export function storeNewIdentity(
  ctx: EmulatorContext,
  id: string,
  input: IdentityInput,
  deterministic: boolean,
): StoredResource {
  const ids = identityIds(id.toLowerCase(), deterministic);
  const record = ctx.store.put(id, {
    location: normalizeLocation(input.location),
    ...(input.tags ? { tags: input.tags } : {}),
    properties: {
      tenantId: ctx.tenantId,
      principalId: ids.principalId,
      clientId: ids.clientId,
      isolationScope: input.isolationScope ?? 'None',
      ...(input.assignmentRestrictions
        ? { assignmentRestrictions: input.assignmentRestrictions }
        : {}),
    },
  });
  ctx.principals.addManagedIdentity({
    clientId: ids.clientId,
    objectId: ids.principalId,
    displayName: nameOf(id),
    resourceId: id,
  });
  return record;
}

/** Deletes an identity with its federated credentials, and its service principal. */
export function deleteIdentity(ctx: EmulatorContext, record: StoredResource) {
  ctx.store.delete(record.id);
  ctx.principals.removeManagedIdentity(record.body.properties.clientId);
}

/** An identity as the api-version of the request describes it. */
export function renderIdentity(
  record: StoredResource,
  apiVersion: string | null,
): Record<string, any> {
  const body = deepClone(record.body);
  if (!hasAssignmentRestrictions(apiVersion))
    delete body.properties.assignmentRestrictions;
  return renderResource(record, IDENTITY_TYPE, body);
}

export const renderCredential = (record: StoredResource) =>
  renderResource(record, CREDENTIAL_TYPE, deepClone(record.body));
