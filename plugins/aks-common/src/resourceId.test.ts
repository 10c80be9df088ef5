import {
  azurePortalUrl,
  InvalidAksClusterIdError,
  formatAksClusterId,
  isValidAgentPoolName,
  isValidClusterName,
  isValidKubernetesVersion,
  isValidResourceGroupName,
  isValidSubscriptionId,
  parseAksClusterId,
} from './resourceId';

const SUB = '0b1f6471-1bf0-4dda-aec3-cb9272f09590';
const ID = `/subscriptions/${SUB}/resourceGroups/rg-demo/providers/Microsoft.ContainerService/managedClusters/aks-demo`;

function fieldOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    if (e instanceof InvalidAksClusterIdError) return e.field;
    throw e;
  }
  return undefined;
}

describe('parseAksClusterId', () => {
  it('parses a managed cluster id', () => {
    expect(parseAksClusterId(ID)).toEqual({
      subscriptionId: SUB,
      resourceGroup: 'rg-demo',
      name: 'aks-demo',
    });
  });

  it('matches keywords case-insensitively and keeps the names as written', () => {
    const id = `/SUBSCRIPTIONS/${SUB.toUpperCase()}/resourcegroups/RG_Demo/PROVIDERS/microsoft.containerservice/MANAGEDCLUSTERS/Aks_1`;
    expect(parseAksClusterId(id)).toEqual({
      subscriptionId: SUB.toUpperCase(),
      resourceGroup: 'RG_Demo',
      name: 'Aks_1',
    });
  });

  it('accepts one trailing slash', () => {
    expect(parseAksClusterId(`${ID}/`).name).toBe('aks-demo');
  });

  it.each([
    ['two trailing slashes', `${ID}//`],
    ['a child resource', `${ID}/agentPools/nodepool1`],
    ['a missing leading slash', ID.slice(1)],
    [
      'another provider',
      ID.replace('Microsoft.ContainerService', 'Microsoft.Compute'),
    ],
    ['another resource type', ID.replace('managedClusters', 'fleets')],
    ['an empty string', ''],
    ['surrounding whitespace', ` ${ID}`],
    ['a doubled slash', ID.replace('/resourceGroups', '//resourceGroups')],
  ])('rejects %s as a malformed id', (_, id) => {
    expect(fieldOf(() => parseAksClusterId(id))).toBe('id');
  });

  it.each([
    ['subscriptionId', ID.replace(SUB, 'not-a-guid')],
    ['subscriptionId', ID.replace(SUB, `${SUB}0`)],
    ['resourceGroup', ID.replace('rg-demo', 'rg.')],
    ['resourceGroup', ID.replace('rg-demo', 'rg demo')],
    ['resourceGroup', ID.replace('rg-demo', 'r'.repeat(91))],
    ['name', ID.replace('aks-demo', '-aks')],
    ['name', ID.replace('aks-demo', 'aks_')],
    ['name', ID.replace('aks-demo', 'aks.demo')],
    ['name', ID.replace('aks-demo', 'a'.repeat(64))],
  ])('names the invalid field %s', (field, id) => {
    expect(fieldOf(() => parseAksClusterId(id))).toBe(field);
  });

  it('says what is wrong in the message', () => {
    expect(() => parseAksClusterId(ID.replace(SUB, 'nope'))).toThrow(
      "Invalid subscriptionId 'nope': expected a GUID",
    );
  });
});

describe('formatAksClusterId', () => {
  it('round-trips with parseAksClusterId', () => {
    expect(formatAksClusterId(parseAksClusterId(ID))).toBe(ID);
  });

  it('refuses a reference that would not form a valid id', () => {
    expect(
      fieldOf(() =>
        formatAksClusterId({
          subscriptionId: SUB,
          resourceGroup: 'rg',
          name: 'x/../../other',
        }),
      ),
    ).toBe('name');
  });
});

describe('validators', () => {
  it.each([
    [SUB, true],
    ['00000000-0000-0000-0000-000000000000', true],
    ['0B1F6471-1BF0-4DDA-AEC3-CB9272F09590', true],
    ['0b1f64711bf04ddaaec3cb9272f09590', false],
    ['', false],
  ])('isValidSubscriptionId(%j) is %s', (value, valid) => {
    expect(isValidSubscriptionId(value)).toBe(valid);
  });

  it.each([
    ['rg', true],
    ['a', true],
    ['My_RG-(prod).eu', true],
    ['räksmörgås', true],
    ['r'.repeat(90), true],
    ['r'.repeat(91), false],
    ['rg.', false],
    ['', false],
    ['rg/x', false],
    ['rg#', false],
  ])('isValidResourceGroupName(%j) is %s', (value, valid) => {
    expect(isValidResourceGroupName(value)).toBe(valid);
  });

  it.each([
    ['a', true],
    ['aks-01_B', true],
    ['a'.repeat(63), true],
    ['a'.repeat(64), false],
    ['_aks', false],
    ['aks-', false],
    ['aks.x', false],
    ['', false],
  ])('isValidClusterName(%j) is %s', (value, valid) => {
    expect(isValidClusterName(value)).toBe(valid);
  });

  it.each([
    ['nodepool1', 'Linux', true],
    ['a', 'Linux', true],
    ['abcdefghijkl', 'Linux', true],
    ['abcdefghijklm', 'Linux', false],
    ['1pool', 'Linux', false],
    ['Pool', 'Linux', false],
    ['my-pool', 'Linux', false],
    ['win1', 'Windows', true],
    ['winpool', 'Windows', false],
  ] as const)('isValidAgentPoolName(%j, %s) is %s', (value, osType, valid) => {
    expect(isValidAgentPoolName(value, osType)).toBe(valid);
  });

  it.each([
    ['1.33', true],
    ['1.33.2', true],
    ['1.100.10', true],
    ['1', false],
    ['1.33.2.1', false],
    ['v1.33', false],
    ['1.033', false],
    ['1.33-preview', false],
  ])('isValidKubernetesVersion(%j) is %s', (value, valid) => {
    expect(isValidKubernetesVersion(value)).toBe(valid);
  });
});

describe('azurePortalUrl', () => {
  it('opens the resource overview in the Azure portal', () => {
    expect(
      azurePortalUrl(
        '/subscriptions/0b1f6471-1bf0-4dda-aec3-cb9272f09590/resourceGroups/rg/providers/Microsoft.ContainerService/managedClusters/aks',
      ),
    ).toBe(
      'https://portal.azure.com/#@/resource/subscriptions/0b1f6471-1bf0-4dda-aec3-cb9272f09590/resourceGroups/rg/providers/Microsoft.ContainerService/managedClusters/aks/overview',
    );
  });
});
