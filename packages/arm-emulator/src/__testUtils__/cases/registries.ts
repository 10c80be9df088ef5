import type { ArmEmulator } from '../../types';
import { conformanceCase as c, type ConformanceCase } from '../conformanceCase';
import { api, cloneResource, group, registry, sub } from '../demo';

const ACR = registry('rg-platform-prod', 'acrcontosoprod');
const acr = (path: string) => api(path, 'acr');
const CHECK_NAME = acr(
  `${sub()}/providers/Microsoft.ContainerRegistry/checkNameAvailability`,
);
const TYPE = 'Microsoft.ContainerRegistry/registries';
const BASIC = { location: 'westeurope', sku: { name: 'Basic' } };
const copyOf = (name: string) => (emulator: ArmEmulator) =>
  cloneResource(emulator, ACR, name);

/** registries: every operation the product calls, success and error statuses. */
export const REGISTRY_CASES: ConformanceCase[] = [
  ...[
    ['a taken name', 'acrcontosoprod'],
    ['a free name', 'acrconformancefree'],
    ['an invalid name', 'no-dashes'],
  ].map(([what, name]) =>
    c('Registries_CheckNameAvailability', 200, what, CHECK_NAME, {
      body: { name, type: TYPE },
    }),
  ),
  c('Registries_CheckNameAvailability', 400, 'another type', CHECK_NAME, {
    body: { name: 'acrconformance', type: 'Microsoft.Web/sites' },
  }),
  c(
    'Registries_Create',
    201,
    'a new registry',
    acr(registry('rg-payments-prod', 'acrconformancenew')),
    { body: BASIC },
  ),
  c(
    'Registries_Create',
    200,
    'an existing registry',
    acr(registry('rg-platform-prod', 'acrconformanceupd')),
    {
      body: { ...BASIC, sku: { name: 'Premium' } },
      setup: copyOf('acrconformanceupd'),
    },
  ),
  c(
    'Registries_Create',
    409,
    'a name taken in another resource group',
    acr(registry('rg-payments-prod', 'acrcontosoprod')),
    { body: BASIC },
  ),
  c(
    'Registries_Create',
    400,
    'an unknown SKU',
    acr(registry('rg-payments-prod', 'acrconformancebad')),
    { body: { ...BASIC, sku: { name: 'Gold' } } },
  ),
  c(
    'Registries_Create',
    400,
    'no location',
    acr(registry('rg-payments-prod', 'acrconformancebad')),
    { body: { sku: { name: 'Basic' } } },
  ),
  c(
    'Registries_Create',
    404,
    'a missing resource group',
    acr(registry('rg-missing', 'acrconformancebad')),
    { body: BASIC },
  ),
  c('Registries_Get', 200, 'a Premium registry', acr(ACR)),
  c(
    'Registries_Get',
    404,
    'a missing registry',
    acr(registry('rg-platform-prod', 'acrmissing')),
  ),
  c(
    'Registries_List',
    200,
    'a subscription',
    acr(`${sub()}/providers/Microsoft.ContainerRegistry/registries`),
  ),
  c(
    'Registries_ListByResourceGroup',
    200,
    'a resource group',
    acr(
      `${group(
        'rg-platform-prod',
      )}/providers/Microsoft.ContainerRegistry/registries`,
    ),
  ),
  c(
    'Registries_ListByResourceGroup',
    404,
    'a missing resource group',
    acr(
      `${group('rg-missing')}/providers/Microsoft.ContainerRegistry/registries`,
    ),
  ),
  c(
    'Registries_Delete',
    202,
    'an existing registry',
    acr(registry('rg-platform-prod', 'acrconformancedel')),
    { setup: copyOf('acrconformancedel') },
  ),
  c(
    'Registries_Delete',
    204,
    'a registry that does not exist',
    acr(registry('rg-platform-prod', 'acrnever')),
  ),
];
