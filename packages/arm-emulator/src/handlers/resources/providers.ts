import { ArmError } from '../../errors/armError';
import { ok } from '../armRequest';
import { routeBuilder, type Route } from '../arm/route';
import { RESOURCES_API_VERSIONS } from './resourcesApiVersions';
import { apiVersionsOf } from './resourceTypeApiVersions';

/** Regions where AKS offers managed clusters, by display name as ARM lists them. */
export const AKS_LOCATIONS = [
  'Australia East',
  'Brazil South',
  'Canada Central',
  'Central India',
  'Central US',
  'East Asia',
  'East US',
  'East US 2',
  'France Central',
  'Germany West Central',
  'Japan East',
  'Korea Central',
  'North Europe',
  'Norway East',
  'South Africa North',
  'South Central US',
  'Southeast Asia',
  'Sweden Central',
  'Switzerland North',
  'UAE North',
  'UK South',
  'West Europe',
  'West US 2',
  'West US 3',
];

/** What each emulated provider registers: resource types and where they are offered. */
const PROVIDERS: Record<string, Record<string, string[]>> = {
  'Microsoft.ContainerService': {
    managedClusters: AKS_LOCATIONS,
    'managedClusters/agentPools': AKS_LOCATIONS,
    'managedClusters/maintenanceConfigurations': AKS_LOCATIONS,
    'locations/kubernetesVersions': AKS_LOCATIONS,
    'locations/orchestrators': AKS_LOCATIONS,
    'locations/operations': AKS_LOCATIONS,
    'locations/operationresults': AKS_LOCATIONS,
  },
  'Microsoft.ContainerRegistry': {
    registries: AKS_LOCATIONS,
    'locations/operations': AKS_LOCATIONS,
    'locations/operationresults': AKS_LOCATIONS,
  },
  'Microsoft.ContainerInstance': {
    containerGroups: AKS_LOCATIONS,
    'locations/operations': AKS_LOCATIONS,
    'locations/operationresults': AKS_LOCATIONS,
  },
  'Microsoft.Authorization': { roleAssignments: [], roleDefinitions: [] },
  'Microsoft.KubernetesConfiguration': {
    extensions: AKS_LOCATIONS,
    fluxConfigurations: AKS_LOCATIONS,
  },
  'Microsoft.ManagedIdentity': {
    userAssignedIdentities: AKS_LOCATIONS,
    'userAssignedIdentities/federatedIdentityCredentials': AKS_LOCATIONS,
  },
};

/** A resource type as a provider read lists it: where it is offered, and the api-versions it takes when known. */
function renderResourceType(
  namespace: string,
  resourceType: string,
  locations: string[],
) {
  const apiVersions = apiVersionsOf(namespace, resourceType);
  return { resourceType, locations, ...(apiVersions ? { apiVersions } : {}) };
}

/** `Providers_Get`: a registered resource provider and the locations of its types. */
export const providerRoutes: Route[] = [
  routeBuilder(RESOURCES_API_VERSIONS, 'Microsoft.Resources/subscriptions')(
    'GET',
    '/subscriptions/{subscriptionId}/providers/{resourceProviderNamespace}',
    'Providers_Get',
    'providers/read',
    req => {
      const wanted = req.params.resourceProviderNamespace;
      const namespace = Object.keys(PROVIDERS).find(
        n => n.toLowerCase() === wanted.toLowerCase(),
      );
      if (!namespace) {
        throw new ArmError(
          404,
          'InvalidResourceNamespace',
          `The resource namespace '${wanted}' is invalid.`,
        );
      }
      return ok({
        id: `/subscriptions/${req.params.subscriptionId}/providers/${namespace}`,
        namespace,
        registrationState: 'Registered',
        registrationPolicy: 'RegistrationRequired',
        resourceTypes: Object.entries(PROVIDERS[namespace]).map(
          ([resourceType, locations]) =>
            renderResourceType(namespace, resourceType, locations),
        ),
      });
    },
  ),
];
