export { describeWithSpecs, findSpecsDir } from '../testUtils';

export const SPEC_FILES = {
  aks: 'containerservice/resource-manager/Microsoft.ContainerService/aks/stable/2026-06-01/managedClusters.json',
  acr: 'containerregistry/resource-manager/Microsoft.ContainerRegistry/Registry/stable/2025-11-01/containerregistry.json',
  aci: 'containerinstance/resource-manager/Microsoft.ContainerInstance/stable/2023-05-01/containerInstance.json',
  authorization:
    'authorization/resource-manager/Microsoft.Authorization/stable/2022-04-01/authorization-RoleAssignmentsCalls.json',
  roleDefinitions:
    'authorization/resource-manager/Microsoft.Authorization/stable/2022-04-01/authorization-RoleDefinitionsCalls.json',
  /** Microsoft.Resources (Resources_List, with resource groups and deployments). */
  resourceList:
    'resources/resource-manager/Microsoft.Resources/stable/2021-04-01/resources.json',
  /** What @azure/arm-msi sends. */
  msi: 'msi/resource-manager/Microsoft.ManagedIdentity/ManagedIdentity/stable/2024-11-30/ManagedIdentity.json',
  /** The newest stable Managed Identity version, which the emulator serves too. */
  msiLatest:
    'msi/resource-manager/Microsoft.ManagedIdentity/ManagedIdentity/stable/2026-05-31/ManagedIdentity.json',
  /** Extensions as @azure/arm-kubernetesconfiguration sends them (2023-05-01, in the RP's older folder layout). */
  extensions:
    'kubernetesconfiguration/resource-manager/Microsoft.KubernetesConfiguration/stable/2023-05-01/extensions.json',
  /** The newest stable extensions version, which the emulator serves too. */
  extensionsLatest:
    'kubernetesconfiguration/resource-manager/Microsoft.KubernetesConfiguration/extensions/stable/2025-03-01/extensions.json',
  /** Flux configurations as @azure/arm-kubernetesconfiguration sends them. */
  flux: 'kubernetesconfiguration/resource-manager/Microsoft.KubernetesConfiguration/fluxConfigurations/stable/2023-05-01/fluxconfiguration.json',
  /** The newest stable Flux configurations version, which the emulator serves too. */
  fluxLatest:
    'kubernetesconfiguration/resource-manager/Microsoft.KubernetesConfiguration/fluxConfigurations/stable/2025-04-01/fluxconfiguration.json',
} as const;

/** The spec files' keys, e.g. `aks`. */
export type SpecKey = keyof typeof SPEC_FILES;

/** Where ARM's shared `OperationStatusResult` (the `Azure-AsyncOperation` body) is defined. */
export const OPERATION_STATUS_SCHEMA =
  'common-types/resource-management/v6/types.json#/definitions/OperationStatusResult';
