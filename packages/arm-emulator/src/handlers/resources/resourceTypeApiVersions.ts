import {
  AGENT_POOL_API_VERSIONS,
  AKS_API_VERSIONS,
  MAINTENANCE_CONFIGURATION_API_VERSIONS,
  ORCHESTRATOR_API_VERSIONS,
} from '../containerService/aksApiVersions';
import { ACR_API_VERSIONS } from '../containerRegistry/acrApiVersions';
import { ACI_API_VERSIONS } from '../containerInstance/aciApiVersions';
import {
  ROLE_ASSIGNMENT_API_VERSIONS,
  ROLE_DEFINITION_API_VERSIONS,
} from '../authorization/authorizationApiVersions';
import { MSI_API_VERSIONS } from '../managedIdentity/identityModel';
import {
  EXTENSIONS_API_VERSIONS,
  FLUX_API_VERSIONS,
} from '../kubernetesConfiguration/kubernetesConfigurationTypes';

const AKS_LOCATION_TYPES = [
  'locations/kubernetesVersions',
  'locations/operations',
  'locations/operationresults',
];

/** The api-versions ARM accepts for each type (`Namespace/type`), as a provider read lists them. */
const API_VERSIONS: Record<string, readonly string[]> = {
  'Microsoft.ContainerService/managedClusters': AKS_API_VERSIONS,
  'Microsoft.ContainerService/managedClusters/agentPools':
    AGENT_POOL_API_VERSIONS,
  'Microsoft.ContainerService/managedClusters/maintenanceConfigurations':
    MAINTENANCE_CONFIGURATION_API_VERSIONS,
  'Microsoft.ContainerService/locations/orchestrators':
    ORCHESTRATOR_API_VERSIONS,
  ...Object.fromEntries(
    AKS_LOCATION_TYPES.map(t => [
      `Microsoft.ContainerService/${t}`,
      AKS_API_VERSIONS,
    ]),
  ),
  ...Object.fromEntries(
    ['registries', 'locations/operations', 'locations/operationresults'].map(
      t => [`Microsoft.ContainerRegistry/${t}`, ACR_API_VERSIONS],
    ),
  ),
  ...Object.fromEntries(
    [
      'containerGroups',
      'locations/operations',
      'locations/operationresults',
    ].map(t => [`Microsoft.ContainerInstance/${t}`, ACI_API_VERSIONS]),
  ),
  'Microsoft.Authorization/roleAssignments': ROLE_ASSIGNMENT_API_VERSIONS,
  'Microsoft.Authorization/roleDefinitions': ROLE_DEFINITION_API_VERSIONS,
  'Microsoft.ManagedIdentity/userAssignedIdentities': MSI_API_VERSIONS,
  'Microsoft.ManagedIdentity/userAssignedIdentities/federatedIdentityCredentials':
    MSI_API_VERSIONS,
  'Microsoft.KubernetesConfiguration/extensions': EXTENSIONS_API_VERSIONS,
  'Microsoft.KubernetesConfiguration/fluxConfigurations': FLUX_API_VERSIONS,
};

/** The api-versions of a provider's resource type, when the emulator knows them. */
export function apiVersionsOf(
  namespace: string,
  resourceType: string,
): readonly string[] | undefined {
  return API_VERSIONS[`${namespace}/${resourceType}`];
}
