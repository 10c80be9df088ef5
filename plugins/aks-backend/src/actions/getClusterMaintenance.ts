import type { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import { aksClusterReadPermission } from '@aks-backstage/plugin-aks-common';
import { readClusterMaintenance } from '../maintenance';
import { AksActionServices, clusterInput, parseClusterInput } from './schemas';

/** `get-cluster-maintenance`: when a cluster will change, as `GET /clusters/{…}/maintenance`. */
export function registerGetClusterMaintenance(
  registry: ActionsRegistryService,
  { access, reads }: AksActionServices,
) {
  registry.register({
    name: 'get-cluster-maintenance',
    title: 'Get when an AKS cluster will change',
    description:
      'Returns when AKS may change a cluster: its auto-upgrade and node OS upgrade channels, each planned maintenance window (default, aksManagedAutoUpgradeSchedule, aksManagedNodeOSUpgradeSchedule) as set, in words, and its next three occurrences as UTC instants, and what the next window will change (a Kubernetes version or a node image). A channel without a window can change the cluster at any time. `unknown` says why the windows could not be read. Needs aks.cluster.read on the entity given, or for every cluster.',
    attributes: { readOnly: true, destructive: false, idempotent: true },
    schema: {
      input: z => z.object(clusterInput(z)),
      output: z =>
        z.object({
          maintenance: z
            .object({
              upgradeChannel: z.string().optional(),
              nodeOSUpgradeChannel: z.string().optional(),
              windows: z
                .array(
                  z
                    .object({
                      name: z.string(),
                      kind: z.string(),
                      summary: z.string(),
                      next: z.array(
                        z.object({ start: z.string(), end: z.string() }),
                      ),
                    })
                    .passthrough(),
                )
                .optional(),
              unknown: z.string().optional(),
              nextChange: z
                .object({ kind: z.string(), summary: z.string() })
                .passthrough()
                .optional(),
              fetchedAt: z.string(),
              stale: z.boolean(),
            })
            .passthrough(),
        }),
    },
    action: async ({ input, credentials }) => {
      const { cluster, entityRef } = parseClusterInput(input);
      await access.authorizeCluster(
        aksClusterReadPermission,
        credentials,
        cluster,
        entityRef,
      );
      return {
        output: { maintenance: await readClusterMaintenance(reads, cluster) },
      };
    },
  });
}
