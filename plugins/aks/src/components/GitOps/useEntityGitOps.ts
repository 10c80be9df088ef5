import { ANNOTATION_SOURCE_LOCATION } from '@backstage/catalog-model';
import { isAksAvailable } from '@aks-backstage/plugin-aks-common';
import { useEntityRead } from '../EntityClusters/useEntityRead';

/**
 * The Flux configurations of the current entity's repository on each of its
 * clusters, in one request. With `onlyWithRepository`, an entity that names
 * no repository is not asked about.
 */
export function useEntityGitOps(
  options: { onlyWithRepository?: boolean } = {},
) {
  return useEntityRead(
    (api, entityRef) => api.getEntityGitOps(entityRef),
    entity =>
      isAksAvailable(entity) &&
      (!options.onlyWithRepository ||
        !!entity.metadata.annotations?.[ANNOTATION_SOURCE_LOCATION]),
  );
}
