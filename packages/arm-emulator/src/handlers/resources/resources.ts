import { badRequest } from '../../errors/armError';
import { ok, type ArmRequest, type ArmResponse } from '../armRequest';
import type { EmulatorContext } from '../../emulatorContext';
import type { StoredResource } from '../../persistence/resourceStore';
import { routeBuilder, type Route } from '../arm/route';
import { paginate } from '../arm/pagination';
import { requireRequestGroup } from '../arm/resourceLookup';
import { nameOf } from '../../util/ids';
import { RESOURCES_API_VERSIONS } from './resourcesApiVersions';
import { parseResourceFilter } from './resourceFilter';

/** Namespaces whose types are not resources of a group: groups themselves, and extension resources like role assignments. */
const NOT_LISTED = /^Microsoft\.(Resources|Authorization)\//i;

/** A top-level resource in a group: not a child (an agent pool), nor an extension resource on another resource. */
function isListed(record: StoredResource): boolean {
  return (
    !!record.resourceGroup &&
    !record.parentId &&
    !NOT_LISTED.test(record.type) &&
    record.id.toLowerCase().split('/providers/').length === 2
  );
}

/** The identity as `GenericResource` has it: principal and tenant, and for user-assigned ones their principal and client ids. */
function genericIdentity(identity: any) {
  if (!identity?.type) return undefined;
  const users = identity.userAssignedIdentities as
    | Record<string, { principalId?: string; clientId?: string }>
    | undefined;
  return {
    ...(identity.principalId ? { principalId: identity.principalId } : {}),
    ...(identity.tenantId ? { tenantId: identity.tenantId } : {}),
    type: identity.type,
    ...(users
      ? {
          userAssignedIdentities: Object.fromEntries(
            Object.entries(users).map(([id, u]) => [
              id,
              {
                ...(u?.principalId ? { principalId: u.principalId } : {}),
                ...(u?.clientId ? { clientId: u.clientId } : {}),
              },
            ]),
          ),
        }
      : {}),
  };
}

/** `$expand` values resources.json allows. */
const EXPANDABLE = ['createdtime', 'changedtime', 'provisioningstate'];

function expanded(req: ArmRequest): string[] {
  const asked = (req.query.get('$expand') ?? '')
    .split(',')
    .map(s => s.trim().toLowerCase())
    .filter(Boolean);
  const unknown = asked.find(a => !EXPANDABLE.includes(a));
  if (unknown)
    throw badRequest(
      'InvalidExpandQueryString',
      `The $expand value '${unknown}' is not supported; use createdTime, changedTime or provisioningState.`,
      '$expand',
    );
  return asked;
}

/** A resource as `GenericResourceExpanded`: what every resource has, none of its own properties. */
function renderGeneric(
  record: StoredResource,
  expand: string[],
  withTags: boolean,
) {
  const body = record.body ?? {};
  const identity = genericIdentity(body.identity);
  const created = new Date(record.meta.createdAt).toISOString();
  const provisioningState = body.properties?.provisioningState;
  return {
    id: record.id,
    name: nameOf(record.id),
    type: record.type,
    ...(body.sku ? { sku: body.sku } : {}),
    ...(typeof body.kind === 'string' ? { kind: body.kind } : {}),
    location: body.location,
    ...(body.extendedLocation
      ? { extendedLocation: body.extendedLocation }
      : {}),
    ...(withTags && body.tags ? { tags: body.tags } : {}),
    ...(identity ? { identity } : {}),
    ...(expand.includes('createdtime') ? { createdTime: created } : {}),
    ...(expand.includes('changedtime') ? { changedTime: created } : {}),
    ...(expand.includes('provisioningstate') && provisioningState
      ? { provisioningState }
      : {}),
  };
}

function top(req: ArmRequest): number | undefined {
  const value = req.query.get('$top');
  if (value === null) return undefined;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 1 || parsed > 2 ** 31 - 1)
    throw badRequest(
      'InvalidTopInQueryString',
      `The value '${value}' of $top is not a positive integer.`,
      '$top',
    );
  return parsed;
}

/**
 * `Resources_List` and `Resources_ListByResourceGroup`: the top-level
 * resources of a subscription or group, filtered by `$filter`, at most
 * `$top` of them, paged.
 */
function listResources(req: ArmRequest, ctx: EmulatorContext): ArmResponse {
  const group = req.params.resourceGroupName
    ? requireRequestGroup(req, ctx).resourceGroup
    : undefined;
  const filter = parseResourceFilter(req.query.get('$filter'));
  const expand = expanded(req);
  const limit = top(req);
  const resources = ctx.store
    .list({ subscriptionId: req.params.subscriptionId, resourceGroup: group })
    .filter(isListed)
    .filter(record =>
      filter.matches({
        name: nameOf(record.id),
        type: record.type,
        location: record.body?.location,
        resourceGroup: record.resourceGroup,
        tags: record.body?.tags,
      }),
    )
    .slice(0, limit)
    .map(record => renderGeneric(record, expand, !filter.byTag));
  return ok(paginate(req, resources, ctx.settings.pageSize));
}

const route = routeBuilder(
  RESOURCES_API_VERSIONS,
  'Microsoft.Resources/subscriptions',
);

/** The resources of a subscription and of a group, whatever their provider. */
export const resourceListRoutes: Route[] = [
  route(
    'GET',
    '/subscriptions/{subscriptionId}/resources',
    'Resources_List',
    'resources/read',
    listResources,
  ),
  route(
    'GET',
    '/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/resources',
    'Resources_ListByResourceGroup',
    'resourceGroups/resources/read',
    listResources,
  ),
];
