import { useEffect, useState } from 'react';
import { useApi } from '@backstage/frontend-plugin-api';
import type {
  ClusterMaintenance,
  ClusterResponse,
} from '@aks-backstage/plugin-aks-common';
import { aksApiRef } from '../../api';

/**
 * The cluster's maintenance, read through the entity each time the cluster
 * is read; a saved window replaces it with the backend's answer.
 */
export function useMaintenance(cluster: ClusterResponse, entityRef: string) {
  const aksApi = useApi(aksApiRef);
  const [maintenance, setMaintenance] = useState<ClusterMaintenance>();
  const [error, setError] = useState<Error>();
  const { subscriptionId, resourceGroup, name, fetchedAt } = cluster;

  useEffect(() => {
    let cancelled = false;
    setError(undefined);
    aksApi
      .getMaintenance({ subscriptionId, resourceGroup, name }, { entityRef })
      .then(
        read => !cancelled && setMaintenance(read),
        e => !cancelled && setError(e),
      );
    return () => {
      cancelled = true;
    };
  }, [aksApi, subscriptionId, resourceGroup, name, fetchedAt, entityRef]);

  return {
    maintenance,
    error,
    loading: !maintenance && !error,
    setMaintenance,
  };
}
