import {
  toReadCredential,
  toReadIdentity,
  toRoleAssignment,
} from './armIdentities';

const SUB = '6f1a2b3c-0000-4000-8000-000000000001';
const IDENTITY_ID = `/subscriptions/${SUB}/resourceGroups/rg-payments-prod/providers/Microsoft.ManagedIdentity/userAssignedIdentities/id-payments-api`;
const CLUSTER_ID = `/subscriptions/${SUB}/resourceGroups/rg-payments-prod/providers/Microsoft.ContainerService/managedClusters/aks-payments-prod`;

describe('toReadIdentity', () => {
  it('maps an identity, its resource group from its id and its cluster tag in lower case', () => {
    expect(
      toReadIdentity({
        id: IDENTITY_ID,
        name: 'id-payments-api',
        location: 'westeurope',
        clientId: '11111111-0000-4000-8000-000000000001',
        principalId: '22222222-0000-4000-8000-000000000001',
        tenantId: '33333333-0000-4000-8000-000000000001',
        tags: { 'AKS-Cluster-Id': CLUSTER_ID, team: 'payments' },
      }),
    ).toEqual({
      id: IDENTITY_ID,
      name: 'id-payments-api',
      resourceGroup: 'rg-payments-prod',
      location: 'westeurope',
      clientId: '11111111-0000-4000-8000-000000000001',
      principalId: '22222222-0000-4000-8000-000000000001',
      clusterTag: CLUSTER_ID.toLowerCase(),
    });
  });

  it('survives null tags and absent properties, naming the identity after its id', () => {
    expect(
      toReadIdentity({ id: IDENTITY_ID, tags: null, location: null } as any),
    ).toEqual({
      id: IDENTITY_ID,
      name: 'id-payments-api',
      resourceGroup: 'rg-payments-prod',
    });
  });

  it.each([
    ['without an id', { name: 'x' }],
    ['with an id that is no ARM id', { id: 'id-payments-api' }],
    ['that is null', null],
  ])('skips an identity %s', (_, identity) => {
    expect(toReadIdentity(identity as any)).toBeUndefined();
  });
});

describe('toReadCredential', () => {
  it('maps a credential', () => {
    expect(
      toReadCredential({
        name: 'payments-api',
        issuer: 'https://westeurope.oic.prod-aks.azure.com/tenant/cluster/',
        subject: 'system:serviceaccount:payments-api:payments-api',
        audiences: ['api://AzureADTokenExchange'],
      }),
    ).toEqual({
      name: 'payments-api',
      issuer: 'https://westeurope.oic.prod-aks.azure.com/tenant/cluster/',
      subject: 'system:serviceaccount:payments-api:payments-api',
      audiences: ['api://AzureADTokenExchange'],
    });
  });

  it('reads null audiences as none', () => {
    expect(
      toReadCredential({
        name: 'c',
        issuer: 'i',
        subject: 's',
        audiences: null,
      } as any)?.audiences,
    ).toEqual([]);
  });

  it.each([
    ['without an issuer', { subject: 's' }],
    ['without a subject', { issuer: 'i' }],
    ['that is null', null],
  ])('skips a credential %s', (_, credential) => {
    expect(toReadCredential(credential as any)).toBeUndefined();
  });
});

describe('toRoleAssignment', () => {
  const assignment = {
    id: `/subscriptions/${SUB}/resourceGroups/rg-shared/providers/Microsoft.ContainerRegistry/registries/acmecr/providers/Microsoft.Authorization/roleAssignments/4d1a0c2e-0000-4000-8000-000000000001`,
    roleDefinitionId: `/subscriptions/${SUB}/providers/Microsoft.Authorization/roleDefinitions/7f951dda-4ed3-4680-a7ca-43fe172d538d`,
    scope: `/subscriptions/${SUB}/resourceGroups/rg-shared/providers/Microsoft.ContainerRegistry/registries/acmecr`,
  };

  it('names a built-in role', () => {
    expect(toRoleAssignment(assignment)).toEqual({
      ...assignment,
      roleName: 'AcrPull',
    });
  });

  it('leaves a custom role unnamed, and reads the scope from the id when absent', () => {
    expect(
      toRoleAssignment({
        id: assignment.id,
        roleDefinitionId: `/subscriptions/${SUB}/providers/Microsoft.Authorization/roleDefinitions/00000000-0000-4000-8000-00000000abcd`,
      }),
    ).toEqual({
      id: assignment.id,
      roleDefinitionId: expect.stringContaining('abcd'),
      scope: assignment.scope,
    });
  });

  it.each([null, {}, { id: assignment.id }])('skips %j', value => {
    expect(toRoleAssignment(value as any)).toBeUndefined();
  });
});
