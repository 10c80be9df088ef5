import { createHash, randomUUID } from 'node:crypto';

/** A GUID derived from a string, so seeds produce the same ids on every start. */
export function stableGuid(seed: string): string {
  const hex = createHash('sha256').update(seed).digest('hex');
  const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(
    13,
    16,
  )}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export function newGuid(): string {
  return randomUUID();
}

export function shortHash(seed: string, length = 8): string {
  return createHash('sha256').update(seed).digest('hex').slice(0, length);
}

const GUID_PATTERN =
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isGuid(value: unknown): value is string {
  return typeof value === 'string' && GUID_PATTERN.test(value);
}

/** The parts of an ARM resource id. Types and names are in path order. */
export interface ParsedResourceId {
  subscriptionId?: string;
  resourceGroup?: string;
  namespace?: string;
  types: string[];
  names: string[];
}

export function parseResourceId(id: string): ParsedResourceId {
  const segments = id.split('/').filter(Boolean);
  const parsed: ParsedResourceId = { types: [], names: [] };
  let i = 0;
  while (i < segments.length) {
    const key = segments[i].toLowerCase();
    if (key === 'subscriptions' && !parsed.namespace) {
      parsed.subscriptionId = segments[i + 1];
      i += 2;
    } else if (key === 'resourcegroups' && !parsed.namespace) {
      parsed.resourceGroup = segments[i + 1];
      i += 2;
    } else if (key === 'providers') {
      // A second `providers` starts an extension resource (e.g. a role assignment on a registry).
      parsed.namespace = segments[i + 1];
      parsed.types = [];
      parsed.names = [];
      i += 2;
    } else {
      parsed.types.push(segments[i]);
      if (i + 1 < segments.length) parsed.names.push(segments[i + 1]);
      i += 2;
    }
  }
  return parsed;
}

export function subscriptionScope(subscriptionId: string): string {
  return `/subscriptions/${subscriptionId}`;
}

export function resourceGroupId(
  subscriptionId: string,
  resourceGroup: string,
): string {
  return `/subscriptions/${subscriptionId}/resourceGroups/${resourceGroup}`;
}

/** The id of a resource of a provider's type (e.g. `Microsoft.ContainerRegistry/registries`) in a resource group. */
export function resourceId(
  subscriptionId: string,
  resourceGroup: string,
  type: string,
  name: string,
): string {
  return `${resourceGroupId(
    subscriptionId,
    resourceGroup,
  )}/providers/${type}/${name}`;
}

/** The last segment of an id: a resource's name. */
export function nameOf(id: string): string {
  return id.split('/').pop()!;
}

export function roleDefinitionId(
  subscriptionId: string,
  roleGuid: string,
): string {
  return `/subscriptions/${subscriptionId}/providers/Microsoft.Authorization/roleDefinitions/${roleGuid}`;
}

/** The GUID at the end of a roleDefinitionId, lower-cased. */
export function roleGuidOf(roleDefinitionIdValue: string): string {
  return nameOf(roleDefinitionIdValue).toLowerCase();
}
