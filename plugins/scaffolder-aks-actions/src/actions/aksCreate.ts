import type { ManagedCluster } from '@azure/arm-containerservice';
import { InputError } from '@backstage/errors';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import {
  formatAksClusterId,
  isValidClusterName,
  isValidKubernetesVersion,
  isValidResourceGroupName,
  isValidSubscriptionId,
} from '@aks-backstage/plugin-aks-common';
import { AzureClients, toBackstageError } from '@aks-backstage/plugin-aks-node';
import { examples } from './aksCreate.examples';

const DEFAULTS = {
  tier: 'Standard',
  nodeVmSize: 'Standard_D4ds_v5',
  nodeCount: 3,
  autoUpgradeChannel: 'stable',
} as const;

/**
 * `azure:aks:create`: creates an AKS cluster and waits until it is ready.
 * It never changes an existing cluster.
 *
 * @public
 */
export function createAksClusterCreateAction(options: {
  clients: AzureClients;
}) {
  const { clients } = options;
  return createTemplateAction({
    id: 'azure:aks:create',
    description:
      'Creates an Azure Kubernetes Service cluster with a system node pool and a managed identity, and waits until it runs',
    examples,
    supportsDryRun: true,
    schema: {
      input: {
        subscriptionId: z =>
          z
            .string()
            .refine(isValidSubscriptionId, 'must be a subscription id (GUID)')
            .describe('A subscription configured under aks.subscriptions'),
        resourceGroup: z =>
          z
            .string()
            .refine(isValidResourceGroupName, 'must be a resource group name')
            .describe('An existing resource group'),
        name: z =>
          z
            .string()
            .refine(
              isValidClusterName,
              'must be 1-63 letters, digits, - or _, starting and ending with a letter or digit',
            )
            .describe('The cluster name'),
        location: z =>
          z
            .string()
            .regex(/^[a-z0-9]+$/, 'must be an Azure region such as westeurope')
            .describe('The Azure region'),
        kubernetesVersion: z =>
          z
            .string()
            .refine(isValidKubernetesVersion, 'must look like 1.33 or 1.33.2')
            .optional()
            .describe("Defaults to the region's default version"),
        tier: z =>
          z
            .enum(['Free', 'Standard', 'Premium'])
            .optional()
            .describe(
              'Defaults to Standard. Free has no SLA; Premium adds long-term support',
            ),
        nodeVmSize: z =>
          z.string().optional().describe(`Defaults to ${DEFAULTS.nodeVmSize}`),
        nodeCount: z =>
          z
            .number()
            .int()
            .min(1)
            .max(100)
            .optional()
            .describe(`System pool nodes; defaults to ${DEFAULTS.nodeCount}`),
        autoUpgradeChannel: z =>
          z
            .enum(['rapid', 'stable', 'patch', 'node-image', 'none'])
            .optional()
            .describe(`Defaults to ${DEFAULTS.autoUpgradeChannel}`),
        tags: z => z.record(z.string()).optional(),
      },
      output: {
        clusterId: z => z.string(),
        fqdn: z => z.string().optional(),
        nodeResourceGroup: z => z.string().optional(),
        kubeletIdentityObjectId: z =>
          z
            .string()
            .optional()
            .describe('Grant it AcrPull to attach a registry'),
      },
    },
    async handler(ctx) {
      const input = { ...DEFAULTS, ...ctx.input };
      const ref = {
        subscriptionId: input.subscriptionId,
        resourceGroup: input.resourceGroup,
        name: input.name,
      };
      const subscription = clients.subscription(input.subscriptionId);
      const clusterId = formatAksClusterId(ref);

      if (ctx.isDryRun) {
        ctx.logger.info(`Would create AKS cluster ${clusterId}`);
        ctx.output('clusterId', clusterId);
        return;
      }

      const cluster: ManagedCluster = {
        location: input.location,
        tags: input.tags,
        sku: { name: 'Base', tier: input.tier },
        identity: { type: 'SystemAssigned' },
        kubernetesVersion: input.kubernetesVersion,
        supportPlan:
          input.tier === 'Premium'
            ? 'AKSLongTermSupport'
            : 'KubernetesOfficial',
        dnsPrefix: input.name.replace(/_/g, '-'),
        autoUpgradeProfile: { upgradeChannel: input.autoUpgradeChannel },
        networkProfile: {
          networkPlugin: 'azure',
          networkPluginMode: 'overlay',
        },
        agentPoolProfiles: [
          {
            name: 'system',
            mode: 'System',
            vmSize: input.nodeVmSize,
            count: input.nodeCount,
            osType: 'Linux',
          },
        ],
      };

      const created = await ctx.checkpoint({
        key: `azure-aks-create-${clusterId.toLowerCase()}`,
        fn: async () => {
          ctx.logger.info(`Creating AKS cluster ${clusterId}`);
          const client = clients.containerService(input.subscriptionId);
          try {
            const result = await client.managedClusters.createOrUpdate(
              input.resourceGroup,
              input.name,
              cluster,
              { ...clients.operationOptions(), ifNoneMatch: '*' },
            );
            return {
              fqdn: result.fqdn ?? null,
              nodeResourceGroup: result.nodeResourceGroup ?? null,
              kubeletIdentityObjectId:
                result.identityProfile?.kubeletidentity?.objectId ?? null,
            };
          } catch (error) {
            if ((error as { statusCode?: number }).statusCode === 412) {
              throw new InputError(
                `AKS cluster ${clusterId} already exists; azure:aks:create does not change existing clusters`,
              );
            }
            throw toBackstageError(error, subscription);
          }
        },
      });

      ctx.logger.info(`AKS cluster ${clusterId} is ready at ${created.fqdn}`);
      ctx.output('clusterId', clusterId);
      for (const key of [
        'fqdn',
        'nodeResourceGroup',
        'kubeletIdentityObjectId',
      ] as const) {
        if (created[key]) ctx.output(key, created[key]);
      }
    },
  });
}
