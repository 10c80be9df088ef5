import type { Entity } from '@backstage/catalog-model';
import {
  AKS_CLUSTER_ID_ANNOTATION,
  AZURE_RESOURCE_ID_ANNOTATION,
  getAksClusterIds,
  isAksAvailable,
  readAksClusterIds,
} from './annotations';
import { InvalidAksClusterIdError } from './resourceId';

const SUB = '0b1f6471-1bf0-4dda-aec3-cb9272f09590';
const idOf = (rg: string, name: string) =>
  `/subscriptions/${SUB}/resourceGroups/${rg}/providers/Microsoft.ContainerService/managedClusters/${name}`;

function entity(annotations: Record<string, string>): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name: 'svc', annotations },
    spec: {},
  };
}

describe('getAksClusterIds', () => {
  it('returns nothing for an entity without annotations', () => {
    expect(
      getAksClusterIds({
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'Component',
        metadata: { name: 'svc' },
      }),
    ).toEqual([]);
  });

  it('splits, trims and parses comma-separated ids, ignoring empty entries', () => {
    const value = ` ${idOf('rg1', 'one')} ,${idOf('rg2', 'two')}, `;
    expect(
      getAksClusterIds(entity({ [AKS_CLUSTER_ID_ANNOTATION]: value })),
    ).toEqual([
      { subscriptionId: SUB, resourceGroup: 'rg1', name: 'one' },
      { subscriptionId: SUB, resourceGroup: 'rg2', name: 'two' },
    ]);
  });

  it('reads a managed cluster from the resource id annotation', () => {
    expect(
      getAksClusterIds(
        entity({ [AZURE_RESOURCE_ID_ANNOTATION]: idOf('rg', 'aks') }),
      ),
    ).toEqual([{ subscriptionId: SUB, resourceGroup: 'rg', name: 'aks' }]);
  });

  it('ignores a resource id annotation that names another resource', () => {
    const storage = `/subscriptions/${SUB}/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/st`;
    const pool = `${idOf('rg', 'aks')}/agentPools/np1`;
    expect(
      getAksClusterIds(
        entity({ [AZURE_RESOURCE_ID_ANNOTATION]: `${storage},${pool}` }),
      ),
    ).toEqual([]);
  });

  it('de-duplicates ids across both annotations case-insensitively, keeping the first', () => {
    expect(
      getAksClusterIds(
        entity({
          [AKS_CLUSTER_ID_ANNOTATION]: `${idOf('RG', 'Aks')},${idOf(
            'rg',
            'aks',
          )}`,
          [AZURE_RESOURCE_ID_ANNOTATION]: idOf('Rg', 'AKS').toLowerCase(),
        }),
      ),
    ).toEqual([{ subscriptionId: SUB, resourceGroup: 'RG', name: 'Aks' }]);
  });

  it('throws for a malformed id, naming the annotation and the field', () => {
    const read = () =>
      getAksClusterIds(
        entity({
          [AKS_CLUSTER_ID_ANNOTATION]: `${idOf('rg', 'ok')},${idOf(
            'rg.',
            'x',
          )}`,
        }),
      );
    expect(read).toThrow(InvalidAksClusterIdError);
    expect(read).toThrow(
      `Annotation ${AKS_CLUSTER_ID_ANNOTATION}: Invalid resourceGroup 'rg.'`,
    );
    expect(() => read()).toThrow(
      expect.objectContaining({ field: 'resourceGroup', value: 'rg.' }),
    );
  });

  it('validates a managed cluster named by the resource id annotation strictly', () => {
    expect(() =>
      getAksClusterIds(
        entity({ [AZURE_RESOURCE_ID_ANNOTATION]: idOf('rg', 'bad_') }),
      ),
    ).toThrow(expect.objectContaining({ field: 'name' }));
  });
});

describe('readAksClusterIds', () => {
  it('reads every id on its own, so a malformed one does not hide the others', () => {
    const reads = readAksClusterIds(
      entity({
        [AKS_CLUSTER_ID_ANNOTATION]: `${idOf('rg', 'one')}, nonsense ,${idOf(
          'rg',
          'two',
        )}`,
      }),
    );
    expect(reads.map(r => r.ref?.name ?? r.error?.field)).toEqual([
      'one',
      'id',
      'two',
    ]);
    expect(reads[1]).toMatchObject({
      id: 'nonsense',
      error: {
        message: expect.stringContaining(
          `Annotation ${AKS_CLUSTER_ID_ANNOTATION}:`,
        ),
      },
    });
  });

  it('names a malformed id once however often it is written', () => {
    expect(
      readAksClusterIds(
        entity({ [AKS_CLUSTER_ID_ANNOTATION]: 'nonsense,NONSENSE' }),
      ),
    ).toHaveLength(1);
  });
});

describe('isAksAvailable', () => {
  it.each([
    ['an AKS id', { [AKS_CLUSTER_ID_ANNOTATION]: idOf('rg', 'aks') }, true],
    ['a malformed AKS id', { [AKS_CLUSTER_ID_ANNOTATION]: 'nonsense' }, true],
    [
      'a managed cluster resource id',
      { [AZURE_RESOURCE_ID_ANNOTATION]: idOf('rg', 'aks') },
      true,
    ],
    [
      'another resource id',
      {
        [AZURE_RESOURCE_ID_ANNOTATION]: `/subscriptions/${SUB}/resourceGroups/rg`,
      },
      false,
    ],
    ['a blank AKS annotation', { [AKS_CLUSTER_ID_ANNOTATION]: ' , ' }, false],
    ['no annotations', {}, false],
  ])('is %s → %s', (_, annotations, expected) => {
    expect(isAksAvailable(entity(annotations))).toBe(expected);
  });
});
