import type { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import { registerClusterOperations } from './clusterOperations';
import { registerGetCluster } from './getCluster';
import { registerGetClusterMaintenance } from './getClusterMaintenance';
import { registerGetOperation } from './getOperation';
import { registerGetUpgradeReadiness } from './getUpgradeReadiness';
import { registerListClusters } from './listClusters';
import type { AksActionServices } from './schemas';

/** Registers the AKS actions, which MCP clients reach through the MCP actions backend. */
export function registerAksActions(
  registry: ActionsRegistryService,
  services: AksActionServices,
) {
  registerListClusters(registry, services);
  registerGetCluster(registry, services);
  registerGetClusterMaintenance(registry, services);
  registerGetOperation(registry, services);
  registerGetUpgradeReadiness(registry, services);
  registerClusterOperations(registry, services);
}
