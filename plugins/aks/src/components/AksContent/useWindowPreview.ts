import { useEffect, useState } from 'react';
import { useApi } from '@backstage/frontend-plugin-api';
import type {
  AksClusterRef,
  MaintenancePreview,
  MaintenanceWindowInput,
} from '@aks-backstage/plugin-aks-common';
import { aksApiRef } from '../../api';

/** How long the fields rest before the preview is asked for. */
export const PREVIEW_DELAY_MS = 250;

/**
 * The backend's preview of a window (its summary and next five
 * occurrences), asked for once the fields rest; its refusal is the error.
 * Nothing is asked while the window is undefined (the fields are invalid),
 * and an answer is loaded only for the window it was asked for.
 */
export function useWindowPreview(
  cluster: AksClusterRef,
  entityRef: string,
  window: MaintenanceWindowInput | undefined,
): { preview?: MaintenancePreview; error?: Error; loading: boolean } {
  const aksApi = useApi(aksApiRef);
  const [answer, setAnswer] = useState<{
    key: string;
    preview?: MaintenancePreview;
    error?: Error;
  }>();
  const { subscriptionId, resourceGroup, name } = cluster;
  const key = window && JSON.stringify(window);

  useEffect(() => {
    if (!key) return undefined;
    let cancelled = false;
    const timer = setTimeout(() => {
      aksApi
        .previewMaintenanceWindow(
          { subscriptionId, resourceGroup, name },
          JSON.parse(key),
          { entityRef },
        )
        .then(
          preview => !cancelled && setAnswer({ key, preview }),
          error => !cancelled && setAnswer({ key, error }),
        );
    }, PREVIEW_DELAY_MS);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [aksApi, subscriptionId, resourceGroup, name, entityRef, key]);

  if (!key) return { loading: false };
  // The last preview stays in sight, quieter, while the next is worked out.
  if (answer?.key !== key) return { preview: answer?.preview, loading: true };
  return { preview: answer.preview, error: answer.error, loading: false };
}
