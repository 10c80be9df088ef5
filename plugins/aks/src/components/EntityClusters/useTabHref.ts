import { convertLegacyRouteRef } from '@backstage/core-compat-api';
import { coreApis, useApiHolder } from '@backstage/frontend-plugin-api';
import {
  entityRouteParams,
  entityRouteRef,
  useEntity,
} from '@backstage/plugin-catalog-react';

// Resolved through the app's routes, not React Router's location.
const catalogEntityRouteRef = convertLegacyRouteRef(entityRouteRef);

/**
 * Where the current entity's AKS tab is: the entity page's path and the
 * tab's. Unknown in an app without the new frontend system's route
 * resolution, where the card then shows no link.
 */
export function useTabHref(): string | undefined {
  const { entity } = useEntity();
  const entityRoute = useApiHolder()
    .get(coreApis.routeResolution)
    ?.resolve(catalogEntityRouteRef);
  return entityRoute
    ? `${entityRoute(entityRouteParams(entity, { encodeParams: true }))}/aks`
    : undefined;
}
