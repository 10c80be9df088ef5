import { stringifyEntityRef, type Entity } from '@backstage/catalog-model';
import { useApi } from '@backstage/frontend-plugin-api';
import { useEntity } from '@backstage/plugin-catalog-react';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { AksApi, aksApiRef } from '../../api';

/** What one read of the current entity's AKS resources has given so far. */
export interface EntityRead<T> {
  value?: T;
  loading: boolean;
  /** The request failed as a whole. */
  error?: Error;
  /** Reads again, keeping what was read until the answer comes. */
  retry: () => void;
}

/**
 * One request per entity for something of all its clusters (its GitOps, its
 * identities), made only when `wanted` says the entity can have it.
 */
export function useEntityRead<T>(
  read: (api: AksApi, entityRef: string) => Promise<T>,
  wanted: (entity: Entity) => boolean,
): EntityRead<T> {
  const { entity } = useEntity();
  const aksApi = useApi(aksApiRef);
  const entityRef = stringifyEntityRef(entity);
  const enabled = wanted(entity);
  const { value, loading, error, retry } = useAsyncRetry(
    async () => (enabled ? read(aksApi, entityRef) : undefined),
    // `read` is a new function on every render; what it reads is named here.
    [aksApi, entityRef, enabled],
  );
  return { value, loading, error, retry };
}

/** The item of a cluster in a per-cluster answer; ARM ids compare without case. */
export function clusterItem<I extends { clusterId: string }>(
  items: I[] | undefined,
  clusterId: string,
): I | undefined {
  const id = clusterId.toLowerCase();
  return items?.find(item => item.clusterId.toLowerCase() === id);
}
