import type { AgentPool } from '@azure/arm-containerservice';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import {
  AKS_CLUSTER_ID_ANNOTATION,
  parseAksClusterId,
} from '@aks-backstage/plugin-aks-common';
import { AzureClients } from '@aks-backstage/plugin-aks-node';
import {
  assertMatches,
  azure,
  differences,
  isCreatedBy,
  outputAll,
  portalUrl,
  readIfExists,
  withTaskTag,
} from '../lib/azure';
import { configuredSubscription } from '../lib/inputs';
import { Wait, waitForPoller, waitForResource } from '../lib/waitForOperation';
import { NodePoolInput, nodePoolInput } from './aksNodePoolCreate.input';
import { examples } from './aksNodePoolCreate.examples';

function poolBody(input: NodePoolInput, taskId: string): AgentPool {
  const spot = input.priority === 'Spot';
  return {
    mode: input.mode,
    osType: input.osType,
    osSKU: input.osSku,
    vmSize: input.vmSize,
    count:
      input.nodeCount ??
      (input.enableAutoScaling ? input.minCount : undefined) ??
      1,
    enableAutoScaling: input.enableAutoScaling,
    minCount: input.minCount,
    maxCount: input.maxCount,
    scaleSetPriority: input.priority,
    scaleSetEvictionPolicy: spot ? input.evictionPolicy : undefined,
    spotMaxPrice: spot ? input.spotMaxPrice ?? -1 : undefined,
    nodeTaints: input.taints,
    nodeLabels: input.labels,
    availabilityZones: input.availabilityZones,
    maxPods: input.maxPods,
    vnetSubnetID: input.subnetId,
    tags: withTaskTag(input.tags, taskId),
  };
}

function poolDifferences(input: NodePoolInput, pool: AgentPool): string[] {
  const spot = input.priority === 'Spot';
  const labels = pool.nodeLabels ?? {};
  return differences(
    {
      mode: input.mode,
      osType: input.osType,
      osSku: input.osSku,
      vmSize: input.vmSize,
      enableAutoScaling: input.enableAutoScaling,
      minCount: input.minCount,
      maxCount: input.maxCount,
      priority: input.priority,
      evictionPolicy: spot ? input.evictionPolicy : undefined,
      spotMaxPrice: spot ? input.spotMaxPrice ?? -1 : undefined,
      taints: input.taints,
      labels: input.labels,
      availabilityZones: input.availabilityZones,
      maxPods: input.maxPods,
      subnetId: input.subnetId,
    },
    {
      mode: pool.mode,
      osType: pool.osType,
      osSku: pool.osSKU,
      vmSize: pool.vmSize,
      enableAutoScaling: pool.enableAutoScaling ?? false,
      minCount: pool.minCount,
      maxCount: pool.maxCount,
      priority: pool.scaleSetPriority ?? 'Regular',
      evictionPolicy: pool.scaleSetEvictionPolicy,
      spotMaxPrice: pool.spotMaxPrice,
      // AKS adds taints and labels of its own (spot pools); only the input's are compared.
      taints: input.taints?.filter(taint => pool.nodeTaints?.includes(taint)),
      labels:
        input.labels &&
        Object.fromEntries(
          Object.keys(input.labels)
            .filter(key => key in labels)
            .map(key => [key, labels[key]]),
        ),
      availabilityZones: pool.availabilityZones,
      maxPods: pool.maxPods,
      subnetId: pool.vnetSubnetID,
    },
  );
}

/**
 * `azure:aks:nodepool:create`: adds a node pool (spot pools included) to a
 * cluster and waits until it runs; adopts a pool that exists as asked.
 *
 * @public
 */
export function createAksNodePoolCreateAction(options: {
  clients: AzureClients;
}) {
  const { clients } = options;
  return createTemplateAction({
    id: 'azure:aks:nodepool:create',
    description:
      'Adds a user or system node pool to an AKS cluster (spot capacity, autoscaling, taints, labels, zones) and waits until it runs. A pool that exists as asked is adopted; one that differs is refused with the differences',
    examples,
    supportsDryRun: true,
    schema: {
      input: nodePoolInput.schema,
      output: {
        nodePoolId: z => z.string().describe('The ARM id of the node pool'),
        portalUrl: z =>
          z.string().describe("The cluster's node pools in the Azure portal"),
        annotation: z =>
          z
            .string()
            .describe(
              `The annotation to add to a component: ${AKS_CLUSTER_ID_ANNOTATION}: <clusterId>`,
            ),
        kubernetesVersion: z => z.string().optional(),
      },
    },
    async handler(ctx) {
      const input = nodePoolInput.parse(ctx.input);
      const cluster = parseAksClusterId(input.clusterId);
      const subscription = configuredSubscription(
        clients,
        cluster.subscriptionId,
        'clusterId',
      );
      const pools = clients.containerService(cluster.subscriptionId).agentPools;
      const clusterId = input.clusterId;
      const nodePoolId = `${clusterId}/agentPools/${input.name}`;
      const get = () =>
        pools.get(
          cluster.resourceGroup,
          cluster.name,
          input.name,
          clients.requestOptions(),
        );
      const wait: Wait = {
        what: `Node pool ${nodePoolId}`,
        logger: ctx.logger,
        signal: ctx.signal,
        timeoutMinutes: input.timeoutMinutes,
        pollIntervalMs: clients.config.pollIntervalMs,
        subscription,
        read: async () => ({
          provisioningState: (await get()).provisioningState,
        }),
      };
      const outputs = (pool?: AgentPool) => ({
        nodePoolId,
        portalUrl: portalUrl(clusterId).replace(/overview$/, 'nodePools'),
        annotation: `${AKS_CLUSTER_ID_ANNOTATION}: ${clusterId}`,
        kubernetesVersion: pool?.currentOrchestratorVersion ?? null,
      });

      // The cluster must exist; Azure's 404 names what is missing.
      await azure(subscription, () =>
        clients
          .containerService(cluster.subscriptionId)
          .managedClusters.get(
            cluster.resourceGroup,
            cluster.name,
            clients.requestOptions(),
          ),
      );
      const existing = await readIfExists(subscription, get);
      if (existing && !isCreatedBy(existing.tags, ctx.task.id)) {
        assertMatches(wait.what, poolDifferences(input, existing));
        ctx.logger.info(`${wait.what} exists as asked; adopting it`);
      }

      if (ctx.isDryRun) {
        ctx.logger.info(
          existing
            ? `Would adopt ${wait.what}`
            : `Would create ${wait.what}: ${input.priority} ${input.vmSize} nodes`,
        );
        outputAll(ctx, outputs(existing));
        return;
      }

      const result = await ctx.checkpoint({
        key: `aks-nodepool-${nodePoolId.toLowerCase()}`,
        fn: async () => {
          if (existing) {
            await waitForResource(wait);
          } else {
            ctx.logger.info(`Creating ${wait.what}`);
            const poller = pools.createOrUpdate(
              cluster.resourceGroup,
              cluster.name,
              input.name,
              poolBody(input, ctx.task.id),
              {
                ...clients.operationOptions(),
                ifNoneMatch: '*',
                abortSignal: ctx.signal,
              },
            );
            await waitForPoller(poller, wait);
          }
          return outputs(await azure(subscription, get));
        },
      });
      outputAll(ctx, result);
    },
  });
}
