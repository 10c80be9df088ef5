/**
 * The AKS frontend plugin and its scaffolder fields module for the new
 * frontend system.
 *
 * @packageDocumentation
 */
import {
  ApiBlueprint,
  coreApis,
  createFrontendModule,
  createFrontendPlugin,
  PageBlueprint,
} from '@backstage/frontend-plugin-api';
import {
  EntityCardBlueprint,
  EntityContentBlueprint,
} from '@backstage/plugin-catalog-react/alpha';
import {
  createFormField,
  FormFieldBlueprint,
} from '@backstage/plugin-scaffolder-react/alpha';
import { isAksAvailable } from '@aks-backstage/plugin-aks-common';
import { aksApiRef, AksClient } from './api';
import { AksIcon } from './components/AksIcon';
import { rootRouteRef } from './routes';
import { aksTranslationRef } from './translation';

export { aksTranslationRef } from './translation';

/**
 * The entities the cards and the tab appear on: those with either
 * annotation the plugin reads, malformed ids included, since the cards
 * explain what is wrong with them.
 */
const namesAClusterOrTries = isAksAvailable;

const aksApi = ApiBlueprint.make({
  params: defineParams =>
    defineParams({
      api: aksApiRef,
      deps: { discoveryApi: coreApis.discovery, fetchApi: coreApis.fetch },
      factory: deps => new AksClient(deps),
    }),
});

const aksFleetPage = PageBlueprint.make({
  params: {
    path: '/aks',
    title: aksTranslationRef('fleetPage.title'),
    icon: <AksIcon />,
    routeRef: rootRouteRef,
    loader: () =>
      import('./components/FleetPage').then(m => <m.FleetContent />),
  },
});

const clusterCard = EntityCardBlueprint.make({
  name: 'cluster',
  params: {
    type: 'content',
    filter: namesAClusterOrTries,
    loader: () =>
      import('./components/ClusterCard').then(m => <m.ClusterCard />),
  },
});

/**
 * Off unless an app enables it: the tab shows the node pools, and the
 * overview stays a summary.
 */
const nodePoolsCard = EntityCardBlueprint.make({
  name: 'node-pools',
  disabled: true,
  params: {
    type: 'content',
    filter: namesAClusterOrTries,
    loader: () =>
      import('./components/NodePoolsCard').then(m => <m.NodePoolsCard />),
  },
});

const aksContent = EntityContentBlueprint.make({
  params: {
    path: '/aks',
    title: aksTranslationRef('entityContent.title'),
    filter: namesAClusterOrTries,
    loader: () => import('./components/AksContent').then(m => <m.AksContent />),
  },
});

const formField = (
  name: string,
  pick: (
    fields: typeof import('./components/ScaffolderFields')['AKS_FIELDS'],
  ) => Parameters<typeof createFormField>[0],
) =>
  FormFieldBlueprint.make({
    name,
    params: {
      field: () =>
        import('./components/ScaffolderFields').then(m =>
          createFormField(pick(m.AKS_FIELDS)),
        ),
    },
  });

/**
 * The AKS scaffolder fields for the new frontend system: `AksSubscriptionPicker`,
 * `AksLocationPicker`, `AksKubernetesVersionPicker`, `AksVmSizeField`,
 * `AksClusterPicker` and `AksReviewName`.
 *
 * @alpha
 */
export const aksScaffolderFieldsModule = createFrontendModule({
  pluginId: 'scaffolder',
  extensions: [
    formField('aks-subscription-picker', f => f.subscriptionPicker),
    formField('aks-location-picker', f => f.locationPicker),
    formField('aks-kubernetes-version-picker', f => f.kubernetesVersionPicker),
    formField('aks-vm-size-field', f => f.vmSizeField),
    formField('aks-cluster-picker', f => f.clusterPicker),
    formField('aks-review-name', f => f.reviewName),
  ],
});

/**
 * The AKS frontend plugin for the new frontend system.
 *
 * @alpha
 */
export default createFrontendPlugin({
  pluginId: 'aks',
  extensions: [aksApi, aksFleetPage, clusterCard, nodePoolsCard, aksContent],
  routes: { root: rootRouteRef },
});
