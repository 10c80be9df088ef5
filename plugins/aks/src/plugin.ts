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
 * Entity card for the overview: a compact row per cluster the entity names
 * (health, version and support, power, nodes, the worst problem). Use with
 * `isAksAvailable`.
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
 * Entity card: the node pools of every cluster the entity names, as the tab
 * shows them.
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
 * Entity tab content, "AKS clusters": every cluster the entity names with its
 * problems, essentials, node pools, upgrades, networking and operations.
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
