import { conformanceCase as c, type ConformanceCase } from '../conformanceCase';
import { ACR_PULL, api, group, READER, registry, sub } from '../demo';

const ACR = registry('rg-platform-prod', 'acrcontosoprod');
const VNET = `${group(
  'rg-platform-prod',
)}/providers/Microsoft.Network/virtualNetworks/vnet-platform`;
const list = (scope: string, filter?: string) =>
  api(
    `${scope}/providers/Microsoft.Authorization/roleDefinitions${
      filter ? `?$filter=${encodeURIComponent(filter)}` : ''
    }`,
    'roleDefinitions',
  );
const get = (id: string) => api(id, 'roleDefinitions');

/** Role definitions (2022-04-01), read-only: the built-in roles, by name and id, at any scope. */
export const ROLE_DEFINITION_CASES: ConformanceCase[] = [
  c(
    'RoleDefinitions_List',
    200,
    'AcrPull by name on a registry (as the Azure CLI asks)',
    list(ACR, "roleName eq 'acrpull'"),
  ),
  c(
    'RoleDefinitions_List',
    200,
    'Network Contributor on a virtual network the emulator does not hold',
    list(VNET, "roleName eq 'Network Contributor'"),
  ),
  c(
    'RoleDefinitions_List',
    200,
    'the built-in roles of a subscription',
    list(sub(), "type eq 'BuiltInRole'"),
  ),
  c(
    'RoleDefinitions_List',
    200,
    'every role of a group',
    list(group('rg-platform-prod')),
  ),
  c(
    'RoleDefinitions_List',
    400,
    'a filter the spec does not offer',
    list(sub(), "roleName ne 'Owner'"),
  ),
  c(
    'RoleDefinitions_List',
    404,
    'a registry that does not exist',
    list(registry('rg-platform-prod', 'acrmissing')),
  ),
  c('RoleDefinitions_Get', 200, 'Reader in a subscription', get(READER)),
  c(
    'RoleDefinitions_Get',
    200,
    'AcrPull on a registry',
    get(
      `${ACR}/providers/Microsoft.Authorization/roleDefinitions/7f951dda-4ed3-4680-a7ca-43fe172d538d`,
    ),
  ),
  c(
    'RoleDefinitions_Get',
    404,
    'a role that does not exist',
    get(
      READER.replace(/[0-9a-f-]{36}$/, '0b1f6471-1bf0-4dda-aec3-cb9272f09590'),
    ),
  ),
  c('RoleDefinitions_GetById', 200, 'AcrPull by its id', get(ACR_PULL)),
];
