import type { FederatedIdentityCredential, Identity } from '@azure/arm-msi';
import { ConflictError } from '@backstage/errors';
import { ActionContext } from '@backstage/plugin-scaffolder-node';
import {
  AksSubscriptionConfig,
  AzureClients,
} from '@aks-backstage/plugin-aks-node';
import { azure, readIfExists } from '../lib/azure';
import { differences, findOrAdopt, TASK_TAG } from '../lib/createOrAdopt';

/** The tag that ties an identity to the cluster its credentials trust (lower-case ARM id). */
export const CLUSTER_TAG = 'aks-cluster-id';
/** The audience of Kubernetes service account tokens that Entra ID exchanges. */
export const TOKEN_AUDIENCE = 'api://AzureADTokenExchange';

/** What the action keeps of an identity (the checkpoints store it). */
export type IdentityFacts = {
  identityId: string;
  clientId: string | null;
  principalId: string | null;
  tenantId: string | null;
};

/** Where the identity goes, and the cluster its credential trusts. */
export interface IdentityPlace {
  subscription: AksSubscriptionConfig;
  resourceGroup: string;
  name: string;
  location: string;
  clusterId: string;
}

const factsOf = (identity: Identity, id: string): IdentityFacts => ({
  identityId: identity.id ?? id,
  clientId: identity.clientId ?? null,
  principalId: identity.principalId ?? null,
  tenantId: identity.tenantId ?? null,
});

/**
 * Creates the user-assigned identity, tagged with its cluster, or adopts one
 * in the same location (tagging it when it has no cluster yet); refuses one
 * elsewhere. Undefined in a dry run that would create it.
 */
export async function ensureIdentity(
  ctx: ActionContext<any, any>,
  clients: AzureClients,
  place: IdentityPlace,
): Promise<IdentityFacts | undefined> {
  const { subscription, resourceGroup, name, location } = place;
  const identities = clients.managedIdentities(
    subscription.subscriptionId,
  ).userAssignedIdentities;
  const id = `/subscriptions/${subscription.subscriptionId}/resourceGroups/${resourceGroup}/providers/Microsoft.ManagedIdentity/userAssignedIdentities/${name}`;
  const what = `Managed identity ${id}`;
  const clusterTag = place.clusterId.toLowerCase();
  const { existing } = await findOrAdopt(ctx, clients, {
    what,
    subscription,
    read: () => identities.get(resourceGroup, name, clients.requestOptions()),
    differences: found =>
      differences({ location }, { location: found.location }),
  });
  const untagged = existing && !existing.tags?.[CLUSTER_TAG];

  if (ctx.isDryRun) {
    if (!existing) ctx.logger.info(`Would create ${what} in ${location}`);
    else if (untagged) ctx.logger.info(`Would tag ${what} with its cluster`);
    return existing && factsOf(existing, id);
  }
  if (existing && !untagged) return factsOf(existing, id);
  return ctx.checkpoint({
    key: `msi-${id.toLowerCase()}`,
    fn: async (): Promise<IdentityFacts> => {
      if (existing) {
        ctx.logger.info(`Tagging ${what} with ${CLUSTER_TAG}`);
        const tagged = await azure(subscription, () =>
          identities.update(
            resourceGroup,
            name,
            { tags: { ...existing.tags, [CLUSTER_TAG]: clusterTag } },
            { ...clients.requestOptions(), abortSignal: ctx.signal },
          ),
        );
        return factsOf(tagged, id);
      }
      ctx.logger.info(`Creating ${what} in ${location}`);
      const created = await azure(subscription, () =>
        identities.createOrUpdate(
          resourceGroup,
          name,
          {
            location,
            tags: { [TASK_TAG]: ctx.task.id, [CLUSTER_TAG]: clusterTag },
          },
          { ...clients.requestOptions(), abortSignal: ctx.signal },
        ),
      );
      return factsOf(created, id);
    },
  });
}

/** The federated credential's name: the service account's, as credential names may be. */
export function credentialNameOf(serviceAccountName: string): string {
  const name = serviceAccountName.replace(/[^a-zA-Z0-9_-]/g, '-').slice(0, 120);
  return name.length < 3 ? `${name}-sa` : name;
}

/** The credential a service account's tokens are exchanged with. */
export interface WantedCredential {
  name: string;
  subject: string;
  /** Unknown in a dry run that would turn the cluster's issuer on. */
  issuer?: string;
}

/** Issuer and subject are compared as Entra ID does: exactly. */
function credentialDifferences(
  wanted: WantedCredential,
  found: FederatedIdentityCredential,
): string[] {
  const problems: string[] = [];
  const compare = (field: string, want?: string, have?: string) => {
    if (want !== undefined && want !== have)
      problems.push(`${field}: wanted ${want}, found ${have ?? 'nothing'}`);
  };
  compare('subject', wanted.subject, found.subject);
  compare('issuer', wanted.issuer, found.issuer);
  compare('audiences', TOKEN_AUDIENCE, (found.audiences ?? []).join(', '));
  return problems;
}

/**
 * Federates the identity to the service account: creates the credential,
 * adopts an identical one, refuses one of that name that trusts another
 * subject or issuer.
 */
export async function ensureFederatedCredential(
  ctx: ActionContext<any, any>,
  clients: AzureClients,
  place: IdentityPlace,
  identity: IdentityFacts | undefined,
  wanted: WantedCredential,
): Promise<void> {
  const { subscription, resourceGroup, name } = place;
  const credentials = clients.managedIdentities(
    subscription.subscriptionId,
  ).federatedIdentityCredentials;
  const what = `Federated credential ${wanted.name} of managed identity ${name}`;
  const existing =
    identity &&
    (await readIfExists(subscription, () =>
      credentials.get(
        resourceGroup,
        name,
        wanted.name,
        clients.requestOptions(),
      ),
    ));
  if (existing) {
    const problems = credentialDifferences(wanted, existing);
    if (problems.length > 0) {
      throw new ConflictError(
        `${what} exists and trusts another service account or cluster: ${problems.join(
          '; ',
        )}. Choose another identity, or remove that credential`,
      );
    }
    ctx.logger.info(`${what} trusts ${wanted.subject} already`);
    return;
  }
  if (ctx.isDryRun) {
    ctx.logger.info(`Would create ${what} for ${wanted.subject}`);
    return;
  }
  await ctx.checkpoint({
    key: `fic-${identity!.identityId.toLowerCase()}-${wanted.name}`,
    fn: async () => {
      ctx.logger.info(`Creating ${what} for ${wanted.subject}`);
      await azure(subscription, () =>
        credentials.createOrUpdate(
          resourceGroup,
          name,
          wanted.name,
          {
            issuer: wanted.issuer,
            subject: wanted.subject,
            audiences: [TOKEN_AUDIENCE],
          },
          { ...clients.requestOptions(), abortSignal: ctx.signal },
        ),
      );
    },
  });
}
