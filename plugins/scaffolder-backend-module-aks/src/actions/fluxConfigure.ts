import { PermissionsService } from '@backstage/backend-plugin-api';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import { aksGitOpsConfigurePermission } from '@aks-backstage/plugin-aks-common';
import { AzureClients } from '@aks-backstage/plugin-aks-node';
import { azure } from '../lib/azure';
import { createOrWait, findOrAdopt } from '../lib/createOrAdopt';
import { fluxRepositoryUrl } from '../lib/gitRepository';
import { configuredSubscription } from '../lib/inputs';
import { authorizeInitiator } from '../lib/permissions';
import {
  configurationBody,
  configurationDifferences,
} from './fluxConfigure.configuration';
import { examples } from './fluxConfigure.examples';
import {
  AKS_CLUSTER_RESOURCE,
  AKS_CLUSTER_RP,
  ensureFluxExtension,
} from './fluxConfigure.extension';
import { fluxInput } from './fluxConfigure.input';

/**
 * `azure:aks:flux:configure`: points Flux on an AKS cluster at a git
 * repository (GitOps), installing the Flux extension first when the cluster
 * has none.
 *
 * @public
 */
export function createFluxConfigureAction(options: {
  clients: AzureClients;
  permissions: PermissionsService;
}) {
  const { clients, permissions } = options;
  return createTemplateAction({
    id: 'azure:aks:flux:configure',
    description:
      'Points Flux on an AKS cluster at a git repository (GitOps): installs the microsoft.flux cluster extension, named flux, when the cluster has none, then creates the Flux configuration with its kustomizations and waits for it. A configuration that exists as asked is adopted; one that reads another repository or branch, or differs otherwise, is refused with the differences. Takes no credentials: a public repository, or localAuthRef naming a Kubernetes secret in the cluster. Needs the aks.gitops.configure permission',
    examples,
    supportsDryRun: true,
    schema: {
      input: fluxInput.schema,
      output: {
        configurationId: z =>
          z.string().describe('The ARM id of the Flux configuration'),
        complianceState: z =>
          z
            .string()
            .optional()
            .describe(
              'Whether the cluster has applied the repository: Compliant, Non-Compliant, Pending, Suspended or Unknown',
            ),
        extensionInstalled: z =>
          z.boolean().describe('Whether this run installed the Flux extension'),
        repositoryPublicKey: z =>
          z
            .string()
            .optional()
            .describe(
              'For an ssh:// repository without localAuthRef: the public key Flux reads with, to add to the repository as a deploy key',
            ),
      },
    },
    async handler(ctx) {
      const input = fluxInput.parse(ctx.input);
      const subscription = configuredSubscription(
        clients,
        input.subscriptionId,
      );
      await authorizeInitiator(ctx, permissions, aksGitOpsConfigurePermission);

      const managedCluster = await azure(subscription, () =>
        clients
          .containerService(input.subscriptionId)
          .managedClusters.get(
            input.resourceGroup,
            input.clusterName,
            clients.requestOptions(),
          ),
      );
      const clusterId =
        managedCluster.id ??
        `/subscriptions/${input.subscriptionId}/resourceGroups/${input.resourceGroup}/providers/Microsoft.ContainerService/managedClusters/${input.clusterName}`;
      const configurationId = `${clusterId}/providers/Microsoft.KubernetesConfiguration/fluxConfigurations/${input.name}`;
      const configurations = clients.kubernetesConfiguration(
        input.subscriptionId,
      ).fluxConfigurations;
      const cluster = [
        input.resourceGroup,
        AKS_CLUSTER_RP,
        AKS_CLUSTER_RESOURCE,
        input.clusterName,
      ] as const;

      const found = await findOrAdopt(ctx, clients, {
        what: `Flux configuration ${configurationId}`,
        subscription,
        read: () =>
          configurations.get(...cluster, input.name, clients.requestOptions()),
        differences: existing => configurationDifferences(input, existing),
      });
      const extensionInstalled = await ensureFluxExtension(
        ctx,
        clients,
        subscription,
        input,
        clusterId,
      );
      ctx.output('extensionInstalled', extensionInstalled);
      await createOrWait(ctx, clients, found, {
        checkpointKey: `flux-${configurationId.toLowerCase()}`,
        timeoutMinutes: input.timeoutMinutes,
        wouldCreate: ` reading ${fluxRepositoryUrl(input.repoUrl)} at ${
          input.branch
        }`,
        creating: ` reading ${fluxRepositoryUrl(input.repoUrl)} at ${
          input.branch
        }`,
        start: () =>
          configurations.beginCreateOrUpdate(
            ...cluster,
            input.name,
            configurationBody(input),
            { ...clients.operationOptions(), abortSignal: ctx.signal },
          ),
        outputs: configuration => ({
          configurationId: configuration?.id ?? configurationId,
          complianceState: configuration?.complianceState ?? null,
          repositoryPublicKey: configuration?.repositoryPublicKey ?? null,
        }),
      });
    },
  });
}
