import { armFetch } from '../armFetch';
import { conformanceCase, type ConformanceCase } from '../conformanceCase';
import { api, cloneResource, cluster } from '../demo';
import { extensionPath } from '../kubernetesConfiguration';
import {
  ARC,
  clusterWithFlux,
  MISSING,
  monitorOf,
  PAYMENTS,
  RG,
} from './kubernetesConfigurationSetup';

/** Every extension case of one api-version, on clusters of its own (names end in `suffix`). */
export function extensionCasesFor(
  spec: 'extensions' | 'extensionsLatest',
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
  const withFlux = (name: string) => clusterWithFlux(`${name}${suffix}`);
  const dapr = { properties: { extensionType: 'microsoft.dapr' } };
  const newer = spec === 'extensionsLatest' ? { autoUpgradeMode: 'patch' } : {};
  return [
    c(
      'Extensions_List',
      200,
      'the Flux extension of a cluster',
      extensionPath(PAYMENTS),
    ),
    c('Extensions_List', 404, 'a missing cluster', extensionPath(MISSING)),
    c('Extensions_List', 400, 'an Arc-connected cluster', extensionPath(ARC)),
    c(
      'Extensions_Get',
      200,
      'the Flux extension',
      extensionPath(PAYMENTS, 'flux'),
    ),
    c(
      'Extensions_Get',
      404,
      'an extension the cluster does not have',
      extensionPath(PAYMENTS, 'dapr'),
    ),
    c(
      'Extensions_Get',
      404,
      'a missing cluster',
      extensionPath(MISSING, 'flux'),
    ),
    c(
      'Extensions_Create',
      201,
      'a new Flux extension with protected settings',
      extensionPath(copy('aks-conf-ext-new'), 'flux'),
      {
        setup: e => cloneResource(e, PAYMENTS, `aks-conf-ext-new${suffix}`),
        body: {
          properties: {
            extensionType: 'microsoft.flux',
            configurationSettings: { 'multiTenancy.enforce': 'false' },
            configurationProtectedSettings: { token: 'not-to-be-returned' },
            ...newer,
          },
        },
      },
    ),
    c(
      'Extensions_Create',
      200,
      'the Flux extension installed again',
      extensionPath(copy('aks-conf-ext-again'), 'flux'),
      {
        setup: withFlux('aks-conf-ext-again'),
        body: { properties: { extensionType: 'microsoft.flux' } },
      },
    ),
    c(
      'Extensions_Create',
      400,
      'an extension type no publisher registered',
      extensionPath(PAYMENTS, 'nothing'),
      {
        body: { properties: { extensionType: 'contoso.nothing' } },
      },
    ),
    c(
      'Extensions_Create',
      400,
      'no extension type',
      extensionPath(PAYMENTS, 'nothing'),
      {
        body: { properties: {} },
      },
    ),
    c(
      'Extensions_Create',
      400,
      'a pinned version with auto-upgrade on',
      extensionPath(PAYMENTS, 'dapr'),
      {
        body: {
          properties: { extensionType: 'microsoft.dapr', version: '1.14.0' },
        },
      },
    ),
    c(
      'Extensions_Create',
      400,
      'a changed extension type',
      extensionPath(PAYMENTS, 'flux'),
      {
        body: dapr,
      },
    ),
    c(
      'Extensions_Create',
      400,
      'a name that is no Kubernetes name',
      extensionPath(PAYMENTS, 'Flux_Ext'),
      {
        body: dapr,
      },
    ),
    c(
      'Extensions_Create',
      404,
      'a missing cluster',
      extensionPath(MISSING, 'dapr'),
      { body: dapr },
    ),
    c(
      'Extensions_Create',
      409,
      'while its installation runs',
      extensionPath(copy('aks-conf-ext-busy'), 'dapr'),
      {
        setup: async e => {
          cloneResource(e, PAYMENTS, `aks-conf-ext-busy${suffix}`);
          await armFetch(
            e,
            'PUT',
            api(extensionPath(copy('aks-conf-ext-busy'), 'dapr'), spec),
            { body: dapr },
          );
        },
        body: dapr,
      },
    ),
    c(
      'Extensions_Update',
      202,
      'new settings',
      extensionPath(copy('aks-conf-ext-update'), 'flux'),
      {
        setup: withFlux('aks-conf-ext-update'),
        body: {
          properties: {
            configurationSettings: {
              'image-automation-controller.enabled': 'true',
            },
            ...newer,
          },
        },
      },
    ),
    c(
      'Extensions_Update',
      200,
      'nothing to change',
      extensionPath(PAYMENTS, 'flux'),
      {
        body: { properties: { releaseTrain: 'Stable' } },
      },
    ),
    c(
      'Extensions_Update',
      400,
      'a version without turning auto-upgrade off',
      extensionPath(PAYMENTS, 'flux'),
      {
        body: { properties: { version: '1.16.0' } },
      },
    ),
    c(
      'Extensions_Update',
      404,
      'an extension the cluster does not have',
      extensionPath(PAYMENTS, 'dapr'),
      {
        body: { properties: {} },
      },
    ),
    c(
      'Extensions_Delete',
      202,
      'an extension',
      extensionPath(copy('aks-conf-ext-delete'), 'flux'),
      {
        setup: withFlux('aks-conf-ext-delete'),
      },
    ),
    c(
      'Extensions_Delete',
      200,
      'an extension, forced',
      `${extensionPath(copy('aks-conf-ext-force'), 'flux')}?forceDelete=true`,
      {
        setup: withFlux('aks-conf-ext-force'),
      },
    ),
    c(
      'Extensions_Delete',
      404,
      'a missing cluster',
      extensionPath(MISSING, 'flux'),
    ),
    c(
      'Extensions_Delete',
      204,
      'an extension the cluster does not have',
      extensionPath(PAYMENTS, 'dapr'),
    ),
    c(
      'Extensions_Delete',
      400,
      'the Flux extension while Flux configurations use it',
      extensionPath(PAYMENTS, 'flux'),
    ),
    c(
      'Extensions_Delete',
      400,
      'a forceDelete that is no boolean',
      `${extensionPath(PAYMENTS, 'dapr')}?forceDelete=yes`,
    ),
    c('OperationStatus_Get', 200, 'an installation that runs', '', {
      ...monitorOf(async e => {
        const id = cloneResource(e, PAYMENTS, `aks-conf-ext-monitor${suffix}`);
        return armFetch(e, 'PUT', api(extensionPath(id, 'dapr'), spec), {
          body: dapr,
        });
      }),
    }),
    c(
      'OperationStatus_Get',
      404,
      'an operation that does not exist',
      `${extensionPath(
        PAYMENTS,
        'flux',
      )}/operations/00000000-0000-4000-8000-000000000000`,
    ),
  ];
}

export const EXTENSION_CASES = [
  ...extensionCasesFor('extensions', ''),
  ...extensionCasesFor('extensionsLatest', '-new'),
];
