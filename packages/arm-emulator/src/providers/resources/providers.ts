import { ArmError } from '../../http/armError';
import { ok } from '../../http/armRequest';
import type { Route } from '../../arm/route';
import { RESOURCES_API_VERSIONS } from './resourceGroups';

/** Regions where AKS offers managed clusters, by display name as ARM lists them. */
const AKS_LOCATIONS = [
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
  },
  'Microsoft.ContainerRegistry': { registries: AKS_LOCATIONS },
  'Microsoft.ContainerInstance': { containerGroups: AKS_LOCATIONS },
};

/** `Providers_Get`: a registered resource provider and the locations of its types. */
export const providerRoutes: Route[] = [
  {
    method: 'GET',
    template:
      '/subscriptions/{subscriptionId}/providers/{resourceProviderNamespace}',
    operation: 'Providers_Get',
    apiVersions: RESOURCES_API_VERSIONS,
    action: 'Microsoft.Resources/subscriptions/providers/read',
    handler: req => {
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
          ([resourceType, locations]) => ({ resourceType, locations }),
        ),
      });
    },
  },
];
