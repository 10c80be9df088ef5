import { ArmError, invalidParameter } from '../../errors/armError';
import { ok, type ArmRequest, type ArmResponse } from '../armRequest';
import type { EmulatorContext } from '../../emulatorContext';
import type { StoredResource } from '../../persistence/resourceStore';
import { listRoutes, type Route, routeBuilder } from '../arm/route';
import { paginate } from '../arm/pagination';
import { parseBody } from '../arm/bodyShape';
import { requireLocation } from '../arm/location';
import {
  requestResourceId,
  requireRequestGroup,
  requireResource,
  resourcesInScope,
} from '../arm/resourceLookup';
import { lroHeaders } from '../operations/lroHeaders';
import {
  startProvisioning,
  startResourceOperation,
} from '../operations/resourceOperation';
import { nameOf } from '../../util/ids';
import {
  ACR_API_VERSIONS,
  ACR_NAMESPACE,
  newRegistryBody,
  REGISTRY_TYPE,
  renderRegistry,
} from './registryModel';

const SKUS = ['Basic', 'Standard', 'Premium'];
const NAME_PATTERN = /^[a-zA-Z0-9]{5,50}$/;
const INVALID_NAME =
  'Registry name must be 5-50 characters long and contain only alpha numeric characters.';

function nameTaken(
  ctx: EmulatorContext,
  name: string,
): StoredResource | undefined {
  return ctx.store
    .list({ type: REGISTRY_TYPE })
    .find(r => nameOf(r.id).toLowerCase() === name.toLowerCase());
}

function checkNameAvailability(
  req: ArmRequest,
  ctx: EmulatorContext,
): ArmResponse {
  const body = parseBody(req, { fields: { name: 'string', type: 'string' } });
  if (!body.name || body.type !== REGISTRY_TYPE) {
    throw invalidParameter(
      `The request must name a registry and have type '${REGISTRY_TYPE}'.`,
      body.name ? 'type' : 'name',
    );
  }
  if (!NAME_PATTERN.test(body.name)) {
    return ok({
      nameAvailable: false,
      reason: 'Invalid',
      message: INVALID_NAME,
    });
  }
  if (nameTaken(ctx, body.name)) {
    return ok({
      nameAvailable: false,
      reason: 'AlreadyExists',
      message: `The registry ${body.name} is already in use.`,
    });
  }
  return ok({ nameAvailable: true });
}

const registryId = (req: ArmRequest) =>
  requestResourceId(req, REGISTRY_TYPE, 'registryName');

function checkRegistryBody(name: string, body: Record<string, any>) {
  if (!NAME_PATTERN.test(name)) {
    throw new ArmError(400, 'InvalidParameter', INVALID_NAME, 'registryName');
  }
  requireLocation(body);
  if (!body.sku?.name)
    throw new ArmError(
      400,
      'InvalidRequestContent',
      "The request content was invalid and could not be deserialized: 'Required property 'sku' not found in JSON.'",
      'sku',
    );
  if (!SKUS.includes(body.sku.name))
    throw invalidParameter(
      `The SKU '${body.sku.name}' is invalid. Allowed values: ${SKUS.join(
        ', ',
      )}.`,
      'sku.name',
    );
}

function create(req: ArmRequest, ctx: EmulatorContext): ArmResponse {
  const body = parseBody(req, {
    fields: {
      location: 'string',
      tags: { map: 'string' },
      sku: { fields: { name: 'string' } },
      properties: { fields: { adminUserEnabled: 'boolean' } },
    },
  });
  const name = req.params.registryName;
  checkRegistryBody(name, body);
  requireRequestGroup(req, ctx);
  const id = registryId(req);
  const existing = ctx.store.get(id);
  const owner = nameTaken(ctx, name);
  if (owner && owner.id.toLowerCase() !== id.toLowerCase()) {
    throw new ArmError(
      409,
      'AlreadyInUse',
      `The registry DNS name ${name.toLowerCase()}.azurecr.io is already in use. You can check if the name is already claimed using following API: https://docs.microsoft.com/en-us/rest/api/containerregistry/registries/checknameavailability`,
    );
  }
  if (existing) {
    const updated = newRegistryBody(name, body, 'Succeeded');
    updated.properties.creationDate = existing.body.properties.creationDate;
    existing.body = updated;
    return ok(renderRegistry(existing));
  }
  const record = ctx.store.put(id, newRegistryBody(name, body, 'Creating'));
  const op = startProvisioning(ctx, record, ACR_NAMESPACE, 'Registries_Create');
  return {
    status: 201,
    body: renderRegistry(record),
    headers: lroHeaders(req, ctx, op, { asyncOperation: true }),
  };
}

function remove(req: ArmRequest, ctx: EmulatorContext): ArmResponse {
  requireRequestGroup(req, ctx);
  const record = ctx.store.get(registryId(req));
  if (!record) return { status: 204 };
  record.body.properties.provisioningState = 'Deleting';
  const op = startResourceOperation(ctx, record, {
    namespace: ACR_NAMESPACE,
    operation: 'Registries_Delete',
    onSucceeded: () => ctx.store.delete(record.id),
    onFailed: () => (record.body.properties.provisioningState = 'Failed'),
  });
  return { status: 202, headers: lroHeaders(req, ctx, op, { location: true }) };
}

function list(req: ArmRequest, ctx: EmulatorContext): ArmResponse {
  const registries = resourcesInScope(req, ctx, REGISTRY_TYPE);
  return ok(
    paginate(req, registries.map(renderRegistry), ctx.settings.pageSize),
  );
}

const SUB = '/subscriptions/{subscriptionId}';
const REGISTRY = `${SUB}/resourceGroups/{resourceGroupName}/providers/${REGISTRY_TYPE}/{registryName}`;
const route = routeBuilder(ACR_API_VERSIONS, ACR_NAMESPACE);

/** Microsoft.ContainerRegistry registries operations. */
export const registryRoutes: Route[] = [
  route(
    'POST',
    `${SUB}/providers/${ACR_NAMESPACE}/checkNameAvailability`,
    'Registries_CheckNameAvailability',
    'checkNameAvailability/read',
    checkNameAvailability,
  ),
  ...listRoutes(route, REGISTRY_TYPE, 'Registries', 'registries/read', list),
  route('GET', REGISTRY, 'Registries_Get', 'registries/read', (req, ctx) =>
    ok(
      renderRegistry(requireResource(req, ctx, REGISTRY_TYPE, 'registryName')),
    ),
  ),
  route('PUT', REGISTRY, 'Registries_Create', 'registries/write', create),
  route('DELETE', REGISTRY, 'Registries_Delete', 'registries/delete', remove),
];
