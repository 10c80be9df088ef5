export { describeWithSpecs, findSpecsDir } from '../testUtils';

export const SPEC_FILES = {
  aks: 'containerservice/resource-manager/Microsoft.ContainerService/aks/stable/2026-06-01/managedClusters.json',
  acr: 'containerregistry/resource-manager/Microsoft.ContainerRegistry/Registry/stable/2025-11-01/containerregistry.json',
  aci: 'containerinstance/resource-manager/Microsoft.ContainerInstance/stable/2023-05-01/containerInstance.json',
  authorization:
    'authorization/resource-manager/Microsoft.Authorization/stable/2022-04-01/authorization-RoleAssignmentsCalls.json',
} as const;

/** The spec files' keys, e.g. `aks`. */
export type SpecKey = keyof typeof SPEC_FILES;

/** Where ARM's shared `OperationStatusResult` (the `Azure-AsyncOperation` body) is defined. */
export const OPERATION_STATUS_SCHEMA =
  'common-types/resource-management/v6/types.json#/definitions/OperationStatusResult';
