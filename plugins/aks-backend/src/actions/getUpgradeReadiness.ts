import type { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import {
  aksClusterReadPermission,
  isValidKubernetesVersion,
} from '@aks-backstage/plugin-aks-common';
import { upgradeReadinessOf } from '../readiness';
import { AksActionServices, clusterInput, parseClusterInput } from './schemas';

/** `get-upgrade-readiness`: whether an upgrade would go through, as `GET /clusters/{…}/upgrade-readiness`. */
export function registerGetUpgradeReadiness(
  registry: ActionsRegistryService,
  { access, reads }: AksActionServices,
) {
  const readiness = upgradeReadinessOf(reads);
  registry.register({
    name: 'get-upgrade-readiness',
    title: 'Check whether an AKS upgrade would go through',
    description:
      'Before upgrading an AKS cluster, checks an upgrade to a Kubernetes version that get-cluster-upgrades lists: the version path (the control plane first, then each node pool, no skipped minor versions, pools at most three minor versions behind), the surge nodes of each pool against the vCPU quota of the region, the PodDisruptionBudgets that allow no disruption and the deprecated APIs still in use that the version removes. Returns the findings, each blocking, warning or info with what to do, and `blocking`. upgrade-cluster refuses an upgrade with blocking findings unless confirmFindings is set. Needs aks.cluster.read on the entity given, or for every cluster.',
    attributes: { readOnly: true, destructive: false, idempotent: true },
    schema: {
      input: z =>
        z.object({
          ...clusterInput(z),
          kubernetesVersion: z
            .string()
            .max(20)
            .refine(
              isValidKubernetesVersion,
              'expected major.minor or major.minor.patch',
            )
            .describe('The version to upgrade to, e.g. 1.35.2'),
          controlPlaneOnly: z
            .boolean()
            .optional()
            .describe('Check an upgrade of the control plane only'),
        }),
      output: z =>
        z.object({
          readiness: z
            .object({
              targetVersion: z.string(),
              blocking: z.boolean(),
              findings: z.array(
                z
                  .object({
                    code: z.string(),
                    severity: z.string(),
                    message: z.string(),
                    remedy: z.string(),
                  })
                  .passthrough(),
              ),
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
        output: {
          readiness: await readiness.check(cluster, input.kubernetesVersion, {
            controlPlaneOnly: input.controlPlaneOnly,
            field: 'kubernetesVersion',
          }),
        },
      };
    },
  });
}
