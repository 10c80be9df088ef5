import { PermissionsService } from '@backstage/backend-plugin-api';
import { ConflictError } from '@backstage/errors';
import {
  ActionContext,
  createTemplateAction,
} from '@backstage/plugin-scaffolder-node';
import {
  aksIdentityCreatePermission,
  parseArmResourceId,
} from '@aks-backstage/plugin-aks-common';
import { AzureClients } from '@aks-backstage/plugin-aks-node';
import yaml from 'yaml';
import { outputAll } from '../lib/azure';
import { configuredSubscription } from '../lib/inputs';
import { authorizeInitiator } from '../lib/permissions';
import {
  createRoleAssignment,
  findRoleAssignment,
  RoleGrant,
} from '../lib/roleAssignments';
import { examples } from './workloadIdentityCreate.examples';
import { federatableCluster } from './workloadIdentityCreate.cluster';
import {
  credentialNameOf,
  ensureFederatedCredential,
  ensureIdentity,
  IdentityFacts,
} from './workloadIdentityCreate.identity';
import { roleOf, workloadIdentityInput } from './workloadIdentityCreate.input';

/** The ServiceAccount that lets pods use the identity. */
export function serviceAccountManifest(
  namespace: string,
  name: string,
  clientId: string,
): string {
  return yaml.stringify({
    apiVersion: 'v1',
    kind: 'ServiceAccount',
    metadata: {
      name,
      namespace,
      annotations: { 'azure.workload.identity/client-id': clientId },
    },
  });
}

/**
 * `azure:aks:workload-identity:create`: a user-assigned managed identity
 * that pods running as a Kubernetes service account sign in as, through the
 * cluster's OIDC issuer (AKS workload identity).
 *
 * @public
 */
export function createWorkloadIdentityCreateAction(options: {
  clients: AzureClients;
  permissions: PermissionsService;
}) {
  const { clients, permissions } = options;
  return createTemplateAction({
    id: 'azure:aks:workload-identity:create',
    description:
      'Lets the pods of a Kubernetes service account sign in to Azure as a user-assigned managed identity (AKS workload identity): creates the identity, tagged aks-cluster-id with the cluster, federates it to system:serviceaccount:<namespace>:<serviceAccountName> through the cluster\'s OIDC issuer, and grants it an optional role. A cluster with the OIDC issuer or workload identity off is refused unless enableWorkloadIdentity confirms turning them on (an update of the cluster). What exists as asked is adopted; a credential that trusts another subject or issuer is refused. Outputs the ServiceAccount manifest; the pods also need the label azure.workload.identity/use: "true" on the pod template, not on the ServiceAccount. Needs the aks.identity.create permission',
    examples,
    supportsDryRun: true,
    schema: {
      input: workloadIdentityInput.schema,
      output: {
        clientId: z =>
          z
            .string()
            .describe('The client id pods use: the ServiceAccount annotation'),
        principalId: z => z.string().describe("The identity's object id"),
        identityId: z => z.string().describe('The ARM id of the identity'),
        tenantId: z => z.string(),
        issuerUrl: z => z.string().describe("The cluster's OIDC issuer"),
        roleAssignmentId: z => z.string().optional(),
        serviceAccountManifest: z =>
          z
            .string()
            .describe(
              'The ServiceAccount, annotated with the client id, to apply in the namespace',
            ),
      },
    },
    async handler(ctx) {
      const input = workloadIdentityInput.parse(ctx.input);
      const subscription = configuredSubscription(
        clients,
        input.subscriptionId,
      );
      const role = input.roleDefinition
        ? roleOf(input.roleDefinition)
        : undefined;
      const scope = input.roleScope?.replace(/\/$/, '');
      const scopeSubscription =
        scope &&
        configuredSubscription(
          clients,
          parseArmResourceId(scope).subscriptionId,
          'roleScope',
        );
      await authorizeInitiator(ctx, permissions, aksIdentityCreatePermission);

      const { cluster, clusterId, issuerUrl } = await federatableCluster(
        ctx,
        clients,
        subscription,
        input,
      );
      const place = {
        subscription,
        resourceGroup: input.identityResourceGroup ?? input.resourceGroup,
        name: input.identityName,
        location: input.location ?? cluster.location,
        clusterId,
      };
      const identity = await ensureIdentity(ctx, clients, place);
      await ensureFederatedCredential(ctx, clients, place, identity, {
        name: credentialNameOf(input.serviceAccountName),
        subject: `system:serviceaccount:${input.namespace}:${input.serviceAccountName}`,
        issuer: issuerUrl,
      });

      let roleAssignmentId: string | undefined;
      if (role && scope && scopeSubscription) {
        roleAssignmentId = await grantRole(
          ctx,
          clients,
          identity,
          {
            scope,
            subscription: scopeSubscription,
            principalId: identity?.principalId ?? '',
            roleGuid: role.guid,
            roleDefinitionId: role.definitionId,
            description: `Lets the pods of ${input.namespace}/${input.serviceAccountName} on AKS cluster ${input.clusterName} use ${role.name}`,
          },
          role.name,
        );
      }

      outputAll(ctx, {
        clientId: identity?.clientId,
        principalId: identity?.principalId,
        identityId: identity?.identityId,
        tenantId: identity?.tenantId,
        issuerUrl,
        roleAssignmentId,
        serviceAccountManifest:
          identity?.clientId &&
          serviceAccountManifest(
            input.namespace,
            input.serviceAccountName,
            identity.clientId,
          ),
      });
    },
  });
}

/** Grants the role to the identity, or finds it granted; the assignment's id. */
async function grantRole(
  ctx: ActionContext<any, any>,
  clients: AzureClients,
  identity: IdentityFacts | undefined,
  grant: RoleGrant,
  roleName: string,
): Promise<string | undefined> {
  const what = `${roleName} on ${grant.scope} for managed identity ${
    identity?.identityId ?? '(to be created)'
  }`;
  if (!identity) {
    ctx.logger.info(`Would grant ${what}`);
    return undefined;
  }
  if (!grant.principalId) {
    throw new ConflictError(
      `Managed identity ${identity.identityId} reports no principal id; grant ${roleName} once Azure has made it`,
    );
  }
  const existing = await findRoleAssignment(clients, grant);
  if (existing) {
    ctx.logger.info(`${what} is granted already`);
    return existing.id;
  }
  if (ctx.isDryRun) {
    ctx.logger.info(`Would grant ${what}`);
    return undefined;
  }
  return ctx.checkpoint({
    key: `role-${grant.scope.toLowerCase()}-${grant.principalId}-${
      grant.roleGuid
    }`,
    fn: async () => {
      ctx.logger.info(`Granting ${what}`);
      const created = await createRoleAssignment(clients, grant, ctx.signal);
      return created.id ?? undefined;
    },
  });
}
