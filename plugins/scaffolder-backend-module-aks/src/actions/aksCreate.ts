import type { ManagedCluster } from '@azure/arm-containerservice';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import { formatAksClusterId } from '@aks-backstage/plugin-aks-common';
import { AzureClients } from '@aks-backstage/plugin-aks-node';
import { portalUrl } from '../lib/azure';
import {
  annotationOutput,
  clusterAnnotation,
  clusterProvisioning,
} from '../lib/clusters';
import { createOrWait, findOrAdopt } from '../lib/createOrAdopt';
import { configuredSubscription } from '../lib/inputs';
import { clusterInput } from './aksCreate.input';
import {
  clusterBody,
  clusterDifferences,
  offeredVersion,
} from './aksCreate.cluster';
import { examples } from './aksCreate.examples';
import {
  describeWindow,
  readWindow,
  setWindow,
  windowDifferences,
} from './aksCreate.window';

/** The outputs for the cluster; before it exists, with the version it will get. */
function clusterOutputs(
  clusterId: string,
  cluster: ManagedCluster | undefined,
  plannedVersion: string | undefined,
) {
  return {
    clusterId,
    portalUrl: portalUrl(clusterId),
    annotation: clusterAnnotation(clusterId),
    fqdn: cluster?.fqdn ?? null,
    kubernetesVersion: cluster
      ? cluster.currentKubernetesVersion ?? null
      : plannedVersion ?? null,
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
      'Creates an Azure Kubernetes Service cluster with a system node pool, a managed identity and a weekly auto-upgrade window, and waits until it runs. A cluster that exists as asked is adopted; one that differs is refused with the differences',
    examples,
    supportsDryRun: true,
    schema: {
      input: clusterInput.schema,
      output: {
        clusterId: z => z.string().describe('The ARM id of the cluster'),
        portalUrl: z => z.string().describe('The cluster in the Azure portal'),
        annotation: annotationOutput,
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
      const target = { clusterId, resourceGroup, name, subscription, client };
      // AKS upgrades by itself only on a channel; without one, no window.
      const window =
        input.autoUpgradeChannel === 'none'
          ? undefined
          : input.autoUpgradeWindow;
      const windowFound = window
        ? await readWindow(clients, target)
        : undefined;

      const found = await findOrAdopt(ctx, clients, {
        what: `AKS cluster ${clusterId}`,
        subscription,
        resourceGroup: input,
        read: () =>
          client.managedClusters.get(
            resourceGroup,
            name,
            clients.requestOptions(),
          ),
        provisioning: clusterProvisioning,
        differences: existing => [
          ...clusterDifferences(input, existing),
          ...windowDifferences(window, windowFound),
        ],
      });
      const version = found.existing
        ? found.existing.currentKubernetesVersion
        : await offeredVersion(clients, subscription, client, input);

      const andGroup = found.newResourceGroup ? ' and its resource group' : '';
      await createOrWait(ctx, clients, found, {
        checkpointKey: `aks-cluster-${clusterId.toLowerCase()}`,
        timeoutMinutes: input.timeoutMinutes,
        wouldCreate: `${andGroup}: Kubernetes ${version}, ${input.tier} tier, ${
          input.networkPlugin
        } network, ${input.nodeVmSize} system nodes, auto-upgrade ${
          input.autoUpgradeChannel
        }${window ? ` ${describeWindow(window)}` : ''}`,
        creating: ` (Kubernetes ${version})`,
        tags: input.tags,
        start: tags =>
          client.managedClusters.createOrUpdate(
            resourceGroup,
            name,
            clusterBody(input, tags),
            {
              ...clients.operationOptions(),
              ifNoneMatch: '*',
              abortSignal: ctx.signal,
            },
          ),
        outputs: cluster => clusterOutputs(clusterId, cluster, version),
      });
      if (window) await setWindow(ctx, clients, target, window, windowFound);
    },
  });
}
