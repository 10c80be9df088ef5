import { useCallback, useEffect, useRef, useState } from 'react';
import { useApi } from '@backstage/frontend-plugin-api';
import type {
  AksOperation,
  AksOperationRequest,
  ClusterResponse,
} from '@aks-backstage/plugin-aks-common';
import { aksApiRef } from '../../api';

/** How often a running operation is polled. */
export const OPERATION_POLL_MS = 2000;

/**
 * Starts operations on a cluster through an entity and follows the running
 * one by polling the operation endpoint until it ends.
 */
export function useClusterOperation(options: {
  cluster: ClusterResponse;
  entityRef: string;
  onEnded: () => void;
  pollMs?: number;
}) {
  const { cluster, entityRef, onEnded, pollMs = OPERATION_POLL_MS } = options;
  const aksApi = useApi(aksApiRef);
  const [request, setRequest] = useState<AksOperationRequest>();
  const [operation, setOperation] = useState<AksOperation>();
  const [error, setError] = useState<Error>();
  const onEndedRef = useRef(onEnded);
  onEndedRef.current = onEnded;

  const start = useCallback(
    async (next: AksOperationRequest) => {
      setRequest(next);
      setOperation(undefined);
      setError(undefined);
      try {
        setOperation(await aksApi.startOperation(cluster, next, { entityRef }));
      } catch (e) {
        setError(e as Error);
      }
    },
    [aksApi, cluster, entityRef],
  );

  const id = operation?.id;
  const running = operation?.status === 'InProgress';
  useEffect(() => {
    if (!id || !running) return undefined;
    let cancelled = false;
    const timer = setTimeout(async () => {
      try {
        const next = await aksApi.getOperation(id, { entityRef });
        if (cancelled) return;
        setOperation(next);
        if (next.status !== 'InProgress') onEndedRef.current();
      } catch (e) {
        if (!cancelled) setError(e as Error);
      }
    }, pollMs);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [aksApi, id, running, operation, entityRef, pollMs]);

  return {
    start,
    request,
    operation,
    error,
    busy: (!!request && !operation && !error) || running,
  };
}
