import { conformanceCase as c, type ConformanceCase } from '../conformanceCase';
import { api, group, sub } from '../demo';

const list = (scope: string, query: Record<string, string> = {}) =>
  api(
    `${scope}/resources${
      Object.keys(query).length ? `?${new URLSearchParams(query)}` : ''
    }`.replace(/\+/g, '%20'),
    'resourceList',
  );

/** `Resources_List` and `Resources_ListByResourceGroup` (resources.json 2021-04-01): every top-level resource, filtered. */
export const RESOURCE_LIST_CASES: ConformanceCase[] = [
  c('Resources_List', 200, 'every resource of the subscription', list(sub())),
  c(
    'Resources_List',
    200,
    'the registries (as the Azure CLI finds a registry)',
    list(sub(), {
      $filter: "resourceType eq 'Microsoft.ContainerRegistry/registries'",
    }),
  ),
  c(
    'Resources_List',
    200,
    'a cluster by type and name',
    list(sub(), {
      $filter:
        "resourceType eq 'Microsoft.ContainerService/managedClusters' and name eq 'aks-payments-prod'",
    }),
  ),
  c(
    'Resources_List',
    200,
    'names with a part, in one of two groups',
    list(sub(), {
      $filter:
        "substringof('prod', name) and (resourceGroup eq 'rg-data-prod' or resourceGroup eq 'rg-platform-prod')",
    }),
  ),
  c(
    'Resources_List',
    200,
    'by tag name and value, without their tags',
    list(sub(), {
      $filter: "tagName eq 'owner' and tagValue eq 'team-payments'",
    }),
  ),
  c(
    'Resources_List',
    200,
    'the first two, with their times and provisioning states',
    list(sub(), {
      $top: '2',
      $expand: 'createdTime,changedTime,provisioningState',
    }),
  ),
  c(
    'Resources_List',
    400,
    'a filter on a property the spec does not name',
    list(sub(), { $filter: "sku eq 'Basic'" }),
  ),
  c(
    'Resources_List',
    400,
    'a filter without a quoted value',
    list(sub(), { $filter: 'name eq aks-payments-prod' }),
  ),
  c('Resources_List', 400, 'a $top of 0', list(sub(), { $top: '0' })),
  c(
    'Resources_List',
    400,
    'an $expand the spec does not offer',
    list(sub(), { $expand: 'properties' }),
  ),
  c(
    'Resources_ListByResourceGroup',
    200,
    'the resources of a group',
    list(group('rg-platform-prod')),
  ),
  c(
    'Resources_ListByResourceGroup',
    404,
    'a missing group',
    list(group('rg-missing')),
  ),
];
