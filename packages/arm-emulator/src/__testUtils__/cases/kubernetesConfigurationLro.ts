import type { ArmEmulator } from '../../types';
import { api, cloneResource, cluster } from '../demo';
import { extensionPath, fluxPath } from '../kubernetesConfiguration';
import type { LroCase } from '../lroContract';
import {
  clusterWithConfiguration,
  clusterWithFlux,
  GIT_CONFIGURATION,
} from './kubernetesConfigurationSetup';

const RG = 'rg-payments-prod';
const PAYMENTS = cluster(RG, 'aks-payments-prod');

/** The long-running extension operations at one api-version, on clusters of their own. */
function extensionCases(
  spec: 'extensions' | 'extensionsLatest',
  suffix: string,
): LroCase[] {
  const at = (name: string, extension: string) =>
    api(extensionPath(cluster(RG, `${name}${suffix}`), extension), spec);
  const lro = (
    operation: string,
    status: number,
    what: string,
    name: string,
    extra: Partial<LroCase> & { setup: (emulator: ArmEmulator) => unknown },
  ): LroCase => ({
    operation,
    status,
    what: `${what} (${spec})`,
    path: at(name, 'flux'),
    spec,
    final: {
      operation: 'Extensions_Get',
      path: at(name, 'flux'),
      status: 200,
    },
    ...extra,
  });
  return [
    lro('Extensions_Create', 201, 'a new Flux extension', 'aks-lro-ext-new', {
      setup: e => cloneResource(e, PAYMENTS, `aks-lro-ext-new${suffix}`),
      body: { properties: { extensionType: 'microsoft.flux' } },
    }),
    lro(
      'Extensions_Create',
      200,
      'the Flux extension installed again',
      'aks-lro-ext-put',
      {
        setup: clusterWithFlux(`aks-lro-ext-put${suffix}`),
        body: {
          properties: {
            extensionType: 'microsoft.flux',
            releaseTrain: 'Preview',
          },
        },
      },
    ),
    lro('Extensions_Update', 202, 'a pinned version', 'aks-lro-ext-patch', {
      setup: clusterWithFlux(`aks-lro-ext-patch${suffix}`),
      body: {
        properties: { autoUpgradeMinorVersion: false, version: '1.16.0' },
      },
    }),
    {
      ...lro(
        'Extensions_Delete',
        202,
        'the Flux extension',
        'aks-lro-ext-delete',
        {
          setup: clusterWithFlux(`aks-lro-ext-delete${suffix}`),
        },
      ),
      final: {
        operation: 'Extensions_Get',
        path: at('aks-lro-ext-delete', 'flux'),
        status: 404,
      },
    },
  ];
}

/** The long-running Flux configuration operations at one api-version, on clusters of their own. */
function fluxCases(spec: 'flux' | 'fluxLatest', suffix: string): LroCase[] {
  const at = (name: string) =>
    api(fluxPath(cluster(RG, `${name}${suffix}`), 'apps'), spec);
  const lro = (
    operation: string,
    status: number,
    what: string,
    name: string,
    extra: Partial<LroCase> & { setup: (emulator: ArmEmulator) => unknown },
  ): LroCase => ({
    operation,
    status,
    what: `${what} (${spec})`,
    path: at(name),
    spec,
    final: { operation: 'FluxConfigurations_Get', path: at(name), status: 200 },
    ...extra,
  });
  const made = (name: string) =>
    clusterWithConfiguration(`${name}${suffix}`, 'apps', spec);
  return [
    lro(
      'FluxConfigurations_CreateOrUpdate',
      201,
      'a new configuration',
      'aks-lro-flux-new',
      {
        setup: clusterWithFlux(`aks-lro-flux-new${suffix}`),
        body: GIT_CONFIGURATION,
      },
    ),
    lro(
      'FluxConfigurations_CreateOrUpdate',
      200,
      'a changed configuration',
      'aks-lro-flux-put',
      {
        setup: made('aks-lro-flux-put'),
        body: {
          properties: { ...GIT_CONFIGURATION.properties, suspend: true },
        },
      },
    ),
    lro(
      'FluxConfigurations_Update',
      202,
      'a new Kustomization',
      'aks-lro-flux-patch',
      {
        setup: made('aks-lro-flux-patch'),
        body: { properties: { kustomizations: { jobs: { path: './jobs' } } } },
      },
    ),
    {
      ...lro(
        'FluxConfigurations_Delete',
        202,
        'a configuration',
        'aks-lro-flux-delete',
        {
          setup: made('aks-lro-flux-delete'),
        },
      ),
      final: {
        operation: 'FluxConfigurations_Get',
        path: at('aks-lro-flux-delete'),
        status: 404,
      },
    },
  ];
}

/** Every long-running Kubernetes configuration operation, at the SDK's api-version and the newest. */
export const KUBERNETES_CONFIGURATION_LRO_CASES: LroCase[] = [
  ...extensionCases('extensions', ''),
  ...extensionCases('extensionsLatest', '-new'),
  ...fluxCases('flux', ''),
  ...fluxCases('fluxLatest', '-new'),
];
