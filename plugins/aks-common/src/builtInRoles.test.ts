import { AZURE_BUILT_IN_ROLES, builtInRoleName } from './builtInRoles';

describe('builtInRoleName', () => {
  it.each(Object.entries(AZURE_BUILT_IN_ROLES))(
    'names %s from its subscription-scoped definition id',
    (name, id) => {
      expect(
        builtInRoleName(
          `/subscriptions/6f1a2b3c-0000-4000-8000-000000000001/providers/Microsoft.Authorization/roleDefinitions/${id}`,
        ),
      ).toBe(name);
    },
  );

  it('reads the GUID alone, in any case', () => {
    expect(builtInRoleName('7F951DDA-4ED3-4680-A7CA-43FE172D538D')).toBe(
      'AcrPull',
    );
  });

  it.each([
    '/providers/Microsoft.Authorization/roleDefinitions/00000000-0000-0000-0000-000000000001',
    '',
    '/',
    'constructor',
  ])('knows no role for %j', id => {
    expect(builtInRoleName(id)).toBeUndefined();
  });
});
