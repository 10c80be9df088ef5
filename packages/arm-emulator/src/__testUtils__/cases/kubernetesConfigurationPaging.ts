import type { ArmEmulator } from '../../types';
import { armFetch } from '../armFetch';
import { api, cluster } from '../demo';
import { AKS, extensionPath, fluxPath } from '../kubernetesConfiguration';
import type { PagingCase } from './paging';
import {
  clusterWithFlux,
  GIT_CONFIGURATION,
} from './kubernetesConfigurationSetup';

const RG = 'rg-payments-prod';

/** A copy of the payments cluster with Flux and two more extensions. */
const threeExtensions = async (emulator: ArmEmulator) => {
  const id = clusterWithFlux('aks-page-extensions')(emulator);
  for (const [name, extensionType] of [
    ['dapr', 'microsoft.dapr'],
    ['keyvault', 'microsoft.azurekeyvaultsecretsprovider'],
  ])
    await armFetch(
      emulator,
      'PUT',
      api(extensionPath(id, name), 'extensions'),
      {
        body: { properties: { extensionType } },
      },
    );
};

/** A copy of the payments cluster with Flux and three configurations. */
const threeConfigurations = async (emulator: ArmEmulator) => {
  const id = clusterWithFlux('aks-page-flux')(emulator);
  for (const name of ['infra', 'apps', 'jobs'])
    await armFetch(emulator, 'PUT', api(fluxPath(id, name), 'flux'), {
      body: GIT_CONFIGURATION,
    });
};

/** The pageable Kubernetes configuration lists. */
export const KUBERNETES_CONFIGURATION_PAGING: PagingCase[] = [
  {
    operation: 'Extensions_List',
    what: 'three extensions',
    path: api(extensionPath(cluster(RG, 'aks-page-extensions')), 'extensions'),
    setup: threeExtensions,
    sdk: c =>
      c.kubernetesConfiguration.extensions.list(
        RG,
        ...AKS,
        'aks-page-extensions',
      ),
  },
  {
    operation: 'FluxConfigurations_List',
    what: 'three configurations',
    path: api(fluxPath(cluster(RG, 'aks-page-flux')), 'flux'),
    setup: threeConfigurations,
    sdk: c =>
      c.kubernetesConfiguration.fluxConfigurations.list(
        RG,
        ...AKS,
        'aks-page-flux',
      ),
  },
];
