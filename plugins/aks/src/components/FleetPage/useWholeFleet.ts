import { useRef } from 'react';
import type { ClusterSummary } from '@aks-backstage/plugin-aks-common';
import type { FleetFilter, FleetState } from './useFleet';

/**
 * The fleet without filters, for the charts and the count to be "of": the
 * backend answers a filtered query with the matching clusters only, so the
 * last unfiltered answer is kept while a filter is on.
 */
export function useWholeFleet(
  filter: FleetFilter,
  fleet: FleetState,
): { clusters: ClusterSummary[]; total?: number } {
  const whole = useRef<{ clusters: ClusterSummary[]; total?: number }>({
    clusters: [],
  });
  if (!Object.values(filter).some(Boolean)) {
    whole.current = { clusters: fleet.clusters, total: fleet.totalCount };
  }
  return whole.current;
}
