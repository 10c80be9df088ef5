import { isValidResourceGroupName, isValidSubscriptionId } from './resourceId';

/**
 * An ARM scope: a subscription, a resource group, or a resource (child
 * resources included) in either.
 * @public
 */
export interface ArmResourceId {
  subscriptionId: string;
  /** Absent for a subscription, or a resource directly in a subscription. */
  resourceGroup?: string;
  /** The resource provider namespace, such as `Microsoft.Storage`; absent for a subscription or a resource group. */
  provider?: string;
  /** The resource types, outermost first: `['storageAccounts', 'blobServices']`. */
  types: string[];
  /** The resource names, one per type. */
  names: string[];
}

/**
 * Thrown for a string that is not an ARM scope.
 * @public
 */
export class InvalidArmResourceIdError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidArmResourceIdError';
  }
}

const PROVIDER = /^[A-Za-z][A-Za-z0-9]*(\.[A-Za-z][A-Za-z0-9]*)+$/;
const RESOURCE_TYPE = /^[A-Za-z][A-Za-z0-9]*$/;
// What ARM resource names may hold: no path, query or fragment characters, no whitespace.
const RESOURCE_NAME = /^[^\s/\\?#%<>&*:]{1,260}$/u;
const SHAPE =
  '/subscriptions/<guid>[/resourceGroups/<rg>][/providers/<Namespace>/<type>/<name>…]';

/**
 * Parses an ARM scope: `/subscriptions/<guid>`, optionally a resource group,
 * optionally a resource of a provider with its child resources. Keywords are
 * matched case-insensitively, as ARM does; one trailing `/` is tolerated.
 * @throws {@link InvalidArmResourceIdError} saying what is wrong, without
 * repeating the id.
 * @public
 */
export function parseArmResourceId(id: string): ArmResourceId {
  const fail = (why: string): never => {
    throw new InvalidArmResourceIdError(`${why}; expected ${SHAPE}`);
  };
  const segments = id.replace(/\/$/, '').split('/');
  if (segments[0] !== '' || segments[1]?.toLowerCase() !== 'subscriptions')
    fail('not an ARM resource id');
  const subscriptionId = segments[2] ?? '';
  if (!isValidSubscriptionId(subscriptionId))
    fail('the subscription id is not a GUID');

  let rest = segments.slice(3);
  let resourceGroup: string | undefined;
  if (rest[0]?.toLowerCase() === 'resourcegroups') {
    resourceGroup = rest[1] ?? '';
    if (!isValidResourceGroupName(resourceGroup))
      fail('the resource group name is not valid');
    rest = rest.slice(2);
  }
  if (rest.length === 0)
    return { subscriptionId, resourceGroup, types: [], names: [] };

  if (rest[0].toLowerCase() !== 'providers') fail('unexpected segment');
  const [, provider = '', ...pairs] = rest;
  if (!PROVIDER.test(provider)) fail('the provider namespace is not valid');
  if (pairs.length === 0 || pairs.length % 2 !== 0)
    fail('every resource type needs a name');
  const types: string[] = [];
  const names: string[] = [];
  for (let i = 0; i < pairs.length; i += 2) {
    if (!RESOURCE_TYPE.test(pairs[i])) fail('a resource type is not valid');
    if (!RESOURCE_NAME.test(pairs[i + 1]) || /^\.+$/.test(pairs[i + 1]))
      fail('a resource name is not valid');
    types.push(pairs[i]);
    names.push(pairs[i + 1]);
  }
  return { subscriptionId, resourceGroup, provider, types, names };
}
