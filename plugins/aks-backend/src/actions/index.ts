import type { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import { registerClusterOperations } from './clusterOperations';
import { registerGetCluster } from './getCluster';
import { registerGetOperation } from './getOperation';
import { registerListClusters } from './listClusters';
import type { AksActionServices } from './schemas';

/** Registers the AKS actions, which MCP clients reach through the MCP actions backend. */
export function registerAksActions(
  registry: ActionsRegistryService,
  services: AksActionServices,
) {
  registerListClusters(registry, services);
  registerGetCluster(registry, services);
  registerGetOperation(registry, services);
  registerClusterOperations(registry, services);
}
