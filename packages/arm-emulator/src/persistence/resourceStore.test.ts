import { ResourceStore } from './resourceStore';

const CLUSTERS = 'Microsoft.ContainerService/managedClusters';
const clusterId = (subscription: string, name: string) =>
  `/subscriptions/${subscription}/resourceGroups/rg/providers/${CLUSTERS}/${name}`;

describe('ResourceStore', () => {
  it('lists one type in one subscription in insertion order, whatever the case of the query', () => {
    const store = new ResourceStore();
    store.put(clusterId('sub-a', 'one'), {});
    store.put(clusterId('sub-b', 'two'), {});
    store.put(clusterId('sub-a', 'three'), {});

    const names = (subscriptionId: string) =>
      store
        .list({ type: CLUSTERS.toUpperCase(), subscriptionId })
        .map(r => r.id.split('/').pop());
    expect(names('SUB-A')).toEqual(['one', 'three']);
    expect(names('sub-b')).toEqual(['two']);
    expect(names('sub-c')).toEqual([]);
  });

  it('forgets a deleted resource in every list, also when its resource group goes', () => {
    const store = new ResourceStore();
    store.put('/subscriptions/sub-a/resourceGroups/rg', {});
    store.put(clusterId('sub-a', 'one'), {});
    store.put(clusterId('sub-a', 'two'), {});

    store.delete(clusterId('SUB-A', 'ONE'));
    expect(
      store.list({ type: CLUSTERS, subscriptionId: 'sub-a' }).map(r => r.id),
    ).toEqual([clusterId('sub-a', 'two')]);

    store.delete('/subscriptions/sub-a/resourceGroups/rg');
    expect(store.list({ type: CLUSTERS, subscriptionId: 'sub-a' })).toEqual([]);
    expect(store.list({ type: CLUSTERS })).toEqual([]);
  });
});
