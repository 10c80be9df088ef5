import { conformanceCase, type ConformanceCase } from '../conformanceCase';
import { api, cluster } from '../demo';
import { fluxPath } from '../kubernetesConfiguration';
import {
  CHECKOUT,
  clusterWithConfiguration,
  clusterWithFlux,
  DEV_FREE,
  GIT_CONFIGURATION,
  gitWith,
  MISSING,
  monitorOf,
  PAYMENTS,
  RG,
} from './kubernetesConfigurationSetup';

/** Every Flux configuration case of one api-version, on clusters of its own (names end in `suffix`). */
export function fluxCasesFor(
  spec: 'flux' | 'fluxLatest',
  suffix: string,
): ConformanceCase[] {
  const c = (
    operation: string,
    status: number,
    what: string,
    path: string,
    extra: Partial<ConformanceCase> = {},
  ) =>
    conformanceCase(operation, status, `${what} (${spec})`, api(path, spec), {
      ...extra,
      spec,
    });
  const copy = (name: string) => cluster(RG, `${name}${suffix}`);
  const made = (name: string, wait = true) =>
    clusterWithConfiguration(`${name}${suffix}`, 'apps', spec, wait);
  const invalid = (what: string, body: unknown) =>
    c(
      'FluxConfigurations_CreateOrUpdate',
      400,
      what,
      fluxPath(PAYMENTS, 'invalid'),
      { body },
    );
  const provider = spec === 'fluxLatest' ? { provider: 'Generic' } : {};
  return [
    c(
      'FluxConfigurations_List',
      200,
      'the configurations of a cluster',
      fluxPath(PAYMENTS),
    ),
    c('FluxConfigurations_List', 404, 'a missing cluster', fluxPath(MISSING)),
    c(
      'FluxConfigurations_Get',
      200,
      'a Compliant configuration',
      fluxPath(PAYMENTS, 'payments-api'),
    ),
    c(
      'FluxConfigurations_Get',
      200,
      'a Non-Compliant configuration',
      fluxPath(DEV_FREE, 'payments-api'),
    ),
    c(
      'FluxConfigurations_Get',
      200,
      'a Pending configuration being made',
      fluxPath(copy('aks-conf-flux-pending'), 'apps'),
      {
        setup: made('aks-conf-flux-pending', false),
      },
    ),
    c(
      'FluxConfigurations_Get',
      404,
      'a configuration the cluster does not have',
      fluxPath(PAYMENTS, 'nothing'),
    ),
    c(
      'FluxConfigurations_Get',
      404,
      'a missing cluster',
      fluxPath(MISSING, 'apps'),
    ),
    c(
      'FluxConfigurations_CreateOrUpdate',
      201,
      'a new configuration with HTTPS credentials',
      fluxPath(copy('aks-conf-flux-new'), 'apps'),
      {
        setup: clusterWithFlux(`aks-conf-flux-new${suffix}`),
        body: {
          properties: {
            ...gitWith({ httpsUser: 'flux', ...provider }).properties,
            configurationProtectedSettings: { httpsKey: 'not-to-be-returned' },
          },
        },
      },
    ),
    c(
      'FluxConfigurations_CreateOrUpdate',
      200,
      'a changed branch',
      fluxPath(copy('aks-conf-flux-put'), 'apps'),
      {
        setup: made('aks-conf-flux-put'),
        body: gitWith({ repositoryRef: { branch: 'release' } }),
      },
    ),
    c(
      'FluxConfigurations_CreateOrUpdate',
      400,
      'a cluster without the Flux extension',
      fluxPath(CHECKOUT, 'apps'),
      {
        body: GIT_CONFIGURATION,
      },
    ),
    invalid('no repository URL', gitWith({ url: undefined })),
    invalid('a repository URL that is none', gitWith({ url: 'not a url' })),
    invalid('no ref to check out', gitWith({ repositoryRef: {} })),
    invalid(
      'a commit without its branch',
      gitWith({ repositoryRef: { commit: 'a'.repeat(40) } }),
    ),
    invalid('a sync interval of 0', gitWith({ syncIntervalInSeconds: 0 })),
    invalid('an HTTPS user without its key', gitWith({ httpsUser: 'flux' })),
    invalid('an SSH key for an HTTPS URL', {
      properties: {
        ...GIT_CONFIGURATION.properties,
        configurationProtectedSettings: { sshPrivateKey: 'a2V5' },
      },
    }),
    invalid('a Bucket source', {
      properties: { ...GIT_CONFIGURATION.properties, sourceKind: 'Bucket' },
    }),
    invalid('a Kustomization depending on itself', {
      properties: {
        ...GIT_CONFIGURATION.properties,
        kustomizations: { apps: { dependsOn: ['apps'] } },
      },
    }),
    invalid('a scope that is none', {
      properties: { ...GIT_CONFIGURATION.properties, scope: 'everywhere' },
    }),
    c(
      'FluxConfigurations_CreateOrUpdate',
      400,
      'a changed namespace',
      fluxPath(PAYMENTS, 'payments-api'),
      {
        body: {
          properties: {
            ...GIT_CONFIGURATION.properties,
            scope: 'namespace',
            namespace: 'elsewhere',
          },
        },
      },
    ),
    c(
      'FluxConfigurations_CreateOrUpdate',
      404,
      'a missing cluster',
      fluxPath(MISSING, 'apps'),
      {
        body: GIT_CONFIGURATION,
      },
    ),
    c(
      'FluxConfigurations_CreateOrUpdate',
      409,
      'while it is being made',
      fluxPath(copy('aks-conf-flux-busy'), 'apps'),
      { setup: made('aks-conf-flux-busy', false), body: GIT_CONFIGURATION },
    ),
    c(
      'FluxConfigurations_Update',
      202,
      'a new Kustomization path',
      fluxPath(copy('aks-conf-flux-patch'), 'apps'),
      {
        setup: made('aks-conf-flux-patch'),
        body: {
          properties: {
            kustomizations: { apps: { path: './apps/production' } },
            gitRepository: provider,
          },
        },
      },
    ),
    c(
      'FluxConfigurations_Update',
      200,
      'nothing to change',
      fluxPath(PAYMENTS, 'payments-api'),
      {
        body: { properties: { suspend: false } },
      },
    ),
    c(
      'FluxConfigurations_Update',
      400,
      'a sync interval of 0',
      fluxPath(PAYMENTS, 'payments-api'),
      {
        body: { properties: { gitRepository: { syncIntervalInSeconds: 0 } } },
      },
    ),
    c(
      'FluxConfigurations_Update',
      404,
      'a configuration the cluster does not have',
      fluxPath(PAYMENTS, 'nothing'),
      {
        body: { properties: {} },
      },
    ),
    c(
      'FluxConfigurations_Delete',
      202,
      'a configuration',
      fluxPath(copy('aks-conf-flux-delete'), 'apps'),
      {
        setup: made('aks-conf-flux-delete'),
      },
    ),
    c(
      'FluxConfigurations_Delete',
      200,
      'a configuration, forced',
      `${fluxPath(copy('aks-conf-flux-force'), 'apps')}?forceDelete=true`,
      {
        setup: made('aks-conf-flux-force'),
      },
    ),
    c(
      'FluxConfigurations_Delete',
      404,
      'a missing cluster',
      fluxPath(MISSING, 'apps'),
    ),
    c(
      'FluxConfigurations_Delete',
      204,
      'a configuration the cluster does not have',
      fluxPath(PAYMENTS, 'nothing'),
    ),
    c('FluxConfigOperationStatus_Get', 200, 'a configuration being made', '', {
      ...monitorOf(made('aks-conf-flux-monitor', false)),
    }),
    c(
      'FluxConfigOperationStatus_Get',
      404,
      'an operation that does not exist',
      `${fluxPath(
        PAYMENTS,
        'payments-api',
      )}/operations/00000000-0000-4000-8000-000000000000`,
    ),
  ];
}

export const FLUX_CONFIGURATION_CASES = [
  ...fluxCasesFor('flux', ''),
  ...fluxCasesFor('fluxLatest', '-new'),
];
