import type { ArmEmulator } from '../../types';
import { armFetch } from '../armFetch';
import {
  ACR_PULL,
  api,
  cloneResource,
  containerGroup,
  group,
  NEW_CONTAINER_GROUP,
  READER,
  registry,
  roleAssignment,
} from '../demo';
import { FAST_POLL } from '../sdkSetup';
import type { SdkRoundTrip } from './sdkContainerService';

const RG = 'rg-payments-prod';
const ACR = registry('rg-platform-prod', 'acrcontosoprod');
const TYPE = 'Microsoft.ContainerRegistry/registries';
const SCOPE = group(RG);
const PRINCIPAL = '12121212-2222-4333-8444-555555555555';
const assignment = (n: number) => `7e6f4d85-0000-4000-8000-00000000000${n}`;
const CONTAINER = {
  location: 'westeurope',
  osType: 'Linux',
  containers: [
    {
      name: 'web',
      image: 'nginx',
      resources: { requests: { cpu: 1, memoryInGB: 1 } },
    },
  ],
};

const containerGroupNamed = (name: string) => async (emulator: ArmEmulator) => {
  await armFetch(emulator, 'PUT', api(containerGroup(RG, name), 'aci'), {
    body: NEW_CONTAINER_GROUP,
  });
};
const readerAssignment = (n: number) => async (emulator: ArmEmulator) => {
  await armFetch(
    emulator,
    'PUT',
    api(roleAssignment(SCOPE, assignment(n)), 'authorization'),
    {
      body: {
        properties: {
          roleDefinitionId: READER,
          principalId: `${PRINCIPAL.slice(0, -1)}${n}`,
        },
      },
    },
  );
};
const acrPull = (n: number) => async (emulator: ArmEmulator) => {
  await armFetch(
    emulator,
    'PUT',
    api(roleAssignment(ACR, assignment(n)), 'authorization'),
    {
      body: {
        properties: { roleDefinitionId: ACR_PULL, principalId: PRINCIPAL },
      },
    },
  );
};
async function names(pages: AsyncIterable<{ name?: string }>) {
  const found: string[] = [];
  for await (const item of pages) found.push(item.name!);
  return found.sort();
}

/** @azure/arm-containerregistry, -containerinstance, -authorization and -compute round trips. */
export const OTHER_CLIENT_ROUND_TRIPS: SdkRoundTrip[] = [
  {
    operation: 'Registries_CheckNameAvailability',
    method:
      'ContainerRegistryManagementClient.registries.checkNameAvailability',
    call: async c =>
      (
        await c.acr.registries.checkNameAvailability({
          name: 'acrcontosoprod',
          type: TYPE,
        })
      ).reason,
    returns: 'AlreadyExists',
  },
  {
    operation: 'Registries_Create',
    method: 'ContainerRegistryManagementClient.registries.beginCreateAndWait',
    call: async c =>
      (
        await c.acr.registries.beginCreateAndWait(
          RG,
          'acrsdknew',
          { location: 'westeurope', sku: { name: 'Standard' } },
          FAST_POLL,
        )
      ).loginServer,
    returns: 'acrsdknew.azurecr.io',
  },
  {
    operation: 'Registries_Get',
    method: 'ContainerRegistryManagementClient.registries.get',
    call: async c =>
      (await c.acr.registries.get('rg-platform-prod', 'acrcontosoprod')).sku
        .tier,
    returns: 'Premium',
  },
  {
    operation: 'Registries_List',
    method: 'ContainerRegistryManagementClient.registries.list',
    call: c => names(c.acr.registries.list()),
    returns: expect.arrayContaining(['acrcontosoprod']),
  },
  {
    operation: 'Registries_ListByResourceGroup',
    method: 'ContainerRegistryManagementClient.registries.listByResourceGroup',
    call: c => names(c.acr.registries.listByResourceGroup('rg-platform-prod')),
    returns: expect.arrayContaining(['acrcontosoprod']),
  },
  {
    operation: 'Registries_Delete',
    method: 'ContainerRegistryManagementClient.registries.beginDeleteAndWait',
    setup: emulator => cloneResource(emulator, ACR, 'acrsdkdelete'),
    call: c =>
      c.acr.registries.beginDeleteAndWait(
        'rg-platform-prod',
        'acrsdkdelete',
        FAST_POLL,
      ),
    returns: undefined,
  },
  {
    operation: 'ContainerGroups_CreateOrUpdate',
    method:
      'ContainerInstanceManagementClient.containerGroups.beginCreateOrUpdateAndWait',
    call: async c =>
      (
        await c.aci.containerGroups.beginCreateOrUpdateAndWait(
          RG,
          'cg-sdk-new',
          CONTAINER,
          FAST_POLL,
        )
      ).provisioningState,
    returns: 'Succeeded',
  },
  {
    operation: 'ContainerGroups_Get',
    method: 'ContainerInstanceManagementClient.containerGroups.get',
    setup: containerGroupNamed('cg-sdk-get'),
    call: async c =>
      (await c.aci.containerGroups.get(RG, 'cg-sdk-get')).containers[0].image,
    returns: 'nginx',
  },
  {
    operation: 'ContainerGroups_List',
    method: 'ContainerInstanceManagementClient.containerGroups.list',
    setup: containerGroupNamed('cg-sdk-list'),
    call: c => names(c.aci.containerGroups.list()),
    returns: expect.arrayContaining(['cg-sdk-list']),
  },
  {
    operation: 'ContainerGroups_ListByResourceGroup',
    method:
      'ContainerInstanceManagementClient.containerGroups.listByResourceGroup',
    call: c => names(c.aci.containerGroups.listByResourceGroup(RG)),
    returns: expect.arrayContaining(['cg-sdk-list']),
  },
  {
    operation: 'ContainerGroups_Delete',
    method:
      'ContainerInstanceManagementClient.containerGroups.beginDeleteAndWait',
    setup: containerGroupNamed('cg-sdk-delete'),
    call: async c =>
      (
        await c.aci.containerGroups.beginDeleteAndWait(
          RG,
          'cg-sdk-delete',
          FAST_POLL,
        )
      )?.name,
    returns: 'cg-sdk-delete',
  },
  {
    operation: 'RoleAssignments_Create',
    method: 'AuthorizationManagementClient.roleAssignments.create',
    call: async c =>
      (
        await c.auth.roleAssignments.create(SCOPE, assignment(1), {
          roleDefinitionId: ACR_PULL,
          principalId: PRINCIPAL,
        })
      ).principalId,
    returns: PRINCIPAL,
  },
  {
    operation: 'RoleAssignments_Get',
    method: 'AuthorizationManagementClient.roleAssignments.get',
    setup: readerAssignment(2),
    call: async c =>
      (await c.auth.roleAssignments.get(SCOPE, assignment(2))).scope,
    returns: SCOPE,
  },
  {
    operation: 'RoleAssignments_Delete',
    method: 'AuthorizationManagementClient.roleAssignments.delete',
    setup: readerAssignment(3),
    call: async c =>
      (await c.auth.roleAssignments.delete(SCOPE, assignment(3))).name,
    returns: assignment(3),
  },
  {
    operation: 'RoleAssignments_ListForScope',
    method: 'AuthorizationManagementClient.roleAssignments.listForScope',
    setup: acrPull(4),
    call: c =>
      names(c.auth.roleAssignments.listForScope(ACR, { filter: 'atScope()' })),
    returns: expect.arrayContaining([assignment(4)]),
  },
  {
    operation: 'RoleAssignments_ListForSubscription',
    method: 'AuthorizationManagementClient.roleAssignments.listForSubscription',
    call: c => names(c.auth.roleAssignments.listForSubscription()),
    returns: expect.arrayContaining([assignment(1)]),
  },
  {
    operation: 'RoleAssignments_ListForResourceGroup',
    method:
      'AuthorizationManagementClient.roleAssignments.listForResourceGroup',
    call: c => names(c.auth.roleAssignments.listForResourceGroup(RG)),
    returns: expect.arrayContaining([assignment(1)]),
  },
  {
    operation: 'RoleAssignments_ListForResource',
    method: 'AuthorizationManagementClient.roleAssignments.listForResource',
    call: c =>
      names(
        c.auth.roleAssignments.listForResource(
          'rg-platform-prod',
          'Microsoft.ContainerRegistry',
          'registries',
          'acrcontosoprod',
        ),
      ),
    returns: expect.arrayContaining([assignment(4)]),
  },
  {
    operation: 'ResourceSkus_List',
    method: 'ComputeManagementClient.resourceSkus.list',
    call: async c => {
      const sizes: string[] = [];
      for await (const sku of c.compute.resourceSkus.list({
        filter: "location eq 'westeurope'",
      }))
        if (sku.resourceType === 'virtualMachines') sizes.push(sku.name!);
      return sizes;
    },
    returns: expect.arrayContaining(['Standard_D4ds_v5', 'Standard_F8s_v2']),
  },
  {
    operation: 'Usage_List',
    method: 'ComputeManagementClient.usage.list',
    call: async c => {
      for await (const usage of c.compute.usage.list('westeurope'))
        if (usage.name.value === 'standardFSv2Family')
          return { unit: usage.unit, limit: usage.limit };
      return undefined;
    },
    returns: { unit: 'Count', limit: 50 },
  },
];
