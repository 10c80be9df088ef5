import type { HealthRule } from '../healthRule';

/**
 * Rules about workload identity: pods exchange their service account tokens
 * for Microsoft Entra tokens, which Entra accepts only from the issuer the
 * cluster publishes.
 */
export const WORKLOAD_IDENTITY_RULES = [
  {
    scope: 'cluster',
    code: 'WorkloadIdentityWithoutOidcIssuer',
    title: 'Workload identity without an OIDC issuer',
    severity: 'error',
    applies: input =>
      input.workloadIdentityEnabled === true &&
      input.oidcIssuerEnabled !== true,
    message: () =>
      'Workload identity is enabled but the cluster publishes no OIDC issuer: Microsoft Entra cannot verify ' +
      "the pods' service account tokens, so no workload on the cluster can sign in to Azure with its managed identity.",
    remedy: () =>
      'Enable the OIDC issuer (`az aks update --enable-oidc-issuer`), then create the federated credentials ' +
      'of the identities with the issuer URL it publishes (`az aks show --query oidcIssuerProfile.issuerUrl`).',
    docsUrl: 'https://learn.microsoft.com/azure/aks/workload-identity-overview',
  },
] as const satisfies ReadonlyArray<HealthRule>;
