import { conformanceCase as c, type ConformanceCase } from '../conformanceCase';
import { api, group, sub } from '../demo';

const rg = (name: string) => api(group(name), 'resources');
const subscriptions = (path: string) => api(path, 'subscriptions');
const WESTEUROPE = { location: 'westeurope' };

/**
 * Subscriptions and resource groups. azure-specs has no Microsoft.Resources
 * spec, so these cases check the ARM contracts but no schema.
 */
export const RESOURCE_GROUP_CASES: ConformanceCase[] = [
  c(
    'Subscriptions_List',
    200,
    'the subscriptions of the caller',
    subscriptions('/subscriptions'),
  ),
  c('Subscriptions_Get', 200, 'a subscription', subscriptions(sub())),
  c(
    'Subscriptions_Get',
    404,
    'an unknown subscription',
    subscriptions(sub('0b1f6471-1bf0-4dda-aec3-cb9272f09590')),
  ),
  c(
    'Providers_Get',
    200,
    'where AKS offers managed clusters',
    api(`${sub()}/providers/Microsoft.ContainerService`, 'resources'),
  ),
  c(
    'Providers_Get',
    404,
    'a namespace that does not exist',
    api(`${sub()}/providers/Contoso.Nothing`, 'resources'),
  ),
  c('ResourceGroups_CreateOrUpdate', 201, 'a new group', rg('rg-conf-new'), {
    body: { ...WESTEUROPE, tags: { team: 'conformance' } },
  }),
  c(
    'ResourceGroups_CreateOrUpdate',
    200,
    'an existing group',
    rg('rg-payments-prod'),
    {
      body: WESTEUROPE,
    },
  ),
  c('ResourceGroups_CreateOrUpdate', 400, 'no location', rg('rg-conf-bad'), {
    body: {},
  }),
  c(
    'ResourceGroups_CreateOrUpdate',
    400,
    'an invalid name',
    rg('rg-conf-bad.'),
    {
      body: WESTEUROPE,
    },
  ),
  c(
    'ResourceGroups_CreateOrUpdate',
    400,
    'another location for an existing group',
    rg('rg-payments-prod'),
    { body: { location: 'eastus' } },
  ),
  c('ResourceGroups_Get', 200, 'a group', rg('rg-platform-prod')),
  c('ResourceGroups_Get', 404, 'a missing group', rg('rg-missing')),
  c('ResourceGroups_CheckExistence', 204, 'a group', rg('rg-platform-prod')),
  c('ResourceGroups_CheckExistence', 404, 'a missing group', rg('rg-missing')),
  c(
    'ResourceGroups_List',
    200,
    'a subscription',
    api(`${sub()}/resourcegroups`, 'resources'),
  ),
  c('ResourceGroups_Delete', 202, 'a group', rg('rg-conf-delete'), {
    setup: emulator =>
      emulator.admin.putResource(group('rg-conf-delete'), {
        ...WESTEUROPE,
        properties: { provisioningState: 'Succeeded' },
      }),
  }),
  c('ResourceGroups_Delete', 404, 'a missing group', rg('rg-missing')),
];
