import type { AgentPool } from '@azure/arm-containerservice';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import { AzureClients } from '@aks-backstage/plugin-aks-node';
import { azure, portalUrl } from '../lib/azure';
import {
  annotationOutput,
  clusterAnnotation,
  clusterOfInput,
} from '../lib/clusters';
import { createOrWait, differences, findOrAdopt } from '../lib/createOrAdopt';
import { poolNodeCount } from '../lib/nodeCount';
import { NodePoolInput, nodePoolInput } from './aksNodePoolCreate.input';
import { examples } from './aksNodePoolCreate.examples';

/** What a spot pool gets when Azure takes its nodes back; nothing for a regular pool. */
function evictionTerms(input: NodePoolInput) {
  const spot = input.priority === 'Spot';
  return {
    evictionPolicy: spot ? input.evictionPolicy : undefined,
    spotMaxPrice: spot ? input.spotMaxPrice ?? -1 : undefined,
  };
}

function poolBody(
  input: NodePoolInput,
  tags: Record<string, string>,
): AgentPool {
  const eviction = evictionTerms(input);
  return {
    mode: input.mode,
    osType: input.osType,
    osSKU: input.osSku,
    vmSize: input.vmSize,
    ...poolNodeCount(input, 1),
    scaleSetPriority: input.priority,
    scaleSetEvictionPolicy: eviction.evictionPolicy,
    spotMaxPrice: eviction.spotMaxPrice,
    nodeTaints: input.taints,
    nodeLabels: input.labels,
    availabilityZones: input.availabilityZones,
    maxPods: input.maxPods,
    vnetSubnetID: input.subnetId,
    tags,
  };
}

function poolDifferences(input: NodePoolInput, pool: AgentPool): string[] {
  const labels = pool.nodeLabels ?? {};
  const { clusterId, name, nodeCount, tags, timeoutMinutes, ...wanted } = input;
  return differences(
    { ...wanted, ...evictionTerms(input) },
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
        annotation: annotationOutput,
        kubernetesVersion: z => z.string().optional(),
      },
    },
    async handler(ctx) {
      const input = nodePoolInput.parse(ctx.input);
      const { cluster, subscription } = clusterOfInput(
        clients,
        input.clusterId,
      );
      const client = clients.containerService(cluster.subscriptionId);
      const clusterId = input.clusterId;
      const nodePoolId = `${clusterId}/agentPools/${input.name}`;

      // The cluster must exist; Azure's 404 names what is missing.
      await azure(subscription, () =>
        client.managedClusters.get(
          cluster.resourceGroup,
          cluster.name,
          clients.requestOptions(),
        ),
      );
      const found = await findOrAdopt(ctx, clients, {
        what: `Node pool ${nodePoolId}`,
        subscription,
        read: () =>
          client.agentPools.get(
            cluster.resourceGroup,
            cluster.name,
            input.name,
            clients.requestOptions(),
          ),
        differences: existing => poolDifferences(input, existing),
      });
      await createOrWait(ctx, clients, found, {
        checkpointKey: `aks-nodepool-${nodePoolId.toLowerCase()}`,
        timeoutMinutes: input.timeoutMinutes,
        wouldCreate: `: ${input.priority} ${input.vmSize} nodes`,
        tags: input.tags,
        start: tags =>
          client.agentPools.createOrUpdate(
            cluster.resourceGroup,
            cluster.name,
            input.name,
            poolBody(input, tags),
            {
              ...clients.operationOptions(),
              ifNoneMatch: '*',
              abortSignal: ctx.signal,
            },
          ),
        outputs: pool => ({
          nodePoolId,
          portalUrl: portalUrl(clusterId).replace(/overview$/, 'nodePools'),
          annotation: clusterAnnotation(clusterId),
          kubernetesVersion: pool?.currentOrchestratorVersion ?? null,
        }),
      });
    },
  });
}
