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
import {
  EntityCardBlueprint,
  EntityContentBlueprint,
} from '@backstage/plugin-catalog-react/alpha';
import { isAksAvailable } from '@aks-backstage/plugin-aks-common';
import { aksApiRef, AksClient } from './api';
import { AksIcon } from './components/AksIcon';
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
    icon: <AksIcon />,
    routeRef: convertLegacyRouteRef(rootRouteRef),
    loader: () =>
      import('./components/FleetPage').then(m =>
        compatWrapper(<m.FleetContent />),
      ),
  },
});

const clusterCard = EntityCardBlueprint.make({
  name: 'cluster',
  params: {
    // Either annotation the plugin reads, malformed ids included (the card explains them).
    filter: isAksAvailable,
    loader: () =>
      import('./components/ClusterCard').then(m =>
        compatWrapper(<m.ClusterCard />),
      ),
  },
});

const nodePoolsCard = EntityCardBlueprint.make({
  name: 'node-pools',
  params: {
    // Either annotation the plugin reads, malformed ids included (the card explains them).
    filter: isAksAvailable,
    loader: () =>
      import('./components/NodePoolsCard').then(m =>
        compatWrapper(<m.NodePoolsCard />),
      ),
  },
});

const aksContent = EntityContentBlueprint.make({
  params: {
    path: '/aks',
    title: 'Kubernetes on Azure',
    // Either annotation the plugin reads, malformed ids included (the card explains them).
    filter: isAksAvailable,
    loader: () =>
      import('./components/AksContent').then(m =>
        compatWrapper(<m.AksContent />),
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
  extensions: [aksApi, aksFleetPage, clusterCard, nodePoolsCard, aksContent],
  routes: { root: convertLegacyRouteRef(rootRouteRef) },
});
