import { conformanceCase as c, type ConformanceCase } from '../conformanceCase';
import { api, sub } from '../demo';

/**
 * `ContainerServices_ListOrchestrators`, which older clients call for the
 * versions of a region. Its spec (2019-04-01) is not in azure-specs, so the
 * case checks the ARM contracts but no schema.
 */
export const ORCHESTRATOR_CASES: ConformanceCase[] = [
  c(
    'ContainerServices_ListOrchestrators',
    200,
    'the Kubernetes versions of a region',
    api(
      `${sub()}/providers/Microsoft.ContainerService/locations/westeurope/orchestrators?resource-type=managedClusters`,
      'orchestrators',
    ),
  ),
];
