import { isAksAvailable } from '@aks-backstage/plugin-aks-common';
import { useEntityRead } from '../EntityClusters/useEntityRead';

/** The identities federated to the current entity's service accounts on each of its clusters, in one request. */
export function useEntityWorkloadIdentities() {
  return useEntityRead(
    (api, entityRef) => api.getEntityWorkloadIdentities(entityRef),
    isAksAvailable,
  );
}
