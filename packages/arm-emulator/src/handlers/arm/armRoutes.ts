import { compileRoute, matchRoute, type CompiledRoute } from './route';
import { ArmError } from '../../errors/armError';
import { managedClusterRoutes } from '../containerService/managedClusters';
import { agentPoolRoutes } from '../containerService/agentPools';
import { maintenanceConfigurationRoutes } from '../containerService/maintenanceConfigurations';
import { AKS_API_VERSIONS, AKS_NAMESPACE } from '../containerService/aksTypes';
import {
  ACR_API_VERSIONS,
  ACR_NAMESPACE,
} from '../containerRegistry/registryModel';
import { registryRoutes } from '../containerRegistry/registries';
import {
  ACI_API_VERSIONS,
  ACI_NAMESPACE,
} from '../containerInstance/containerGroupModel';
import { containerGroupRoutes } from '../containerInstance/containerGroups';
import { roleAssignmentRoutes } from '../authorization/roleAssignments';
import { roleDefinitionRoutes } from '../authorization/roleDefinitions';
import { orchestratorRoutes } from '../containerService/orchestrators';
import { resourceListRoutes } from '../resources/resources';
import { RESOURCES_API_VERSIONS } from '../resources/resourcesApiVersions';
import { subscriptionRoutes } from '../resources/subscriptions';
import { resourceGroupRoutes } from '../resources/resourceGroups';
import { providerRoutes } from '../resources/providers';
import { operationRoutes } from '../operations/operationRoutes';
import { resourceSkuRoutes } from '../compute/resourceSkus';
import { usageRoutes } from '../compute/usages';
import { extensionRoutes } from '../kubernetesConfiguration/extensions';
import { fluxConfigurationRoutes } from '../kubernetesConfiguration/fluxConfigurations';
import { userAssignedIdentityRoutes } from '../managedIdentity/userAssignedIdentities';
import { federatedIdentityCredentialRoutes } from '../managedIdentity/federatedIdentityCredentials';

/** Every ARM route the emulator serves. */
export const ROUTES: CompiledRoute[] = [
  ...subscriptionRoutes,
  ...resourceGroupRoutes,
  ...providerRoutes,
  ...resourceListRoutes,
  ...managedClusterRoutes,
  ...orchestratorRoutes,
  ...agentPoolRoutes,
  ...maintenanceConfigurationRoutes,
  ...registryRoutes,
  ...containerGroupRoutes,
  ...operationRoutes(AKS_NAMESPACE, AKS_API_VERSIONS),
  ...operationRoutes(ACR_NAMESPACE, ACR_API_VERSIONS),
  ...operationRoutes(ACI_NAMESPACE, ACI_API_VERSIONS),
  ...operationRoutes('Microsoft.Resources', RESOURCES_API_VERSIONS),
  ...roleAssignmentRoutes,
  ...roleDefinitionRoutes,
  ...resourceSkuRoutes,
  ...usageRoutes,
  ...extensionRoutes,
  ...fluxConfigurationRoutes,
  ...userAssignedIdentityRoutes,
  ...federatedIdentityCredentialRoutes,
].map(compileRoute);

/** Resource types per emulated namespace, for telling an unknown type from an unknown sub-path. */
const EMULATED_TYPES: Record<string, string[]> = {
  'microsoft.containerservice': ['managedclusters', 'locations'],
  'microsoft.containerregistry': [
    'registries',
    'checknameavailability',
    'locations',
  ],
  'microsoft.containerinstance': ['containergroups', 'locations'],
  'microsoft.authorization': ['roleassignments', 'roledefinitions'],
  'microsoft.resources': ['locations'],
  'microsoft.compute': ['skus', 'locations'],
  'microsoft.kubernetesconfiguration': ['extensions', 'fluxconfigurations'],
  'microsoft.managedidentity': ['userassignedidentities'],
};

/** Real namespaces the emulator does not serve; ARM would route them, the emulator reports no provider. */
const KNOWN_UNEMULATED = [
  'microsoft.network',
  'microsoft.storage',
  'microsoft.keyvault',
  'microsoft.operationalinsights',
  'microsoft.insights',
  'microsoft.web',
  'microsoft.sql',
];

/** A route and the parameters its template captured from the path. */
export interface ArmRouteMatch {
  route: CompiledRoute;
  params: Record<string, string>;
}

/** Finds the route for a request, or throws the error ARM gives for a path it cannot route. */
export function resolveArmRoute(method: string, path: string): ArmRouteMatch {
  const segments = path.split('/').filter(Boolean);
  let pathMatched = false;
  for (const route of ROUTES) {
    const params = matchRoute(route, segments);
    if (!params) continue;
    if (route.method === method) return { route, params };
    pathMatched = true;
  }
  if (pathMatched) {
    throw new ArmError(
      405,
      'MethodNotAllowed',
      `The requested resource does not support http method '${method}'.`,
    );
  }
  const providersAt = segments
    .map(s => s.toLowerCase())
    .lastIndexOf('providers');
  const namespace = providersAt >= 0 ? segments[providersAt + 1] : undefined;
  const apiVersionHint = 'for the requested api version';
  if (namespace) {
    const types = EMULATED_TYPES[namespace.toLowerCase()];
    const type = segments[providersAt + 2];
    if (!types) {
      if (KNOWN_UNEMULATED.includes(namespace.toLowerCase())) {
        throw new ArmError(
          400,
          'NoRegisteredProviderFound',
          `No registered resource provider found for location and API version ${apiVersionHint} for type '${
            type ?? ''
          }' in namespace '${namespace}'.`,
        );
      }
      throw new ArmError(
        400,
        'InvalidResourceNamespace',
        `The resource namespace '${namespace}' is invalid.`,
      );
    }
    if (type && !types.includes(type.toLowerCase())) {
      throw new ArmError(
        400,
        'InvalidResourceType',
        `The resource type '${type}' could not be found in the namespace '${namespace}' ${apiVersionHint}.`,
      );
    }
  }
  throw new ArmError(
    404,
    'NotFound',
    `The requested path '${path}' was not found.`,
  );
}
