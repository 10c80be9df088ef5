import { ArmError, resourceGroupNotFound } from '../../http/armError';
import {
  jsonBody,
  ok,
  type ArmRequest,
  type ArmResponse,
} from '../../http/armRequest';
import type { EmulatorContext } from '../../emulatorContext';
import type { Route } from '../../arm/route';
import { paginate } from '../../arm/pagination';
import { checkShape } from '../../arm/bodyShape';
import { accessibleSubscriptions } from '../../arm/authorize';
import { lroHeaders } from '../../lro/lroHeaders';
import { resourceGroupId } from '../../util/ids';
import type { StoredResource } from '../../state/resourceStore';

/** Api-versions of Microsoft.Resources that current SDKs and tools use. */
export const RESOURCES_API_VERSIONS = [
  '2019-10-01',
  '2020-06-01',
  '2021-04-01',
  '2022-09-01',
  '2023-07-01',
  '2024-03-01',
  '2024-07-01',
  '2024-11-01',
  '2025-04-01',
];
const SUBSCRIPTIONS_API_VERSIONS = [
  '2016-06-01',
  '2019-11-01',
  '2020-01-01',
  '2021-01-01',
  '2022-12-01',
  '2024-11-01',
];
const GROUP_TYPE = 'Microsoft.Resources/resourceGroups';

const renderGroup = (record: StoredResource) => ({
  id: record.id,
  name: record.id.split('/').pop(),
  type: GROUP_TYPE,
  ...record.body,
});

function renderSubscription(ctx: EmulatorContext, subscriptionId: string) {
  const subscription = ctx.subscriptions.get(subscriptionId.toLowerCase())!;
  return {
    id: `/subscriptions/${subscription.subscriptionId}`,
    subscriptionId: subscription.subscriptionId,
    tenantId: ctx.tenantId,
    displayName: subscription.displayName,
    state: 'Enabled',
    subscriptionPolicies: {
      locationPlacementId: 'Public_2014-09-01',
      quotaId: 'EnterpriseAgreement_2014-09-01',
      spendingLimit: 'Off',
    },
    authorizationSource: 'RoleBased',
  };
}

function putGroup(req: ArmRequest, ctx: EmulatorContext): ArmResponse {
  const body = jsonBody(req);
  checkShape(
    body,
    {
      fields: {
        location: 'string',
        tags: { map: 'string' },
        managedBy: 'string',
      },
    },
    '',
  );
  const name = req.params.resourceGroupName;
  if (!/^[-\w._()]{1,90}$/.test(name) || name.endsWith('.')) {
    throw new ArmError(
      400,
      'InvalidResourceGroup',
      `The provided resource group name '${name}' has these invalid characters or is too long. The name can only be a letter, digit, '-', '.', '(', ')' or '_' and at most 90 characters, and cannot end with '.'.`,
    );
  }
  if (!body.location)
    throw new ArmError(
      400,
      'LocationRequired',
      'The location property is required for this definition.',
      'location',
    );
  const location = body.location.toLowerCase().replace(/\s/g, '');
  const id = resourceGroupId(req.params.subscriptionId, name);
  const existing = ctx.store.get(id);
  if (existing && existing.body.location !== location) {
    throw new ArmError(
      400,
      'InvalidResourceGroupLocation',
      `Invalid resource group location '${location}'. The Resource group already exists in location '${existing.body.location}'.`,
    );
  }
  const record = ctx.store.put(existing?.id ?? id, {
    location,
    tags: body.tags ?? existing?.body.tags,
    managedBy: body.managedBy,
    properties: { provisioningState: 'Succeeded' },
  });
  if (record.body.tags === undefined) delete record.body.tags;
  if (record.body.managedBy === undefined) delete record.body.managedBy;
  return { status: existing ? 200 : 201, body: renderGroup(record) };
}

function requireGroup(req: ArmRequest, ctx: EmulatorContext): StoredResource {
  const record = ctx.store.get(
    resourceGroupId(req.params.subscriptionId, req.params.resourceGroupName),
  );
  if (!record) throw resourceGroupNotFound(req.params.resourceGroupName);
  return record;
}

function deleteGroup(req: ArmRequest, ctx: EmulatorContext): ArmResponse {
  const record = requireGroup(req, ctx);
  record.body.properties.provisioningState = 'Deleting';
  const op = ctx.operations.start({
    subscriptionId: record.subscriptionId,
    namespace: 'Microsoft.Resources',
    location: record.body.location,
    resourceId: record.id,
    operation: 'ResourceGroups_Delete',
    durationMs: ctx.settings.lroDurationMs,
    onSucceeded: () => ctx.store.delete(record.id),
    onFailed: () => (record.body.properties.provisioningState = 'Succeeded'),
  });
  return { status: 202, headers: lroHeaders(req, ctx, op, { location: true }) };
}

const GROUP =
  '/subscriptions/{subscriptionId}/resourcegroups/{resourceGroupName}';
const route = (
  method: string,
  template: string,
  operation: string,
  action: string,
  handler: Route['handler'],
  apiVersions = RESOURCES_API_VERSIONS,
): Route => ({
  method,
  template,
  operation,
  apiVersions,
  action,
  handler,
});

/** Subscriptions and resource groups. */
export const resourceRoutes: Route[] = [
  route(
    'GET',
    '/subscriptions',
    'Subscriptions_List',
    'none',
    (req, ctx) =>
      ok(
        paginate(
          req,
          accessibleSubscriptions(ctx, req.principal!).map(id =>
            renderSubscription(ctx, id),
          ),
          ctx.settings.pageSize,
        ),
      ),
    SUBSCRIPTIONS_API_VERSIONS,
  ),
  route(
    'GET',
    '/subscriptions/{subscriptionId}',
    'Subscriptions_Get',
    'Microsoft.Resources/subscriptions/read',
    (req, ctx) => ok(renderSubscription(ctx, req.params.subscriptionId)),
    SUBSCRIPTIONS_API_VERSIONS,
  ),
  route(
    'GET',
    '/subscriptions/{subscriptionId}/resourcegroups',
    'ResourceGroups_List',
    'Microsoft.Resources/subscriptions/resourceGroups/read',
    (req, ctx) =>
      ok(
        paginate(
          req,
          ctx.store
            .list({
              type: GROUP_TYPE,
              subscriptionId: req.params.subscriptionId,
            })
            .map(renderGroup),
          ctx.settings.pageSize,
        ),
      ),
  ),
  route(
    'PUT',
    GROUP,
    'ResourceGroups_CreateOrUpdate',
    'Microsoft.Resources/subscriptions/resourceGroups/write',
    putGroup,
  ),
  route(
    'GET',
    GROUP,
    'ResourceGroups_Get',
    'Microsoft.Resources/subscriptions/resourceGroups/read',
    (req, ctx) => ok(renderGroup(requireGroup(req, ctx))),
  ),
  route(
    'HEAD',
    GROUP,
    'ResourceGroups_CheckExistence',
    'Microsoft.Resources/subscriptions/resourceGroups/read',
    (req, ctx) => ({
      status: ctx.store.get(
        resourceGroupId(
          req.params.subscriptionId,
          req.params.resourceGroupName,
        ),
      )
        ? 204
        : 404,
    }),
  ),
  route(
    'DELETE',
    GROUP,
    'ResourceGroups_Delete',
    'Microsoft.Resources/subscriptions/resourceGroups/delete',
    deleteGroup,
  ),
];
