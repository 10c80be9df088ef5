import { ArmError, badRequest } from '../../errors/armError';
import { ok, type ArmRequest, type ArmResponse } from '../armRequest';
import type { EmulatorContext } from '../../emulatorContext';
import type { StoredResource } from '../../persistence/resourceStore';
import { type Route, routeBuilder } from '../arm/route';
import { paginate } from '../arm/pagination';
import { requireResource } from '../arm/resourceLookup';
import { nameOf } from '../../util/ids';
import {
  CREDENTIAL_TYPE,
  IDENTITY_TYPE,
  MSI_API_VERSIONS,
  renderCredential,
} from './identityModel';
import { checkCredentialName, parseCredentialBody } from './validateCredential';

/** Entra's limit of federated credentials on one user-assigned identity. */
export const MAX_CREDENTIALS_PER_IDENTITY = 20;

const identityOf = (req: ArmRequest, ctx: EmulatorContext) =>
  requireResource(req, ctx, IDENTITY_TYPE, 'resourceName');

const credentialsOf = (ctx: EmulatorContext, identity: StoredResource) =>
  ctx.store.childrenOf(identity.id, CREDENTIAL_TYPE);

const credentialId = (identity: StoredResource, name: string) =>
  `${identity.id}/federatedIdentityCredentials/${name}`;

function requireCredential(
  req: ArmRequest,
  ctx: EmulatorContext,
): StoredResource {
  const identity = identityOf(req, ctx);
  const name = req.params.federatedIdentityCredentialResourceName;
  const record = ctx.store.get(credentialId(identity, name));
  if (!record) {
    throw new ArmError(
      404,
      'ResourceNotFound',
      `The Resource '${IDENTITY_TYPE}/${nameOf(
        identity.id,
      )}/federatedIdentityCredentials/${name}' under resource group '${
        req.params.resourceGroupName
      }' was not found. For more details please go to https://aka.ms/ARMResourceNotFoundFix`,
    );
  }
  return record;
}

function createOrUpdate(req: ArmRequest, ctx: EmulatorContext): ArmResponse {
  const name = req.params.federatedIdentityCredentialResourceName;
  checkCredentialName(name);
  const properties = parseCredentialBody(req);
  const identity = identityOf(req, ctx);
  const id = credentialId(identity, name);
  const others = credentialsOf(ctx, identity).filter(
    c => c.id.toLowerCase() !== id.toLowerCase(),
  );
  const twin = others.find(
    c =>
      c.body.properties.issuer === properties.issuer &&
      c.body.properties.subject === properties.subject,
  );
  if (twin) {
    throw new ArmError(
      409,
      'FederatedIdentityCredentialAlreadyExists',
      `The federated identity credential '${nameOf(
        twin.id,
      )}' of the managed identity '${nameOf(
        identity.id,
      )}' already has this issuer and subject; the combination of issuer and subject must be unique on the identity.`,
    );
  }
  const existing = ctx.store.get(id);
  if (!existing && others.length >= MAX_CREDENTIALS_PER_IDENTITY) {
    throw new ArmError(
      409,
      'FederatedIdentityCredentialsLimitExceeded',
      `The managed identity '${nameOf(
        identity.id,
      )}' already has ${MAX_CREDENTIALS_PER_IDENTITY} federated identity credentials, the most a user-assigned managed identity can have.`,
    );
  }
  const record = ctx.store.put(existing?.id ?? id, { properties });
  return { status: existing ? 200 : 201, body: renderCredential(record) };
}

/** `$top`, an integer of at least 1, is the size of each page. */
function pageSize(req: ArmRequest, ctx: EmulatorContext): number {
  const top = req.query.get('$top');
  if (top === null) return ctx.settings.pageSize;
  const size = Number(top);
  if (!/^\d+$/.test(top) || size < 1)
    throw badRequest(
      'InvalidQueryParameterValue',
      `The value '${top}' of the query parameter '$top' is invalid: it must be an integer of at least 1.`,
      '$top',
    );
  return size;
}

function list(req: ArmRequest, ctx: EmulatorContext): ArmResponse {
  const size = pageSize(req, ctx);
  const credentials = credentialsOf(ctx, identityOf(req, ctx));
  return ok(paginate(req, credentials.map(renderCredential), size));
}

function remove(req: ArmRequest, ctx: EmulatorContext): ArmResponse {
  const identity = identityOf(req, ctx);
  const id = credentialId(
    identity,
    req.params.federatedIdentityCredentialResourceName,
  );
  return { status: ctx.store.delete(id) ? 200 : 204 };
}

const CREDENTIALS = `/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/${IDENTITY_TYPE}/{resourceName}/federatedIdentityCredentials`;
const CREDENTIAL = `${CREDENTIALS}/{federatedIdentityCredentialResourceName}`;
const route = routeBuilder(
  MSI_API_VERSIONS,
  `${IDENTITY_TYPE}/federatedIdentityCredentials`,
);

/** Microsoft.ManagedIdentity federatedIdentityCredentials of a user-assigned identity (none is long-running). */
export const federatedIdentityCredentialRoutes: Route[] = [
  route('GET', CREDENTIALS, 'FederatedIdentityCredentials_List', 'read', list),
  route(
    'GET',
    CREDENTIAL,
    'FederatedIdentityCredentials_Get',
    'read',
    (req, ctx) => ok(renderCredential(requireCredential(req, ctx))),
  ),
  route(
    'PUT',
    CREDENTIAL,
    'FederatedIdentityCredentials_CreateOrUpdate',
    'write',
    createOrUpdate,
  ),
  route(
    'DELETE',
    CREDENTIAL,
    'FederatedIdentityCredentials_Delete',
    'delete',
    remove,
  ),
];
