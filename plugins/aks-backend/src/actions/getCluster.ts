import type { BackstageCredentials } from '@backstage/backend-plugin-api';
import type { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import { aksClusterReadPermission } from '@aks-backstage/plugin-aks-common';
import {
  AksActionServices,
  clusterInput,
  clusterSchema,
  parseClusterInput,
} from './schemas';

/** `get-cluster` and `get-cluster-upgrades`: one cluster, as `GET /clusters/{…}` and `…/upgrades`. */
export function registerGetCluster(
  registry: ActionsRegistryService,
  { access, reads }: AksActionServices,
) {
  /** The cluster the input names, once the caller may read it. */
  const readableCluster = async (
    input: { clusterId: string; entityRef?: string },
    credentials: BackstageCredentials,
  ) => {
    const { cluster, entityRef } = parseClusterInput(input);
    await access.authorizeCluster(
      aksClusterReadPermission,
      credentials,
      cluster,
      entityRef,
    );
    return cluster;
  };

  registry.register({
    name: 'get-cluster',
    title: 'Get an AKS cluster with its health',
    description:
      'Returns one AKS cluster: its state, versions, network and identity settings, node pools, Kubernetes support, the upgrades Azure offers, and its health — a status (healthy, degraded, unhealthy, updating, stopped, unknown) with findings, each saying what is wrong, what to do and where Azure documents it. Needs aks.cluster.read on the entity given, or for every cluster.',
    attributes: { readOnly: true, destructive: false, idempotent: true },
    schema: {
      input: z => z.object(clusterInput(z)),
      output: z => z.object({ cluster: clusterSchema(z) }),
    },
    action: async ({ input, credentials }) => {
      const cluster = await readableCluster(input, credentials);
      return { output: { cluster: await reads.clusters.getCluster(cluster) } };
    },
  });

  registry.register({
    name: 'get-cluster-upgrades',
    title: 'Get the upgrades of an AKS cluster',
    description:
      'Returns the Kubernetes versions the control plane and each node pool of an AKS cluster can be upgraded to (previews marked), and the latest node image of each pool. Needs aks.cluster.read on the entity given, or for every cluster.',
    attributes: { readOnly: true, destructive: false, idempotent: true },
    schema: {
      input: z => z.object(clusterInput(z)),
      output: z =>
        z.object({
          upgrades: z
            .object({
              controlPlaneProfile: z
                .object({
                  kubernetesVersion: z.string(),
                  upgrades: z.array(
                    z.object({
                      kubernetesVersion: z.string(),
                      isPreview: z.boolean(),
                    }),
                  ),
                })
                .passthrough(),
              agentPoolProfiles: z.array(z.object({}).passthrough()),
            })
            .passthrough(),
        }),
    },
    action: async ({ input, credentials }) => {
      const cluster = await readableCluster(input, credentials);
      return {
        output: { upgrades: await reads.clusters.getUpgrades(cluster) },
      };
    },
  });
}
