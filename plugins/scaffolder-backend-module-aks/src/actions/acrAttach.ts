import { ConflictError } from '@backstage/errors';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import { AzureClients } from '@aks-backstage/plugin-aks-node';
import { actionInput } from '../lib/actionInput';
import { azure, outputAll, portalUrl } from '../lib/azure';
import {
  annotationOutput,
  clusterAnnotation,
  clusterOfInput,
} from '../lib/clusters';
import { configuredSubscription, fields } from '../lib/inputs';
import {
  BUILT_IN_ROLES,
  createRoleAssignment,
  findRoleAssignment,
  RoleGrant,
  roleAssignmentIdOf,
} from '../lib/roleAssignments';
import { examples } from './acrAttach.examples';

/** The built-in AcrPull role (the same id in every Azure cloud). */
export const ACR_PULL_ROLE = BUILT_IN_ROLES.AcrPull;
const REGISTRY_ID =
  /^\/subscriptions\/([0-9a-f-]{36})\/resourceGroups\/([-\w.()]{1,90})\/providers\/Microsoft\.ContainerRegistry\/registries\/([a-zA-Z0-9]{5,50})$/i;

const attachInput = actionInput(z =>
  z.object({
    clusterId: fields.clusterId(z),
    registryId: z
      .string()
      .regex(
        REGISTRY_ID,
        'must be the ARM id of a container registry (/subscriptions/…/resourceGroups/…/providers/Microsoft.ContainerRegistry/registries/…)',
      )
      .describe('The registry the cluster pulls images from'),
  }),
);

/**
 * `azure:acr:attach`: lets an AKS cluster pull from a registry, as
 * `az aks update --attach-acr` does: AcrPull for the cluster's kubelet
 * identity on the registry.
 *
 * @public
 */
export function createAcrAttachAction(options: { clients: AzureClients }) {
  const { clients } = options;
  return createTemplateAction({
    id: 'azure:acr:attach',
    description:
      "Lets an AKS cluster pull from a container registry: grants AcrPull on the registry to the cluster's kubelet identity, under a role assignment name derived from registry, identity and role, so that a re-run finds its own grant. An AcrPull grant that exists already is kept",
    examples,
    supportsDryRun: true,
    schema: {
      input: attachInput.schema,
      output: {
        roleAssignmentId: z =>
          z.string().describe('The ARM id of the AcrPull role assignment'),
        principalId: z =>
          z
            .string()
            .describe("The object id of the cluster's kubelet identity"),
        clusterPortalUrl: z =>
          z.string().describe('The cluster in the Azure portal'),
        annotation: annotationOutput,
      },
    },
    async handler(ctx) {
      const input = attachInput.parse(ctx.input);
      const { cluster, subscription: clusterSubscription } = clusterOfInput(
        clients,
        input.clusterId,
      );
      const [, registrySubscriptionId, registryGroup, registryName] =
        REGISTRY_ID.exec(input.registryId)!;
      const subscription = configuredSubscription(
        clients,
        registrySubscriptionId,
        'registryId',
      );

      const managedCluster = await azure(clusterSubscription, () =>
        clients
          .containerService(cluster.subscriptionId)
          .managedClusters.get(
            cluster.resourceGroup,
            cluster.name,
            clients.requestOptions(),
          ),
      );
      const principalId =
        managedCluster.identityProfile?.kubeletidentity?.objectId;
      if (!principalId) {
        throw new ConflictError(
          `AKS cluster ${input.clusterId} has no kubelet managed identity (it runs as a service principal); grant AcrPull to that service principal instead`,
        );
      }
      const registry = await azure(subscription, () =>
        clients
          .registry(registrySubscriptionId)
          .registries.get(
            registryGroup,
            registryName,
            clients.requestOptions(),
          ),
      );
      const scope = registry.id ?? input.registryId;
      const grant: RoleGrant = {
        scope,
        subscription,
        principalId,
        roleGuid: ACR_PULL_ROLE,
        description: `Lets AKS cluster ${cluster.name} pull images`,
      };
      const planned = {
        roleAssignmentId: roleAssignmentIdOf(grant).id,
        principalId,
        clusterPortalUrl: portalUrl(input.clusterId),
        annotation: clusterAnnotation(input.clusterId),
      };
      const existing = await findRoleAssignment(clients, grant);
      const what = `AcrPull on ${scope} for the kubelet identity ${principalId} of ${cluster.name}`;

      if (ctx.isDryRun) {
        ctx.logger.info(
          existing ? `${what} is granted already` : `Would grant ${what}`,
        );
        outputAll(ctx, {
          ...planned,
          roleAssignmentId: existing?.id ?? planned.roleAssignmentId,
        });
        return;
      }

      const result = await ctx.checkpoint({
        key: `acr-attach-${planned.roleAssignmentId.toLowerCase()}`,
        fn: async () => {
          if (existing) {
            ctx.logger.info(`${what} is granted already`);
            return { ...planned, roleAssignmentId: existing.id ?? null };
          }
          if (ctx.signal?.aborted) {
            throw new Error(`Cancelled before granting ${what}`);
          }
          ctx.logger.info(`Granting ${what}`);
          const created = await createRoleAssignment(
            clients,
            grant,
            ctx.signal,
          );
          return { ...planned, roleAssignmentId: created.id ?? null };
        },
      });
      outputAll(ctx, result);
    },
  });
}
