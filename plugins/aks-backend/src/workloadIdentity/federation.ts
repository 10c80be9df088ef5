import type { FederatedCredential } from '@aks-backstage/plugin-aks-common';
import type { ReadIdentity } from './armIdentities';

/** A cluster as federation is judged against it. */
export interface FederationTarget {
  /** The cluster's ARM id. */
  clusterId: string;
  /** The issuer URL the cluster publishes; undefined without an OIDC issuer. */
  issuerUrl?: string;
}

/** An identity federated to service accounts of a namespace on one cluster, with those credentials. */
export interface FederatedToCluster {
  identity: ReadIdentity;
  credentials: FederatedCredential[];
}

const SUBJECT_PREFIX = 'system:serviceaccount:';

/** The service account a subject names in the namespace; undefined for any other subject. */
export function serviceAccountOf(
  subject: string,
  namespace: string,
): string | undefined {
  const prefix = `${SUBJECT_PREFIX}${namespace}:`;
  if (!subject.startsWith(prefix)) return undefined;
  const serviceAccount = subject.slice(prefix.length);
  return serviceAccount && !serviceAccount.includes(':')
    ? serviceAccount
    : undefined;
}

/**
 * The identities federated to service accounts of the namespace on the
 * cluster: those with a credential for such a service account whose issuer
 * is the cluster's, or, for identities tagged with the cluster's id (as our
 * scaffolder action tags them), whatever the issuer, so that a credential
 * left behind by a change of issuer is found. The issuer is compared as
 * Microsoft Entra compares it with the token's: exactly.
 */
export function federatedToCluster(
  identities: ReadonlyArray<ReadIdentity>,
  target: FederationTarget,
  namespace: string,
): FederatedToCluster[] {
  const clusterId = target.clusterId.toLowerCase();
  return identities.flatMap(identity => {
    const tagged = identity.clusterTag === clusterId;
    const credentials = identity.credentials.flatMap(credential => {
      const serviceAccount = serviceAccountOf(credential.subject, namespace);
      const issuerMatches =
        !!target.issuerUrl && credential.issuer === target.issuerUrl;
      return serviceAccount && (issuerMatches || tagged)
        ? [{ ...credential, serviceAccount, issuerMatches }]
        : [];
    });
    return credentials.length ? [{ identity, credentials }] : [];
  });
}
