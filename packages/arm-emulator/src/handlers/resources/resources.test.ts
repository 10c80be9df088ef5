import { startArmEmulator } from '../../startArmEmulator';
import type { ArmEmulator } from '../../types';
import { PROD, sub } from '../../__testUtils__/demo';
import { sdkClients, type SdkClients } from '../../__testUtils__/sdkSetup';

async function all<T>(items: AsyncIterable<T>): Promise<T[]> {
  const found: T[] = [];
  for await (const item of items) found.push(item);
  return found;
}

describe('the resources of a subscription, and role definitions, through the SDKs', () => {
  let emulator: ArmEmulator;
  let clients: SdkClients;
  const list = (filter?: string, top?: number) =>
    all(clients.resources.resources.list({ filter, top }));
  const names = async (filter?: string) =>
    (await list(filter)).map(r => r.name).sort();

  beforeAll(async () => {
    emulator = await startArmEmulator({ pageSize: 3 });
    clients = sdkClients(emulator, PROD);
  });
  afterAll(() => emulator.stop());

  it('lists top-level resources only: no groups, pools, role assignments or extension resources', async () => {
    const listed = await list();
    expect(listed.map(r => r.type)).toEqual(
      expect.arrayContaining([
        'Microsoft.ContainerRegistry/registries',
        'Microsoft.ContainerService/managedClusters',
      ]),
    );
    expect(
      listed.filter(
        r =>
          r.type!.split('/').length !== 2 ||
          /^Microsoft\.(Resources|Authorization)\//.test(r.type!) ||
          r.id!.split('/providers/').length !== 2,
      ),
    ).toEqual([]);
  });

  it('filters by type, by type and name, and by parts of names in groups', async () => {
    expect(
      await names("resourceType eq 'Microsoft.ContainerRegistry/registries'"),
    ).toEqual(['acrcontosoprod']);
    expect(
      await names(
        "resourceType eq 'microsoft.containerservice/managedclusters' and name eq 'AKS-PAYMENTS-PROD'",
      ),
    ).toEqual(['aks-payments-prod']);
    expect(
      await names(
        "substringof('spot', name) and (resourceGroup eq 'rg-data-prod' or resourceGroup eq 'rg-platform-prod')",
      ),
    ).toEqual(['aks-render-spot']);
    expect(
      await names(
        "resourceType eq 'Microsoft.ContainerService/managedClusters' and location ne 'westeurope'",
      ),
    ).toEqual([]);
  });

  it('filters by tag, leaving the tags out', async () => {
    const tagged = await list(
      "tagName eq 'owner' and tagValue eq 'team-platform'",
    );
    expect(tagged.map(r => r.name)).toContain('aks-platform-lts');
    expect(tagged.every(r => r.tags === undefined)).toBe(true);
    const unfiltered = await list(
      "resourceType eq 'Microsoft.ContainerService/managedClusters'",
    );
    expect(unfiltered.every(r => r.tags?.owner)).toBe(true);
  });

  it('returns $top resources at most, across pages', async () => {
    expect(await list(undefined, 4)).toHaveLength(4);
  });

  it('answers a filter it cannot read with a 400 naming $filter', async () => {
    await expect(list("sku eq 'Basic'")).rejects.toMatchObject({
      statusCode: 400,
      code: 'InvalidFilterInQueryString',
    });
  });

  it('finds a built-in role by name at any scope, with its real id', async () => {
    const found = await all(
      clients.auth.roleDefinitions.list(
        `${sub()}/resourceGroups/rg-platform-prod/providers/Microsoft.Network/virtualNetworks/vnet`,
        { filter: "roleName eq 'Network Contributor'" },
      ),
    );
    expect(found).toMatchObject([
      {
        name: '4d97b98b-1d4f-4787-a291-c67834d212e7',
        id: `${sub()}/providers/Microsoft.Authorization/roleDefinitions/4d97b98b-1d4f-4787-a291-c67834d212e7`,
        roleName: 'Network Contributor',
        roleType: 'BuiltInRole',
        assignableScopes: ['/'],
      },
    ]);
    expect(
      await all(
        clients.auth.roleDefinitions.list(sub(), {
          filter: "roleName eq 'Kubernetes Wizard'",
        }),
      ),
    ).toEqual([]);
  });
});
