import { InvalidArmResourceIdError, parseArmResourceId } from './armResourceId';

const SUB = '0b1f6471-1bf0-4dda-aec3-cb9272f09590';
const GROUP = `/subscriptions/${SUB}/resourceGroups/rg-data`;

describe('parseArmResourceId', () => {
  it('parses a subscription, a resource group and a resource', () => {
    expect(parseArmResourceId(`/subscriptions/${SUB}`)).toEqual({
      subscriptionId: SUB,
      resourceGroup: undefined,
      types: [],
      names: [],
    });
    expect(parseArmResourceId(`${GROUP}/`)).toMatchObject({
      resourceGroup: 'rg-data',
      types: [],
    });
    expect(
      parseArmResourceId(
        `${GROUP}/providers/Microsoft.Storage/storageAccounts/stdata/blobServices/default/containers/raw`,
      ),
    ).toEqual({
      subscriptionId: SUB,
      resourceGroup: 'rg-data',
      provider: 'Microsoft.Storage',
      types: ['storageAccounts', 'blobServices', 'containers'],
      names: ['stdata', 'default', 'raw'],
    });
  });

  it('matches keywords case-insensitively and takes resources directly in a subscription', () => {
    expect(
      parseArmResourceId(
        `/SUBSCRIPTIONS/${SUB}/PROVIDERS/Microsoft.Authorization/roleDefinitions/acdd72a7-3385-48ef-bd42-f606fba81ae7`,
      ),
    ).toMatchObject({
      resourceGroup: undefined,
      provider: 'Microsoft.Authorization',
      names: ['acdd72a7-3385-48ef-bd42-f606fba81ae7'],
    });
  });

  it.each([
    ['an empty string', ''],
    ['a name', 'stdata'],
    ['a subscription that is not a GUID', '/subscriptions/prod'],
    ['a resource group without a name', `/subscriptions/${SUB}/resourceGroups`],
    [
      'a resource group ending in a dot',
      `/subscriptions/${SUB}/resourceGroups/rg.`,
    ],
    ['an unknown segment', `${GROUP}/things/x`],
    ['a provider without resource', `${GROUP}/providers/Microsoft.Storage`],
    [
      'a type without a name',
      `${GROUP}/providers/Microsoft.Storage/storageAccounts`,
    ],
    [
      'a provider that is no namespace',
      `${GROUP}/providers/Storage/storageAccounts/st`,
    ],
    [
      'a path in a name',
      `${GROUP}/providers/Microsoft.Storage/storageAccounts/..`,
    ],
    ['a query', `${GROUP}/providers/Microsoft.Storage/storageAccounts/st?x=1`],
    [
      'a doubled slash',
      `${GROUP}//providers/Microsoft.Storage/storageAccounts/st`,
    ],
    ['surrounding whitespace', ` ${GROUP}`],
  ])('refuses %s without repeating it', (_, id) => {
    let error: unknown;
    try {
      parseArmResourceId(id);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InvalidArmResourceIdError);
    expect((error as Error).message).toMatch(/expected \/subscriptions\//);
    expect((error as Error).message).not.toContain(id.trim() || '\u0000');
  });
});
