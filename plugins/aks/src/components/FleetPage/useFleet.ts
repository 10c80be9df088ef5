import { useEffect, useState } from 'react';
import { useApi } from '@backstage/frontend-plugin-api';
import type {
  ClusterSummary,
  FleetPage,
  Freshness,
} from '@aks-backstage/plugin-aks-common';
import { aksApiRef } from '../../api';

/** Clusters fetched per request while the fleet pages through. */
export const FLEET_PAGE_SIZE = 500;

export interface FleetState {
  clusters: ClusterSummary[];
  failedSubscriptions: FleetPage['failedSubscriptions'];
  totalCount?: number;
  freshness?: Freshness;
  loading: boolean;
  error?: Error;
}

/**
 * The whole fleet, page by page through the backend's cursor; the table shows
 * the clusters read so far while the rest arrive.
 */
export function useFleet(): FleetState {
  const aksApi = useApi(aksApiRef);
  const [state, setState] = useState<FleetState>({
    clusters: [],
    failedSubscriptions: [],
    loading: true,
  });

  useEffect(() => {
    let cancelled = false;
    (async () => {
      let cursor: string | undefined;
      const clusters: ClusterSummary[] = [];
      let freshness: Freshness | undefined;
      do {
        const page = await aksApi.getFleetPage({
          limit: FLEET_PAGE_SIZE,
          cursor,
        });
        if (cancelled) return;
        clusters.push(...page.items);
        freshness = {
          fetchedAt:
            freshness && freshness.fetchedAt < page.fetchedAt
              ? freshness.fetchedAt
              : page.fetchedAt,
          stale: (freshness?.stale ?? false) || page.stale,
        };
        cursor = page.nextCursor;
        setState({
          clusters: [...clusters],
          failedSubscriptions: page.failedSubscriptions,
          totalCount: page.totalCount,
          freshness,
          loading: !!cursor,
        });
      } while (cursor);
    })().catch(error => {
      if (!cancelled) setState(s => ({ ...s, loading: false, error }));
    });
    return () => {
      cancelled = true;
    };
  }, [aksApi]);

  return state;
}
