import type { SdkRoundTrip } from './sdkContainerService';
import { identityWith } from './managedIdentities';

const RG = 'rg-payments-prod';
const WI = {
  issuer:
    'https://westeurope.oic.prod-aks.azure.com/5b6c7d8e-0000-4000-8000-00000000000a/0f4c1c8e-0000-4000-8000-000000000001/',
  subject: 'system:serviceaccount:shop:web',
  audiences: ['api://AzureADTokenExchange'],
};

async function names(pages: AsyncIterable<{ name?: string }>) {
  const found: string[] = [];
  for await (const item of pages) found.push(item.name!);
  return found.sort();
}

/** The status a call failed with, or 200. */
const statusOf = (call: Promise<unknown>) =>
  call.then(
    () => 200,
    (e: { statusCode?: number }) => e.statusCode,
  );

/** @azure/arm-msi round trips (classic ManagedServiceIdentityClient, api-version 2024-11-30). */
export const MANAGED_IDENTITY_ROUND_TRIPS: SdkRoundTrip[] = [
  {
    operation: 'UserAssignedIdentities_CreateOrUpdate',
    method:
      'ManagedServiceIdentityClient.userAssignedIdentities.createOrUpdate',
    call: async c =>
      (
        await c.msi.userAssignedIdentities.createOrUpdate(RG, 'id-sdk-new', {
          location: 'westeurope',
          tags: { 'aks-cluster-id': 'x' },
        })
      ).tags,
    returns: { 'aks-cluster-id': 'x' },
  },
  {
    operation: 'UserAssignedIdentities_Get',
    method: 'ManagedServiceIdentityClient.userAssignedIdentities.get',
    call: async c =>
      (await c.msi.userAssignedIdentities.get(RG, 'id-payments-api'))
        .isolationScope,
    returns: 'None',
  },
  {
    operation: 'UserAssignedIdentities_Update',
    method: 'ManagedServiceIdentityClient.userAssignedIdentities.update',
    setup: identityWith('id-sdk-patch'),
    call: async c =>
      (
        await c.msi.userAssignedIdentities.update(RG, 'id-sdk-patch', {
          tags: { step: 'patched' },
        })
      ).tags,
    returns: { step: 'patched' },
  },
  {
    operation: 'UserAssignedIdentities_ListByResourceGroup',
    method:
      'ManagedServiceIdentityClient.userAssignedIdentities.listByResourceGroup',
    call: c => names(c.msi.userAssignedIdentities.listByResourceGroup(RG)),
    returns: expect.arrayContaining(['id-payments-api', 'id-payments-worker']),
  },
  {
    operation: 'UserAssignedIdentities_ListBySubscription',
    method:
      'ManagedServiceIdentityClient.userAssignedIdentities.listBySubscription',
    call: c => names(c.msi.userAssignedIdentities.listBySubscription()),
    returns: expect.arrayContaining(['id-payments-api', 'id-payments-worker']),
  },
  {
    operation: 'UserAssignedIdentities_Delete',
    method: 'ManagedServiceIdentityClient.userAssignedIdentities.delete',
    setup: identityWith('id-sdk-delete', ['web']),
    call: async c => {
      await c.msi.userAssignedIdentities.delete(RG, 'id-sdk-delete');
      return statusOf(c.msi.userAssignedIdentities.get(RG, 'id-sdk-delete'));
    },
    returns: 404,
  },
  {
    operation: 'FederatedIdentityCredentials_CreateOrUpdate',
    method:
      'ManagedServiceIdentityClient.federatedIdentityCredentials.createOrUpdate',
    setup: identityWith('id-sdk-fic'),
    call: async c =>
      (
        await c.msi.federatedIdentityCredentials.createOrUpdate(
          RG,
          'id-sdk-fic',
          'web',
          WI,
        )
      ).subject,
    returns: WI.subject,
  },
  {
    operation: 'FederatedIdentityCredentials_Get',
    method: 'ManagedServiceIdentityClient.federatedIdentityCredentials.get',
    call: async c =>
      (
        await c.msi.federatedIdentityCredentials.get(
          RG,
          'id-payments-api',
          'payments-api',
        )
      ).audiences,
    returns: ['api://AzureADTokenExchange'],
  },
  {
    operation: 'FederatedIdentityCredentials_List',
    method: 'ManagedServiceIdentityClient.federatedIdentityCredentials.list',
    call: c =>
      names(c.msi.federatedIdentityCredentials.list(RG, 'id-payments-worker')),
    returns: ['payments-worker'],
  },
  {
    operation: 'FederatedIdentityCredentials_Delete',
    method: 'ManagedServiceIdentityClient.federatedIdentityCredentials.delete',
    setup: identityWith('id-sdk-fic-delete', ['web']),
    call: async c => {
      await c.msi.federatedIdentityCredentials.delete(
        RG,
        'id-sdk-fic-delete',
        'web',
      );
      return statusOf(
        c.msi.federatedIdentityCredentials.get(RG, 'id-sdk-fic-delete', 'web'),
      );
    },
    returns: 404,
  },
];
