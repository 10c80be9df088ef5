import type { ManagedCluster } from '@azure/arm-containerservice';
import { InputError } from '@backstage/errors';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import { AzureClients } from '@aks-backstage/plugin-aks-node';
import { actionInput } from '../lib/actionInput';
import { azure, outputAll, portalUrl } from '../lib/azure';
import {
  annotationOutput,
  clusterAnnotation,
  clusterOfInput,
  clusterProvisioning,
} from '../lib/clusters';
import { assertMatches, differences } from '../lib/createOrAdopt';
import { fields } from '../lib/inputs';
import {
  actionWait,
  waitForPoller,
  waitForResource,
} from '../lib/waitForOperation';
import { examples } from './aksVirtualNodesEnable.examples';

/** The AKS add-on that runs virtual nodes on Azure Container Instances. */
export const ACI_CONNECTOR = 'aciConnectorLinux';

const virtualNodesInput = actionInput(z =>
  z.object({
    clusterId: fields.clusterId(z),
    subnetName: z
      .string()
      .regex(/^[-\w.]{1,80}$/, 'must be a subnet name')
      .describe(
        "A subnet of the cluster's virtual network, delegated to Azure Container Instances and apart from the nodes' subnet",
      ),
    timeoutMinutes: fields.timeoutMinutes(z, 20),
  }),
);

/** Why the cluster's network cannot have virtual nodes, if it cannot. */
function networkProblem(cluster: ManagedCluster): string | undefined {
  const network = cluster.networkProfile ?? {};
  if (network.networkPlugin !== 'azure') {
    return `uses the ${network.networkPlugin ?? 'default'} network plugin`;
  }
  if (network.networkPluginMode === 'overlay') return 'uses Azure CNI overlay';
  if (!cluster.agentPoolProfiles?.some(pool => pool.vnetSubnetID)) {
    return 'has no node pool in a subnet of its own virtual network';
  }
  return undefined;
}

/**
 * `azure:aks:virtual-nodes:enable`: turns on virtual nodes (virtual-kubelet
 * on Azure Container Instances) for an Azure CNI cluster.
 *
 * @public
 */
export function createAksVirtualNodesEnableAction(options: {
  clients: AzureClients;
}) {
  const { clients } = options;
  return createTemplateAction({
    id: 'azure:aks:virtual-nodes:enable',
    description:
      'Enables virtual nodes on an AKS cluster: the aciConnectorLinux add-on, which runs pods on Azure Container Instances in the given subnet. Refuses, before any change, a cluster whose network cannot have them (kubenet, Azure CNI overlay)',
    examples,
    supportsDryRun: true,
    schema: {
      input: virtualNodesInput.schema,
      output: {
        clusterId: z => z.string(),
        portalUrl: z => z.string().describe('The cluster in the Azure portal'),
        annotation: annotationOutput,
        connectorIdentityObjectId: z =>
          z
            .string()
            .optional()
            .describe(
              "The add-on's identity; it needs Network Contributor on the virtual network to place pods in the subnet",
            ),
      },
    },
    async handler(ctx) {
      const input = virtualNodesInput.parse(ctx.input);
      const { cluster: ref, subscription } = clusterOfInput(
        clients,
        input.clusterId,
      );
      const client = clients.containerService(ref.subscriptionId);
      const get = () =>
        client.managedClusters.get(
          ref.resourceGroup,
          ref.name,
          clients.requestOptions(),
        );
      const wait = actionWait(ctx, clients, {
        what: `Virtual nodes of AKS cluster ${input.clusterId}`,
        subscription,
        timeoutMinutes: input.timeoutMinutes,
        read: async () => clusterProvisioning(await get()),
      });
      const outputs = (cluster: ManagedCluster) => ({
        clusterId: input.clusterId,
        portalUrl: portalUrl(input.clusterId),
        annotation: clusterAnnotation(input.clusterId),
        connectorIdentityObjectId:
          cluster.addonProfiles?.[ACI_CONNECTOR]?.identity?.objectId ?? null,
      });

      const cluster = await azure(subscription, get);
      const problem = networkProblem(cluster);
      if (problem) {
        throw new InputError(
          `Invalid input: clusterId: AKS cluster ${ref.name} ${problem}; virtual nodes need Azure CNI with pods in the nodes' subnet (networkPlugin azure without overlay). The network is fixed at creation: create a cluster with networkPluginMode nodeSubnet and a subnetId`,
        );
      }
      const nodeSubnets = cluster.agentPoolProfiles!.map(pool =>
        pool.vnetSubnetID?.split('/').pop()?.toLowerCase(),
      );
      if (nodeSubnets.includes(input.subnetName.toLowerCase())) {
        throw new InputError(
          `Invalid input: subnetName: ${input.subnetName} holds the cluster's nodes; virtual nodes need a subnet of their own`,
        );
      }
      const addon = cluster.addonProfiles?.[ACI_CONNECTOR];
      const enabled = Boolean(addon?.enabled);
      if (enabled) {
        assertMatches(
          wait.what,
          differences(
            { subnetName: input.subnetName },
            { subnetName: addon?.config?.SubnetName },
          ),
        );
        ctx.logger.info(`${wait.what} are enabled already`);
      }

      if (ctx.isDryRun) {
        ctx.logger.info(
          enabled
            ? `${wait.what} are enabled already`
            : `Would enable ${wait.what} in subnet ${input.subnetName}`,
        );
        outputAll(ctx, outputs(cluster));
        return;
      }

      const result = await ctx.checkpoint({
        key: `aks-virtual-nodes-${input.clusterId.toLowerCase()}`,
        fn: async () => {
          if (enabled) {
            await waitForResource(wait);
          } else {
            ctx.logger.info(
              `Enabling ${wait.what} in subnet ${input.subnetName}`,
            );
            const poller = client.managedClusters.createOrUpdate(
              ref.resourceGroup,
              ref.name,
              {
                ...cluster,
                addonProfiles: {
                  ...cluster.addonProfiles,
                  [ACI_CONNECTOR]: {
                    enabled: true,
                    config: { SubnetName: input.subnetName },
                  },
                },
              },
              {
                ...clients.operationOptions(),
                ifMatch: cluster.eTag,
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
