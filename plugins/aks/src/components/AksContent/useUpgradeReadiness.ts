import { useEffect, useState } from 'react';
import { useApi } from '@backstage/frontend-plugin-api';
import type {
  AksClusterRef,
  UpgradeReadiness,
} from '@aks-backstage/plugin-aks-common';
import { aksApiRef } from '../../api';

/**
 * The readiness of an upgrade to the version, read each time the version or
 * the scope changes; loading until the answer for that very upgrade is in.
 */
export function useUpgradeReadiness(
  cluster: AksClusterRef,
  entityRef: string,
  version: string | undefined,
  controlPlaneOnly: boolean,
): { readiness?: UpgradeReadiness; error?: Error; loading: boolean } {
  const aksApi = useApi(aksApiRef);
  const [answer, setAnswer] = useState<{
    key: string;
    readiness?: UpgradeReadiness;
    error?: Error;
  }>();
  const { subscriptionId, resourceGroup, name } = cluster;
  const key = version && `${version} ${controlPlaneOnly}`;

  useEffect(() => {
    if (!key || !version) return undefined;
    let cancelled = false;
    aksApi
      .getUpgradeReadiness({ subscriptionId, resourceGroup, name }, version, {
        entityRef,
        controlPlaneOnly,
      })
      .then(
        readiness => !cancelled && setAnswer({ key, readiness }),
        error => !cancelled && setAnswer({ key, error }),
      );
    return () => {
      cancelled = true;
    };
  }, [
    aksApi,
    subscriptionId,
    resourceGroup,
    name,
    entityRef,
    key,
    version,
    controlPlaneOnly,
  ]);

  if (!key) return { loading: false };
  if (answer?.key !== key) return { loading: true };
  return { readiness: answer.readiness, error: answer.error, loading: false };
}
