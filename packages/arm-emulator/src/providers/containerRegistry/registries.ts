import { ArmError, invalidParameter } from '../../http/armError';
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
import { lroHeaders } from '../../lro/lroHeaders';
import { deepClone } from '../../util/random';
import {
  requireResource,
  requireResourceGroup,
} from '../../arm/requireResource';

const NAMESPACE = 'Microsoft.ContainerRegistry';
export const ACR_API_VERSIONS = ['2025-11-01'];
const TYPE = 'Microsoft.ContainerRegistry/registries';
const SKUS = ['Basic', 'Standard', 'Premium'];
const NAME_PATTERN = /^[a-zA-Z0-9]{5,50}$/;

/** The properties ACR returns for a registry it created. */
export function newRegistryBody(
  name: string,
  input: Record<string, any>,
  provisioningState: string,
): Record<string, any> {
  const properties = input.properties ?? {};
  const now = new Date().toISOString();
  const policies = {
    quarantinePolicy: { status: 'disabled' },
    trustPolicy: { type: 'Notary', status: 'disabled' },
    retentionPolicy: { days: 7, status: 'disabled' },
    exportPolicy: { status: 'enabled' },
    azureADAuthenticationAsArmPolicy: { status: 'enabled' },
    ...properties.policies,
  };
  policies.retentionPolicy = {
    ...policies.retentionPolicy,
    lastUpdatedTime: now,
  };
  return {
    location: input.location.toLowerCase().replace(/\s/g, ''),
    ...(input.tags ? { tags: input.tags } : {}),
    sku: { name: input.sku.name, tier: input.sku.name },
    ...(input.identity ? { identity: input.identity } : {}),
    properties: {
      loginServer: `${name.toLowerCase()}.azurecr.io`,
      creationDate: now,
      provisioningState,
      adminUserEnabled: properties.adminUserEnabled ?? false,
      networkRuleSet: properties.networkRuleSet ?? {
        defaultAction: 'Allow',
        ipRules: [],
      },
      policies,
      encryption: properties.encryption ?? { status: 'disabled' },
      dataEndpointEnabled: properties.dataEndpointEnabled ?? false,
      dataEndpointHostNames: [],
      privateEndpointConnections: [],
      publicNetworkAccess: properties.publicNetworkAccess ?? 'Enabled',
      networkRuleBypassOptions:
        properties.networkRuleBypassOptions ?? 'AzureServices',
      networkRuleBypassAllowedForTasks: false,
      zoneRedundancy: properties.zoneRedundancy ?? 'Disabled',
      anonymousPullEnabled: properties.anonymousPullEnabled ?? false,
      roleAssignmentMode:
        properties.roleAssignmentMode ?? 'LegacyRegistryPermissions',
    },
  };
}

const render = (record: StoredResource) => ({
  id: record.id,
  name: record.id.split('/').pop(),
  type: TYPE,
  ...deepClone(record.body),
});

function nameTaken(
  ctx: EmulatorContext,
  name: string,
): StoredResource | undefined {
  return ctx.store
    .list({ type: TYPE })
    .find(r => r.id.split('/').pop()!.toLowerCase() === name.toLowerCase());
}

function checkNameAvailability(
  req: ArmRequest,
  ctx: EmulatorContext,
): ArmResponse {
  const body = jsonBody(req);
  checkShape(body, { fields: { name: 'string', type: 'string' } }, '');
  if (!body.name || body.type !== TYPE) {
    throw invalidParameter(
      `The request must name a registry and have type '${TYPE}'.`,
      body.name ? 'type' : 'name',
    );
  }
  if (!NAME_PATTERN.test(body.name)) {
    return ok({
      nameAvailable: false,
      reason: 'Invalid',
      message:
        'Registry name must be 5-50 characters long and contain only alpha numeric characters.',
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

function registryId(req: ArmRequest) {
  const { subscriptionId, resourceGroupName, registryName } = req.params;
  return `/subscriptions/${subscriptionId}/resourceGroups/${resourceGroupName}/providers/${TYPE}/${registryName}`;
}

function requireRegistry(
  req: ArmRequest,
  ctx: EmulatorContext,
): StoredResource {
  return requireResource(req, ctx, {
    id: registryId(req),
    type: TYPE,
    name: req.params.registryName,
  });
}

function create(req: ArmRequest, ctx: EmulatorContext): ArmResponse {
  const body = jsonBody(req);
  checkShape(
    body,
    {
      fields: {
        location: 'string',
        tags: { map: 'string' },
        sku: { fields: { name: 'string' } },
        properties: { fields: { adminUserEnabled: 'boolean' } },
      },
    },
    '',
  );
  const name = req.params.registryName;
  if (!NAME_PATTERN.test(name)) {
    throw new ArmError(
      400,
      'InvalidParameter',
      'Registry name must be 5-50 characters long and contain only alpha numeric characters.',
      'registryName',
    );
  }
  if (!body.location)
    throw new ArmError(
      400,
      'LocationRequired',
      'The location property is required for this definition.',
      'location',
    );
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
  requireResourceGroup(
    ctx,
    req.params.subscriptionId,
    req.params.resourceGroupName,
  );
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
    return ok(render(existing));
  }
  const record = ctx.store.put(id, newRegistryBody(name, body, 'Creating'));
  const op = ctx.operations.start({
    subscriptionId: record.subscriptionId,
    namespace: NAMESPACE,
    location: record.body.location,
    resourceId: id,
    operation: 'Registries_Create',
    durationMs: ctx.settings.lroDurationMs,
    onSucceeded: () => (record.body.properties.provisioningState = 'Succeeded'),
    onFailed: () => (record.body.properties.provisioningState = 'Failed'),
  });
  return {
    status: 201,
    body: render(record),
    headers: lroHeaders(req, ctx, op, { asyncOperation: true }),
  };
}

function remove(req: ArmRequest, ctx: EmulatorContext): ArmResponse {
  requireResourceGroup(
    ctx,
    req.params.subscriptionId,
    req.params.resourceGroupName,
  );
  const record = ctx.store.get(registryId(req));
  if (!record) return { status: 204 };
  record.body.properties.provisioningState = 'Deleting';
  const op = ctx.operations.start({
    subscriptionId: record.subscriptionId,
    namespace: NAMESPACE,
    location: record.body.location,
    resourceId: record.id,
    operation: 'Registries_Delete',
    durationMs: ctx.settings.lroDurationMs,
    onSucceeded: () => ctx.store.delete(record.id),
    onFailed: () => (record.body.properties.provisioningState = 'Failed'),
  });
  return { status: 202, headers: lroHeaders(req, ctx, op, { location: true }) };
}

function list(req: ArmRequest, ctx: EmulatorContext): ArmResponse {
  const { subscriptionId, resourceGroupName } = req.params;
  if (resourceGroupName)
    requireResourceGroup(ctx, subscriptionId, resourceGroupName);
  return ok(
    paginate(
      req,
      ctx.store
        .list({ type: TYPE, subscriptionId, resourceGroup: resourceGroupName })
        .map(render),
      ctx.settings.pageSize,
    ),
  );
}

const SUB = '/subscriptions/{subscriptionId}';
const REGISTRY = `${SUB}/resourceGroups/{resourceGroupName}/providers/${TYPE}/{registryName}`;
const route = routeBuilder(ACR_API_VERSIONS, NAMESPACE);

/** Microsoft.ContainerRegistry registries operations. */
export const registryRoutes: Route[] = [
  route(
    'POST',
    `${SUB}/providers/${NAMESPACE}/checkNameAvailability`,
    'Registries_CheckNameAvailability',
    'checkNameAvailability/read',
    checkNameAvailability,
  ),
  route(
    'GET',
    `${SUB}/providers/${TYPE}`,
    'Registries_List',
    'registries/read',
    list,
  ),
  route(
    'GET',
    `${SUB}/resourceGroups/{resourceGroupName}/providers/${TYPE}`,
    'Registries_ListByResourceGroup',
    'registries/read',
    list,
  ),
  route('GET', REGISTRY, 'Registries_Get', 'registries/read', (req, ctx) =>
    ok(render(requireRegistry(req, ctx))),
  ),
  route('PUT', REGISTRY, 'Registries_Create', 'registries/write', create),
  route('DELETE', REGISTRY, 'Registries_Delete', 'registries/delete', remove),
];
