import type { ArmEmulator } from '../../types';
import { armFetch } from '../armFetch';
import { api, cloneResource, cluster, DEV, group } from '../demo';
import { extensionPath, fluxPath } from '../kubernetesConfiguration';
import { waitForLro } from '../lroMonitors';
import type { SpecKey } from '../specSchemas';

export const RG = 'rg-payments-prod';
export const PAYMENTS = cluster(RG, 'aks-payments-prod');
/** A cluster without the Flux extension. */
export const CHECKOUT = cluster(RG, 'aks-checkout-prod');
export const MISSING = cluster(RG, 'aks-missing');
/** An Arc-connected cluster, which the emulator does not serve. */
export const ARC = `${group(
  RG,
)}/providers/Microsoft.Kubernetes/connectedClusters/arc`;
export const DEV_FREE = cluster('rg-dev', 'aks-dev-free', DEV);

/** The microsoft.flux extension as the service keeps it once installed. */
const INSTALLED_FLUX = {
  properties: {
    extensionType: 'microsoft.flux',
    autoUpgradeMinorVersion: true,
    releaseTrain: 'Stable',
    scope: { cluster: { releaseNamespace: 'flux-system' } },
    configurationSettings: {},
    provisioningState: 'Succeeded',
    currentVersion: '1.17.3',
  },
};

/** A copy of the payments cluster (its extensions are not copied) with the Flux extension installed. */
export const clusterWithFlux = (name: string) => (emulator: ArmEmulator) => {
  const id = cloneResource(emulator, PAYMENTS, name);
  emulator.admin.putResource(extensionPath(id, 'flux'), INSTALLED_FLUX);
  return id;
};

export const GIT_CONFIGURATION = {
  properties: {
    scope: 'cluster',
    namespace: 'flux-system',
    gitRepository: {
      url: 'https://github.com/acme/conformance',
      repositoryRef: { branch: 'main' },
      syncIntervalInSeconds: 300,
    },
    kustomizations: {
      infra: { path: './infrastructure', prune: true },
      apps: { path: './apps', dependsOn: ['infra'] },
    },
  },
};

/** The Flux configuration made through the API on a cluster with Flux, its operation run to the end or left running. */
export const clusterWithConfiguration =
  (name: string, config: string, spec: SpecKey, wait = true) =>
  async (emulator: ArmEmulator) => {
    const id = clusterWithFlux(name)(emulator);
    const created = await armFetch(
      emulator,
      'PUT',
      api(fluxPath(id, config), spec),
      { body: GIT_CONFIGURATION },
    );
    if (wait) await waitForLro(emulator, created);
    return created;
  };

export const gitWith = (change: Record<string, unknown>) => ({
  properties: {
    ...GIT_CONFIGURATION.properties,
    gitRepository: { ...GIT_CONFIGURATION.properties.gitRepository, ...change },
  },
});

/** The monitor URL of an operation a setup started, read by the case's request. */
export function monitorOf(start: (emulator: ArmEmulator) => Promise<any>) {
  let url = '';
  return {
    setup: async (emulator: ArmEmulator) => {
      url = (await start(emulator)).headers['azure-asyncoperation'];
    },
    makePath: () => url,
  };
}
