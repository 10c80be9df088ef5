import type { SpecKey } from './specSchemas';
import { KUBERNETES_CONFIGURATION_CATALOG } from './kubernetesConfigurationCatalog';
import {
  ACR_PULL,
  api,
  cluster,
  containerGroup,
  federatedCredential,
  group,
  newFederatedCredential,
  pool,
  READER,
  registry,
  roleAssignment,
  sub,
  userAssignedIdentity,
  NEW_CLUSTER,
  NEW_CONTAINER_GROUP,
  type ApiKey,
} from './demo';

/** One operation the product calls, with a request the emulator routes to it on the demo seed. */
export interface CatalogEntry {
  operation: string;
  /** The spec that defines it; none for Microsoft.Resources and Microsoft.Compute, whose specs are not in azure-specs. */
  spec?: SpecKey;
  method: string;
  path: string;
  body?: unknown;
  /** Long-running without a spec to say so. */
  lro?: boolean;
  /** The emulator route that serves it, when the spec gives another operation the same URL. */
  servedAs?: string;
  /** The spec's operation that serves its `Azure-AsyncOperation` monitor, when the provider serves it under the resource. */
  monitor?: string;
}

const LTS = cluster('rg-platform-prod', 'aks-platform-lts');
const PAYMENTS = cluster('rg-payments-prod', 'aks-payments-prod');
const ACR = registry('rg-platform-prod', 'acrcontosoprod');
const ASSIGNMENT = roleAssignment(
  group('rg-payments-prod'),
  '4b3c1a52-0000-4000-8000-00000000000a',
);

function entry(
  spec: SpecKey | undefined,
  key: ApiKey,
  operation: string,
  method: string,
  path: string,
  extra: Partial<CatalogEntry> = {},
): CatalogEntry {
  return { operation, spec, method, path: api(path, key), ...extra };
}

const aks = (operation: string, method: string, path: string, body?: unknown) =>
  entry('aks', 'aks', operation, method, path, body ? { body } : {});

const msi = (operation: string, method: string, path: string, body?: unknown) =>
  entry('msi', 'msi', operation, method, path, body ? { body } : {});
const API_IDENTITY = userAssignedIdentity(
  'rg-payments-prod',
  'id-payments-api',
);
const API_CREDENTIALS = federatedCredential(
  'rg-payments-prod',
  'id-payments-api',
);

/** Every ARM operation the product calls, grouped by resource provider. */
export const OPERATION_CATALOG: CatalogEntry[] = [
  aks(
    'ManagedClusters_List',
    'GET',
    `${sub()}/providers/Microsoft.ContainerService/managedClusters`,
  ),
  aks(
    'ManagedClusters_ListByResourceGroup',
    'GET',
    `${group(
      'rg-payments-prod',
    )}/providers/Microsoft.ContainerService/managedClusters`,
  ),
  aks('ManagedClusters_Get', 'GET', PAYMENTS),
  aks(
    'ManagedClusters_CreateOrUpdate',
    'PUT',
    cluster('rg-payments-prod', 'aks-catalog'),
    NEW_CLUSTER,
  ),
  aks('ManagedClusters_UpdateTags', 'PATCH', PAYMENTS, { tags: { a: 'b' } }),
  aks('ManagedClusters_Delete', 'DELETE', PAYMENTS),
  aks('ManagedClusters_Start', 'POST', `${PAYMENTS}/start`),
  aks('ManagedClusters_Stop', 'POST', `${PAYMENTS}/stop`),
  aks('ManagedClusters_AbortLatestOperation', 'POST', `${PAYMENTS}/abort`),
  aks(
    'ManagedClusters_ListClusterUserCredentials',
    'POST',
    `${PAYMENTS}/listClusterUserCredential`,
  ),
  aks(
    'ManagedClusters_GetUpgradeProfile',
    'GET',
    `${PAYMENTS}/upgradeProfiles/default`,
  ),
  aks(
    'ManagedClusters_ListKubernetesVersions',
    'GET',
    `${sub()}/providers/Microsoft.ContainerService/locations/westeurope/kubernetesVersions`,
  ),
  aks('AgentPools_List', 'GET', `${LTS}/agentPools`),
  aks('AgentPools_Get', 'GET', `${LTS}/agentPools/spot`),
  aks(
    'AgentPools_CreateOrUpdate',
    'PUT',
    pool('rg-platform-prod', 'aks-platform-lts', 'extra'),
    { properties: { count: 1 } },
  ),
  aks('AgentPools_Delete', 'DELETE', `${LTS}/agentPools/batch`),
  aks(
    'AgentPools_GetUpgradeProfile',
    'GET',
    `${LTS}/agentPools/legacyapps/upgradeProfiles/default`,
  ),
  aks(
    'AgentPools_UpgradeNodeImageVersion',
    'POST',
    `${LTS}/agentPools/legacyapps/upgradeNodeImageVersion`,
  ),
  aks(
    'MaintenanceConfigurations_ListByManagedCluster',
    'GET',
    `${PAYMENTS}/maintenanceConfigurations`,
  ),
  aks(
    'MaintenanceConfigurations_Get',
    'GET',
    `${PAYMENTS}/maintenanceConfigurations/aksManagedAutoUpgradeSchedule`,
  ),
  aks(
    'MaintenanceConfigurations_CreateOrUpdate',
    'PUT',
    `${PAYMENTS}/maintenanceConfigurations/default`,
    {
      properties: { timeInWeek: [{ day: 'Sunday', hourSlots: [1, 2] }] },
    },
  ),
  aks(
    'MaintenanceConfigurations_Delete',
    'DELETE',
    `${PAYMENTS}/maintenanceConfigurations/aksManagedNodeOSUpgradeSchedule`,
  ),
  entry(
    'acr',
    'acr',
    'Registries_CheckNameAvailability',
    'POST',
    `${sub()}/providers/Microsoft.ContainerRegistry/checkNameAvailability`,
    {
      body: {
        name: 'acrcatalog',
        type: 'Microsoft.ContainerRegistry/registries',
      },
    },
  ),
  entry(
    'acr',
    'acr',
    'Registries_Create',
    'PUT',
    registry('rg-payments-prod', 'acrcatalog'),
    { body: { location: 'westeurope', sku: { name: 'Basic' } } },
  ),
  entry('acr', 'acr', 'Registries_Get', 'GET', ACR),
  entry(
    'acr',
    'acr',
    'Registries_List',
    'GET',
    `${sub()}/providers/Microsoft.ContainerRegistry/registries`,
  ),
  entry(
    'acr',
    'acr',
    'Registries_ListByResourceGroup',
    'GET',
    `${group(
      'rg-platform-prod',
    )}/providers/Microsoft.ContainerRegistry/registries`,
  ),
  entry('acr', 'acr', 'Registries_Delete', 'DELETE', ACR),
  entry(
    'aci',
    'aci',
    'ContainerGroups_CreateOrUpdate',
    'PUT',
    containerGroup('rg-payments-prod', 'cg-catalog'),
    { body: NEW_CONTAINER_GROUP },
  ),
  entry(
    'aci',
    'aci',
    'ContainerGroups_Get',
    'GET',
    containerGroup('rg-payments-prod', 'cg-catalog'),
  ),
  entry(
    'aci',
    'aci',
    'ContainerGroups_List',
    'GET',
    `${sub()}/providers/Microsoft.ContainerInstance/containerGroups`,
  ),
  entry(
    'aci',
    'aci',
    'ContainerGroups_ListByResourceGroup',
    'GET',
    `${group(
      'rg-payments-prod',
    )}/providers/Microsoft.ContainerInstance/containerGroups`,
  ),
  entry(
    'aci',
    'aci',
    'ContainerGroups_Delete',
    'DELETE',
    containerGroup('rg-payments-prod', 'cg-catalog'),
  ),
  entry(
    'authorization',
    'authorization',
    'RoleAssignments_Create',
    'PUT',
    ASSIGNMENT,
    {
      body: {
        properties: {
          roleDefinitionId: READER,
          principalId: '11111111-2222-4333-8444-555555555555',
        },
      },
    },
  ),
  entry(
    'authorization',
    'authorization',
    'RoleAssignments_Get',
    'GET',
    ASSIGNMENT,
  ),
  entry(
    'authorization',
    'authorization',
    'RoleAssignments_Delete',
    'DELETE',
    ASSIGNMENT,
  ),
  entry(
    'authorization',
    'authorization',
    'RoleAssignments_ListForScope',
    'GET',
    `${ACR}/providers/Microsoft.Authorization/roleAssignments`,
  ),
  entry(
    'authorization',
    'authorization',
    'RoleAssignments_ListForSubscription',
    'GET',
    `${sub()}/providers/Microsoft.Authorization/roleAssignments`,
  ),
  entry(
    'authorization',
    'authorization',
    'RoleAssignments_ListForResourceGroup',
    'GET',
    `${group(
      'rg-platform-prod',
    )}/providers/Microsoft.Authorization/roleAssignments`,
  ),
  entry(
    'authorization',
    'authorization',
    'RoleAssignments_ListForResource',
    'GET',
    `${ACR}/providers/Microsoft.Authorization/roleAssignments`,
    { servedAs: 'RoleAssignments_ListForScope' },
  ),
  entry(
    undefined,
    'subscriptions',
    'Subscriptions_List',
    'GET',
    '/subscriptions',
  ),
  entry(undefined, 'subscriptions', 'Subscriptions_Get', 'GET', sub()),
  entry(
    undefined,
    'resources',
    'ResourceGroups_CreateOrUpdate',
    'PUT',
    group('rg-catalog'),
    {
      body: { location: 'westeurope' },
    },
  ),
  entry(undefined, 'resources', 'ResourceGroups_Get', 'GET', group('rg-dev')),
  entry(
    undefined,
    'resources',
    'ResourceGroups_CheckExistence',
    'HEAD',
    group('rg-dev'),
  ),
  entry(
    undefined,
    'resources',
    'ResourceGroups_List',
    'GET',
    `${sub()}/resourcegroups`,
  ),
  entry(
    undefined,
    'resources',
    'ResourceGroups_Delete',
    'DELETE',
    group('rg-dev'),
    {
      lro: true,
    },
  ),
  entry(
    undefined,
    'resources',
    'Providers_Get',
    'GET',
    `${sub()}/providers/Microsoft.ContainerService`,
  ),
  entry(
    undefined,
    'compute',
    'ResourceSkus_List',
    'GET',
    `${sub()}/providers/Microsoft.Compute/skus?$filter=location eq 'westeurope'`,
  ),
  entry(
    undefined,
    'compute',
    'Usage_List',
    'GET',
    `${sub()}/providers/Microsoft.Compute/locations/westeurope/usages`,
  ),
  entry(
    'resourceList',
    'resourceList',
    'Resources_List',
    'GET',
    `${sub()}/resources?$filter=${encodeURIComponent(
      "resourceType eq 'Microsoft.ContainerRegistry/registries'",
    )}`,
  ),
  entry(
    'resourceList',
    'resourceList',
    'Resources_ListByResourceGroup',
    'GET',
    `${group('rg-platform-prod')}/resources`,
  ),
  entry(
    'roleDefinitions',
    'roleDefinitions',
    'RoleDefinitions_List',
    'GET',
    `${ACR}/providers/Microsoft.Authorization/roleDefinitions?$filter=${encodeURIComponent(
      "roleName eq 'AcrPull'",
    )}`,
  ),
  entry(
    'roleDefinitions',
    'roleDefinitions',
    'RoleDefinitions_Get',
    'GET',
    READER,
  ),
  entry(
    'roleDefinitions',
    'roleDefinitions',
    'RoleDefinitions_GetById',
    'GET',
    ACR_PULL,
    { servedAs: 'RoleDefinitions_Get' },
  ),
  entry(
    undefined,
    'orchestrators',
    'ContainerServices_ListOrchestrators',
    'GET',
    `${sub()}/providers/Microsoft.ContainerService/locations/westeurope/orchestrators`,
  ),
  msi(
    'UserAssignedIdentities_ListBySubscription',
    'GET',
    `${sub()}/providers/Microsoft.ManagedIdentity/userAssignedIdentities`,
  ),
  msi(
    'UserAssignedIdentities_ListByResourceGroup',
    'GET',
    `${group(
      'rg-payments-prod',
    )}/providers/Microsoft.ManagedIdentity/userAssignedIdentities`,
  ),
  msi('UserAssignedIdentities_Get', 'GET', API_IDENTITY),
  msi(
    'UserAssignedIdentities_CreateOrUpdate',
    'PUT',
    userAssignedIdentity('rg-payments-prod', 'id-catalog'),
    { location: 'westeurope' },
  ),
  msi('UserAssignedIdentities_Update', 'PATCH', API_IDENTITY, {
    tags: { a: 'b' },
  }),
  msi(
    'UserAssignedIdentities_Delete',
    'DELETE',
    userAssignedIdentity('rg-payments-prod', 'id-catalog'),
  ),
  msi('FederatedIdentityCredentials_List', 'GET', API_CREDENTIALS),
  msi(
    'FederatedIdentityCredentials_Get',
    'GET',
    `${API_CREDENTIALS}/payments-api`,
  ),
  msi(
    'FederatedIdentityCredentials_CreateOrUpdate',
    'PUT',
    `${API_CREDENTIALS}/catalog`,
    newFederatedCredential('system:serviceaccount:catalog:catalog'),
  ),
  msi(
    'FederatedIdentityCredentials_Delete',
    'DELETE',
    `${API_CREDENTIALS}/catalog`,
  ),
  ...KUBERNETES_CONFIGURATION_CATALOG,
];

/** The catalog entry of an operation; throws for one the catalog does not know. */
export function catalogEntry(operation: string): CatalogEntry {
  const found = OPERATION_CATALOG.find(e => e.operation === operation);
  if (!found) throw new Error(`${operation} is not in the operation catalog`);
  return found;
}
