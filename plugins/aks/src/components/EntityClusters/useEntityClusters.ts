import { stringifyEntityRef } from '@backstage/catalog-model';
import { useApi } from '@backstage/frontend-plugin-api';
import { useEntity } from '@backstage/plugin-catalog-react';
import { isAksAvailable } from '@aks-backstage/plugin-aks-common';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { aksApiRef } from '../../api';

/** The clusters the current entity names, read through the AKS backend. */
export function useEntityClusters() {
  const { entity } = useEntity();
  const aksApi = useApi(aksApiRef);
  const entityRef = stringifyEntityRef(entity);
  const available = isAksAvailable(entity);
  const state = useAsyncRetry(
    async () => (available ? aksApi.getEntityClusters(entityRef) : undefined),
    [aksApi, entityRef, available],
  );
  return { entity, entityRef, ...state };
}
