import {
  AksClusterRef,
  ClusterWorkloadIdentities,
  FederatedIdentity,
  formatAksClusterId,
} from '@aks-backstage/plugin-aks-common';
import { ArmReads } from '../clusters/ArmReads';
import type { ClusterReads } from '../clusters/ClusterReads';
import { findingsOf } from '../health/findingRule';
import {
  ReadCredential,
  ReadIdentity,
  toReadCredential,
  toReadIdentity,
  toRoleAssignment,
} from './armIdentities';
import { FederatedToCluster, federatedToCluster } from './federation';
import { IDENTITY_RULES } from './identityRules';

/** Credential lists read at once: one call per identity, few enough not to be throttled. */
const CONCURRENT_CREDENTIAL_READS = 8;

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const CLUSTER_FINDINGS = new Set(['WorkloadIdentityWithoutOidcIssuer']);

/** ARM's 404: the identity went between the listing and the read of its credentials. */
function isGone(error: unknown): boolean {
  return (error as { statusCode?: number })?.statusCode === 404;
}

/**
 * The user-assigned identities federated to an entity's service accounts on
 * its clusters, with their role assignments, each read through the cache:
 * a subscription's identities and their credentials as one entry, each
 * identity's role assignments as another.
 */
export class WorkloadIdentityReads {
  readonly #arm: ArmReads;
  readonly #clusters: ClusterReads;

  constructor(arm: ArmReads, clusters: ClusterReads) {
    this.#arm = arm;
    this.#clusters = clusters;
  }

  /**
   * The identities federated to service accounts of the namespace on the
   * cluster. Throws what the read of the cluster or of the subscription's
   * identities failed with; a failed read of an identity's role assignments
   * is that identity's `roleAssignmentsError`.
   */
  async clusterIdentities(
    ref: AksClusterRef,
    namespace: string,
    options: { production?: boolean } = {},
  ): Promise<Omit<ClusterWorkloadIdentities, 'clusterId'>> {
    const [cluster, identities] = await Promise.all([
      this.#clusters.getCluster(ref, options),
      this.#identities(ref.subscriptionId),
    ]);
    const issuerUrl = cluster.workloadIdentity?.oidcIssuerUrl;
    const federated = federatedToCluster(
      identities.value,
      { clusterId: cluster.id || formatAksClusterId(ref), issuerUrl },
      namespace,
    );
    return {
      clusterName: cluster.name,
      workloadIdentity: cluster.workloadIdentity,
      identities: await Promise.all(
        federated.map(f =>
          this.#federatedIdentity(
            ref.subscriptionId,
            f,
            cluster.name,
            issuerUrl,
          ),
        ),
      ),
      warnings: cluster.health.warnings.filter(w =>
        CLUSTER_FINDINGS.has(w.code),
      ),
      fetchedAt:
        identities.fetchedAt < cluster.fetchedAt
          ? identities.fetchedAt
          : cluster.fetchedAt,
      stale: identities.stale || cluster.stale,
    };
  }

  async #federatedIdentity(
    subscriptionId: string,
    { identity, credentials }: FederatedToCluster,
    clusterName: string,
    issuerUrl: string | undefined,
  ): Promise<FederatedIdentity> {
    const { credentials: _all, clusterTag: _tag, ...fields } = identity;
    const roles = await this.#roleAssignments(subscriptionId, identity).then(
      roleAssignments => ({ roleAssignments }),
      (error: Error) => ({
        roleAssignments: [],
        roleAssignmentsError: { name: error.name, message: error.message },
      }),
    );
    return {
      ...fields,
      federatedCredentials: credentials,
      ...roles,
      warnings: credentials.flatMap(credential =>
        findingsOf(IDENTITY_RULES, {
          identity,
          credential,
          clusterName,
          issuerUrl,
        }),
      ),
    };
  }

  /** The role assignments of the identity's principal in its subscription. */
  async #roleAssignments(subscriptionId: string, identity: ReadIdentity) {
    const { principalId } = identity;
    // The principal goes into an OData filter: a GUID, or nothing is asked.
    if (!principalId || !GUID.test(principalId)) return [];
    const { clients } = this.#arm;
    const { value } = await this.#arm.read(
      subscriptionId,
      `role-assignments:${subscriptionId}/${principalId}`.toLowerCase(),
      async () => {
        const found = [];
        for await (const assignment of clients
          .authorization(subscriptionId)
          .roleAssignments.listForSubscription({
            ...clients.requestOptions(),
            filter: `principalId eq '${principalId}'`,
          })) {
          const read = toRoleAssignment(assignment);
          if (read) found.push(read);
        }
        return found;
      },
    );
    return value;
  }

  /** The subscription's user-assigned identities, each with its federated credentials. */
  #identities(subscriptionId: string) {
    return this.#arm.read(
      subscriptionId,
      `identities:${subscriptionId}`.toLowerCase(),
      async (): Promise<ReadIdentity[]> => {
        const { clients } = this.#arm;
        const client = clients.managedIdentities(subscriptionId);
        const pending: Array<Omit<ReadIdentity, 'credentials'>> = [];
        for await (const identity of client.userAssignedIdentities.listBySubscription(
          clients.requestOptions(),
        )) {
          const read = toReadIdentity(identity);
          if (read) pending.push(read);
        }
        const read: ReadIdentity[] = [];
        const worker = async () => {
          for (let next = pending.shift(); next; next = pending.shift()) {
            const credentials = await this.#credentials(subscriptionId, next);
            if (credentials) read.push({ ...next, credentials });
          }
        };
        await Promise.all(
          Array.from({ length: CONCURRENT_CREDENTIAL_READS }, worker),
        );
        return read.sort((a, b) => a.id.localeCompare(b.id));
      },
    );
  }

  /** An identity's federated credentials; undefined when it is gone. */
  async #credentials(
    subscriptionId: string,
    identity: Omit<ReadIdentity, 'credentials'>,
  ): Promise<ReadCredential[] | undefined> {
    const { clients } = this.#arm;
    const credentials: ReadCredential[] = [];
    try {
      for await (const credential of clients
        .managedIdentities(subscriptionId)
        .federatedIdentityCredentials.list(
          identity.resourceGroup,
          identity.name,
          clients.requestOptions(),
        )) {
        const read = toReadCredential(credential);
        if (read) credentials.push(read);
      }
    } catch (error) {
      if (isGone(error)) return undefined;
      throw error;
    }
    return credentials;
  }
}
