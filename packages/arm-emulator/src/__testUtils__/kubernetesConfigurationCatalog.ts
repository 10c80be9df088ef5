import type { CatalogEntry } from './operationCatalog';
import { api, cluster } from './demo';
import { extensionPath, fluxPath } from './kubernetesConfiguration';

const PAYMENTS = cluster('rg-payments-prod', 'aks-payments-prod');
const PLATFORM = cluster('rg-platform-prod', 'aks-platform-lts');
const OPERATION = '0b7e5c2a-0000-4000-8000-00000000c0de';

const extensions = (
  operation: string,
  method: string,
  path: string,
  body?: unknown,
): CatalogEntry => ({
  operation,
  spec: 'extensions',
  method,
  path: api(path, 'extensions'),
  monitor: 'OperationStatus_Get',
  ...(body ? { body } : {}),
});

const flux = (
  operation: string,
  method: string,
  path: string,
  body?: unknown,
): CatalogEntry => ({
  operation,
  spec: 'flux',
  method,
  path: api(path, 'flux'),
  monitor: 'FluxConfigOperationStatus_Get',
  ...(body ? { body } : {}),
});

/** Microsoft.KubernetesConfiguration: the extensions and Flux configurations of a managed cluster. */
export const KUBERNETES_CONFIGURATION_CATALOG: CatalogEntry[] = [
  extensions('Extensions_List', 'GET', extensionPath(PAYMENTS)),
  extensions('Extensions_Get', 'GET', extensionPath(PAYMENTS, 'flux')),
  extensions('Extensions_Create', 'PUT', extensionPath(PLATFORM, 'dapr'), {
    properties: { extensionType: 'microsoft.dapr' },
  }),
  extensions('Extensions_Update', 'PATCH', extensionPath(PAYMENTS, 'flux'), {
    properties: {
      configurationSettings: { 'helm-controller.enabled': 'true' },
    },
  }),
  extensions('Extensions_Delete', 'DELETE', extensionPath(PLATFORM, 'dapr')),
  extensions(
    'OperationStatus_Get',
    'GET',
    `${extensionPath(PAYMENTS, 'flux')}/operations/${OPERATION}`,
  ),
  flux('FluxConfigurations_List', 'GET', fluxPath(PAYMENTS)),
  flux('FluxConfigurations_Get', 'GET', fluxPath(PAYMENTS, 'payments-api')),
  flux(
    'FluxConfigurations_CreateOrUpdate',
    'PUT',
    fluxPath(PLATFORM, 'catalog'),
    {
      properties: {
        gitRepository: {
          url: 'https://github.com/acme/catalog',
          repositoryRef: { branch: 'main' },
        },
      },
    },
  ),
  flux(
    'FluxConfigurations_Update',
    'PATCH',
    fluxPath(PAYMENTS, 'payments-api'),
    { properties: { suspend: false } },
  ),
  flux('FluxConfigurations_Delete', 'DELETE', fluxPath(PLATFORM, 'catalog')),
  flux(
    'FluxConfigOperationStatus_Get',
    'GET',
    `${fluxPath(PAYMENTS, 'payments-api')}/operations/${OPERATION}`,
  ),
];
