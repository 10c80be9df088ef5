import {
  compatWrapper,
  convertLegacyRouteRef,
} from '@backstage/core-compat-api';
import {
  ApiBlueprint,
  createFrontendPlugin,
  discoveryApiRef,
  fetchApiRef,
  PageBlueprint,
} from '@backstage/frontend-plugin-api';
import { aksApiRef, AksClient } from './api';
import { rootRouteRef } from './routes';

const aksApi = ApiBlueprint.make({
  params: defineParams =>
    defineParams({
      api: aksApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: deps => new AksClient(deps),
    }),
});

const aksFleetPage = PageBlueprint.make({
  params: {
    path: '/aks',
    title: 'AKS clusters',
    routeRef: convertLegacyRouteRef(rootRouteRef),
    loader: () =>
      import('./components/FleetPage').then(m =>
        compatWrapper(<m.FleetPage />),
      ),
  },
});

/**
 * The AKS frontend plugin for the new frontend system.
 *
 * @alpha
 */
export default createFrontendPlugin({
  pluginId: 'aks',
  extensions: [aksApi, aksFleetPage],
  routes: { root: convertLegacyRouteRef(rootRouteRef) },
});
