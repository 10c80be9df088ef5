import type { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import { HEALTH_STATUSES } from '@aks-backstage/plugin-aks-common';
import { AksActionServices, clusterSchema } from './schemas';

/** `list-clusters`: the fleet, filtered and paged as `GET /clusters`. */
export function registerListClusters(
  registry: ActionsRegistryService,
  { access, reads }: AksActionServices,
) {
  registry.register({
    name: 'list-clusters',
    title: 'List AKS clusters',
    description:
      'Lists the AKS clusters of the subscriptions Backstage manages, each with its health status and findings, Kubernetes version and support, tier, power state and node counts. Each item carries its auto-upgrade channel and when its auto-upgrade window next opens (nextMaintenance). Filter by subscription, resource group, health (healthy, degraded, unhealthy, updating, stopped, unknown), support status, or maintenance=auto-upgrade-without-window; page with limit and the returned nextCursor. Needs aks.fleet.read.',
    attributes: { readOnly: true, destructive: false, idempotent: true },
    schema: {
      input: z =>
        z.object({
          subscriptionId: z
            .string()
            .uuid()
            .optional()
            .describe('Only clusters of this subscription'),
          resourceGroup: z
            .string()
            .min(1)
            .max(90)
            .optional()
            .describe('Only clusters of this resource group'),
          health: z
            .enum(HEALTH_STATUSES)
            .optional()
            .describe('Only clusters with this health status'),
          supportStatus: z
            .enum(['supported', 'lts-only', 'out-of-support', 'unknown'])
            .optional()
            .describe(
              'Only clusters whose Kubernetes version has this support',
            ),
          maintenance: z
            .enum(['auto-upgrade-without-window'])
            .optional()
            .describe(
              'auto-upgrade-without-window: only clusters whose auto-upgrade channel is on without an aksManagedAutoUpgradeSchedule window, so they can upgrade at any time',
            ),
          limit: z.number().int().min(1).max(500).optional(),
          cursor: z.string().max(200).optional(),
        }),
      output: z =>
        z.object({
          items: z.array(clusterSchema(z)),
          totalCount: z.number(),
          nextCursor: z.string().optional(),
          failedSubscriptions: z.array(z.any()),
          fetchedAt: z.string(),
          stale: z.boolean(),
        }),
    },
    action: async ({ input, credentials }) => {
      await access.authorizeFleet(credentials);
      return { output: await reads.fleet.listFleet(input) };
    },
  });
}
