import { lastSegments, roleName, serviceAccountOf } from './identityWords';

const credential = (subject: string, serviceAccount?: string) => ({
  name: 'c',
  issuer: 'https://issuer.example/',
  subject,
  serviceAccount,
  audiences: ['api://AzureADTokenExchange'],
  issuerMatches: true,
});

describe('identity words', () => {
  it('names a service account by namespace and name, and another subject as it is', () => {
    expect(
      serviceAccountOf(
        credential('system:serviceaccount:payments:payments-api'),
      ),
    ).toBe('payments/payments-api');
    expect(serviceAccountOf(credential('repo:contoso/app:ref:main'))).toBe(
      'repo:contoso/app:ref:main',
    );
    expect(serviceAccountOf(credential('', 'payments-api'))).toBe(
      'payments-api',
    );
  });

  it.each([
    [
      '/subscriptions/s/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/kv-payments',
      'vaults/kv-payments',
    ],
    ['/subscriptions/s/resourceGroups/rg-shared', 'resourceGroups/rg-shared'],
    ['/subscriptions/s', 'subscriptions/s'],
    ['/', '/'],
  ])('shortens the scope %s to %s', (scope, short) => {
    expect(lastSegments(scope)).toBe(short);
  });

  it('names a role by its name, else by the id of its definition', () => {
    const assignment = {
      id: 'a',
      roleDefinitionId:
        '/subscriptions/s/providers/Microsoft.Authorization/roleDefinitions/acdd72a7-3385-48ef-bd42-f606fba81ae7',
      scope: '/subscriptions/s',
    };
    expect(roleName({ ...assignment, roleName: 'Reader' })).toBe('Reader');
    expect(roleName(assignment)).toBe('acdd72a7-3385-48ef-bd42-f606fba81ae7');
  });
});
