import { convertLegacyRouteRef } from '@backstage/core-compat-api';
import {
  createApiFactory,
  createComponentExtension,
  createPlugin,
  createRoutableExtension,
  discoveryApiRef,
  fetchApiRef,
} from '@backstage/core-plugin-api';
import { aksApiRef, AksClient } from './api';
import { rootRouteRef as fleetRouteRef } from './routes';

/*
 * The legacy frontend system's view of the plugin: the same components and
 * route, declared the way legacy apps load them. The plugin itself is
 * written for the new frontend system (./alpha).
 */

const rootRouteRef = convertLegacyRouteRef(fleetRouteRef);

/**
 * The AKS frontend plugin for apps on the legacy frontend system.
 *
 * @public
 */
export const aksPlugin = createPlugin({
  id: 'aks',
  apis: [
    createApiFactory({
      api: aksApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: deps => new AksClient(deps),
    }),
  ],
  routes: { root: rootRouteRef },
});

/**
 * The fleet page: every cluster in the configured subscriptions.
 *
 * @public
 */
export const AksFleetPage = aksPlugin.provide(
  createRoutableExtension({
    name: 'AksFleetPage',
    component: () => import('./components/FleetPage').then(m => m.FleetPage),
    mountPoint: rootRouteRef,
  }),
);

/**
 * Entity card: health, Kubernetes version and support, and the settings of
 * every cluster the entity names. Use with `isAksAvailable`.
 *
 * @public
 */
export const EntityAksClusterCard: () => JSX.Element = aksPlugin.provide(
  createComponentExtension({
    name: 'EntityAksClusterCard',
    component: {
      lazy: () => import('./components/ClusterCard').then(m => m.ClusterCard),
    },
  }),
);

/**
 * Entity card: the node pools of every cluster the entity names.
 *
 * @public
 */
export const EntityAksNodePoolsCard: () => JSX.Element = aksPlugin.provide(
  createComponentExtension({
    name: 'EntityAksNodePoolsCard',
    component: {
      lazy: () =>
        import('./components/NodePoolsCard').then(m => m.NodePoolsCard),
    },
  }),
);

/**
 * Entity tab content: the cards, upgrade options and operations of every
 * cluster the entity names.
 *
 * @public
 */
export const EntityAksContent: (props: {
  /** How often a running operation is polled, in milliseconds. */
  pollMs?: number;
}) => JSX.Element = aksPlugin.provide(
  createComponentExtension({
    name: 'EntityAksContent',
    component: {
      lazy: () => import('./components/AksContent').then(m => m.AksContent),
    },
  }),
);
