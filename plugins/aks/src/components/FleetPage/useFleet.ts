import { useEffect, useState } from 'react';
import { useApi } from '@backstage/frontend-plugin-api';
import type {
  ClusterSummary,
  FleetPage,
  FleetQuery,
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

/** What the fleet is filtered by, which the backend applies. */
export type FleetFilter = Pick<
  FleetQuery,
  'health' | 'supportStatus' | 'subscriptionId' | 'maintenance'
>;

/**
 * The fleet matching the filter, page by page through the backend's cursor;
 * the table shows the clusters read so far while the rest arrive.
 */
export function useFleet(filter: FleetFilter = {}): FleetState {
  const aksApi = useApi(aksApiRef);
  const [state, setState] = useState<FleetState>({
    clusters: [],
    failedSubscriptions: [],
    loading: true,
  });

  useEffect(() => {
    let cancelled = false;
    setState(s => ({ ...s, clusters: [], loading: true }));
    (async () => {
      let cursor: string | undefined;
      const clusters: ClusterSummary[] = [];
      let freshness: Freshness | undefined;
      do {
        const page = await aksApi.getFleetPage({
          ...filter,
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
    // The filter's fields, not its identity, say when to read again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [
    aksApi,
    filter.health,
    filter.supportStatus,
    filter.subscriptionId,
    filter.maintenance,
  ]);

  return state;
}
