import {
  createApiFactory,
  createPlugin,
  createRoutableExtension,
  discoveryApiRef,
  fetchApiRef,
} from '@backstage/core-plugin-api';
import { aksApiRef, AksClient } from './api';
import { rootRouteRef } from './routes';

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
