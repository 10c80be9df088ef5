import type { ManagedCluster } from '@azure/arm-containerservice';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import {
  AKS_CLUSTER_ID_ANNOTATION,
  formatAksClusterId,
} from '@aks-backstage/plugin-aks-common';
import { AzureClients } from '@aks-backstage/plugin-aks-node';
import {
  assertMatches,
  azure,
  isCreatedBy,
  outputAll,
  portalUrl,
  readIfExists,
} from '../lib/azure';
import { configuredSubscription } from '../lib/inputs';
import {
  createResourceGroup,
  resourceGroupToCreate,
} from '../lib/resourceGroup';
import { Wait, waitForPoller, waitForResource } from '../lib/waitForOperation';
import { clusterInput } from './aksCreate.input';
import {
  clusterBody,
  clusterDifferences,
  offeredVersion,
} from './aksCreate.cluster';
import { examples } from './aksCreate.examples';

function clusterOutputs(clusterId: string, cluster?: ManagedCluster) {
  return {
    clusterId,
    portalUrl: portalUrl(clusterId),
    annotation: `${AKS_CLUSTER_ID_ANNOTATION}: ${clusterId}`,
    fqdn: cluster?.fqdn ?? null,
    kubernetesVersion: cluster?.currentKubernetesVersion ?? null,
    kubeletIdentityObjectId:
      cluster?.identityProfile?.kubeletidentity?.objectId ?? null,
    nodeResourceGroup: cluster?.nodeResourceGroup ?? null,
  };
}

/**
 * `azure:aks:create`: creates an AKS cluster and waits until it runs; adopts
 * a cluster that exists as asked, and refuses one that differs.
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
      'Creates an Azure Kubernetes Service cluster with a system node pool and a managed identity, and waits until it runs. A cluster that exists as asked is adopted; one that differs is refused with the differences',
    examples,
    supportsDryRun: true,
    schema: {
      input: clusterInput.schema,
      output: {
        clusterId: z => z.string().describe('The ARM id of the cluster'),
        portalUrl: z => z.string().describe('The cluster in the Azure portal'),
        annotation: z =>
          z
            .string()
            .describe(
              `The annotation to add to a component: ${AKS_CLUSTER_ID_ANNOTATION}: <clusterId>`,
            ),
        fqdn: z => z.string().optional().describe("The API server's name"),
        kubernetesVersion: z => z.string().optional(),
        kubeletIdentityObjectId: z =>
          z
            .string()
            .optional()
            .describe(
              'Grant it AcrPull to attach a registry (azure:acr:attach)',
            ),
        nodeResourceGroup: z => z.string().optional(),
      },
    },
    async handler(ctx) {
      const input = clusterInput.parse(ctx.input);
      const subscription = configuredSubscription(
        clients,
        input.subscriptionId,
      );
      const { resourceGroup, name } = input;
      const clusterId = formatAksClusterId({
        subscriptionId: input.subscriptionId,
        resourceGroup,
        name,
      });
      const client = clients.containerService(input.subscriptionId);
      const get = () =>
        client.managedClusters.get(
          resourceGroup,
          name,
          clients.requestOptions(),
        );
      const wait: Wait = {
        what: `AKS cluster ${clusterId}`,
        logger: ctx.logger,
        signal: ctx.signal,
        timeoutMinutes: input.timeoutMinutes,
        pollIntervalMs: clients.config.pollIntervalMs,
        subscription,
        read: async () => {
          const cluster = await get();
          return {
            provisioningState: cluster.provisioningState,
            provisioningError: cluster.status?.provisioningError,
          };
        },
      };

      const newGroup = await resourceGroupToCreate(
        clients,
        subscription,
        input,
      );
      const existing = newGroup
        ? undefined
        : await readIfExists(subscription, get);
      if (existing && !isCreatedBy(existing.tags, ctx.task.id)) {
        assertMatches(wait.what, clusterDifferences(input, existing));
        ctx.logger.info(`${wait.what} exists as asked; adopting it`);
      }
      const version = existing
        ? existing.currentKubernetesVersion
        : await offeredVersion(clients, subscription, client, input);

      if (ctx.isDryRun) {
        ctx.logger.info(
          existing
            ? `Would adopt ${wait.what}`
            : `Would create ${wait.what}${
                newGroup ? ' and its resource group' : ''
              }: Kubernetes ${version}, ${input.tier} tier, ${
                input.networkPlugin
              } network, ${input.nodeVmSize} system nodes`,
        );
        outputAll(ctx, {
          ...clusterOutputs(clusterId, existing),
          kubernetesVersion: version,
        });
        return;
      }

      const outputs = await ctx.checkpoint({
        key: `aks-cluster-${clusterId.toLowerCase()}`,
        fn: async () => {
          if (existing) {
            await waitForResource(wait);
          } else {
            if (newGroup) {
              await createResourceGroup(clients, subscription, {
                ...input,
                taskId: ctx.task.id,
                logger: ctx.logger,
              });
            }
            ctx.logger.info(`Creating ${wait.what} (Kubernetes ${version})`);
            const poller = client.managedClusters.createOrUpdate(
              resourceGroup,
              name,
              clusterBody(input, ctx.task.id),
              {
                ...clients.operationOptions(),
                ifNoneMatch: '*',
                abortSignal: ctx.signal,
              },
            );
            await waitForPoller(poller, wait);
          }
          return clusterOutputs(clusterId, await azure(subscription, get));
        },
      });
      outputAll(ctx, outputs);
    },
  });
}
