import { useApi } from '@backstage/frontend-plugin-api';
import type { ClusterSummary } from '@aks-backstage/plugin-aks-common';
import useAsync from 'react-use/esm/useAsync';
import { aksApiRef } from '../../api';

const PAGE_SIZE = 500;

/** Every cluster of the fleet, read page by page through the backend's cursor. */
export function useFleetClusters() {
  const aksApi = useApi(aksApiRef);
  return useAsync(async () => {
    const clusters: ClusterSummary[] = [];
    let cursor: string | undefined;
    do {
      const page = await aksApi.getFleetPage({ limit: PAGE_SIZE, cursor });
      clusters.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    return clusters;
  }, [aksApi]);
}
