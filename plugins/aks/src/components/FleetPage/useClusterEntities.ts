import {
  CompoundEntityRef,
  getCompoundEntityRef,
} from '@backstage/catalog-model';
import { useApi } from '@backstage/frontend-plugin-api';
import {
  CATALOG_FILTER_EXISTS,
  catalogApiRef,
} from '@backstage/plugin-catalog-react';
import {
  AKS_CLUSTER_ID_ANNOTATION,
  AZURE_RESOURCE_ID_ANNOTATION,
  formatAksClusterId,
  getAksClusterIds,
} from '@aks-backstage/plugin-aks-common';
import useAsync from 'react-use/esm/useAsync';

/** The catalog entities that name each cluster, keyed by lower-cased cluster id. */
export function useClusterEntities(): Map<string, CompoundEntityRef[]> {
  const catalogApi = useApi(catalogApiRef);
  const { value } = useAsync(async () => {
    const { items } = await catalogApi.getEntities({
      filter: [
        {
          [`metadata.annotations.${AKS_CLUSTER_ID_ANNOTATION}`]:
            CATALOG_FILTER_EXISTS,
        },
        {
          [`metadata.annotations.${AZURE_RESOURCE_ID_ANNOTATION}`]:
            CATALOG_FILTER_EXISTS,
        },
      ],
      fields: [
        'kind',
        'metadata.namespace',
        'metadata.name',
        'metadata.annotations',
      ],
    });
    const byCluster = new Map<string, CompoundEntityRef[]>();
    for (const entity of items) {
      let refs;
      try {
        refs = getAksClusterIds(entity);
      } catch {
        continue; // an entity with a malformed id explains itself on its own page
      }
      for (const ref of refs) {
        const key = formatAksClusterId(ref).toLowerCase();
        byCluster.set(key, [
          ...(byCluster.get(key) ?? []),
          getCompoundEntityRef(entity),
        ]);
      }
    }
    return byCluster;
  }, [catalogApi]);
  return value ?? new Map();
}
