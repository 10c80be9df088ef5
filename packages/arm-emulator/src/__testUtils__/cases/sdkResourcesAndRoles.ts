import type { SdkRoundTrip } from './sdkContainerService';
import { registry, sub } from '../demo';

const ACR = registry('rg-platform-prod', 'acrcontosoprod');
const ACR_PULL = '7f951dda-4ed3-4680-a7ca-43fe172d538d';

async function names(items: AsyncIterable<{ name?: string }>) {
  const found: string[] = [];
  for await (const item of items) found.push(item.name!);
  return found;
}

/** Resources_List and the role definition reads through @azure/arm-resources and @azure/arm-authorization. */
export const RESOURCE_AND_ROLE_ROUND_TRIPS: SdkRoundTrip[] = [
  {
    operation: 'Resources_List',
    method: 'ResourceManagementClient.resources.list',
    call: c =>
      names(
        c.resources.resources.list({
          filter: "resourceType eq 'Microsoft.ContainerRegistry/registries'",
        }),
      ),
    returns: expect.arrayContaining(['acrcontosoprod']),
  },
  {
    operation: 'Resources_ListByResourceGroup',
    method: 'ResourceManagementClient.resources.listByResourceGroup',
    call: c =>
      names(
        c.resources.resources.listByResourceGroup('rg-data-prod', {
          filter: "substringof('spot', name)",
        }),
      ),
    returns: ['aks-render-spot'],
  },
  {
    operation: 'RoleDefinitions_List',
    method: 'AuthorizationManagementClient.roleDefinitions.list',
    call: async c => {
      const found = [];
      for await (const role of c.auth.roleDefinitions.list(ACR, {
        filter: "roleName eq 'AcrPull'",
      }))
        found.push({ name: role.name, roleName: role.roleName });
      return found;
    },
    returns: [{ name: ACR_PULL, roleName: 'AcrPull' }],
  },
  {
    operation: 'RoleDefinitions_Get',
    method: 'AuthorizationManagementClient.roleDefinitions.get',
    call: async c => {
      const role = await c.auth.roleDefinitions.get(ACR, ACR_PULL);
      return { roleName: role.roleName, roleType: role.roleType };
    },
    returns: { roleName: 'AcrPull', roleType: 'BuiltInRole' },
  },
  {
    operation: 'RoleDefinitions_GetById',
    method: 'AuthorizationManagementClient.roleDefinitions.getById',
    call: async c => {
      const role = await c.auth.roleDefinitions.getById(
        `${sub()}/providers/Microsoft.Authorization/roleDefinitions/4d97b98b-1d4f-4787-a291-c67834d212e7`,
      );
      return {
        roleName: role.roleName,
        actions: role.permissions?.[0].actions,
      };
    },
    returns: {
      roleName: 'Network Contributor',
      actions: expect.arrayContaining(['Microsoft.Network/*']),
    },
  },
];
