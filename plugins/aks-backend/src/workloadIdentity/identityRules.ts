import type { FederatedCredential } from '@aks-backstage/plugin-aks-common';
import type { FindingRule } from '../health/findingRule';
import type { ReadIdentity } from './armIdentities';

/** A federated credential of an identity, as the rules judge it against its cluster. */
export interface CredentialSubject {
  identity: ReadIdentity;
  credential: FederatedCredential;
  clusterName: string;
  /** The issuer URL the cluster publishes; undefined without an OIDC issuer. */
  issuerUrl?: string;
}

/** Rules about an identity federated to an entity's service accounts. */
export const IDENTITY_RULES = [
  {
    code: 'FederatedCredentialIssuerMismatch',
    severity: 'error',
    title: 'Federated credential trusts another issuer',
    applies: ({ credential }) => !credential.issuerMatches,
    message: ({ identity, credential, clusterName, issuerUrl }) => {
      const published = issuerUrl
        ? `publishes ${issuerUrl}`
        : 'publishes no OIDC issuer';
      return (
        `Federated credential ${credential.name} of identity ${identity.name} trusts issuer ${credential.issuer}, ` +
        `but ${clusterName} ${published}: Microsoft Entra refuses the tokens of service account ${credential.serviceAccount} ` +
        '(AADSTS700211), so its pods cannot sign in to Azure as this identity.'
      );
    },
    remedy: ({ identity, credential, issuerUrl }) =>
      issuerUrl
        ? `Point the credential at the cluster's issuer: \`az identity federated-credential update --name ${credential.name} ` +
          `--identity-name ${identity.name} --resource-group ${identity.resourceGroup} --issuer ${issuerUrl}\`.`
        : 'Enable the OIDC issuer on the cluster (`az aks update --enable-oidc-issuer`), then point the credential at ' +
          'the issuer URL it publishes (`az identity federated-credential update … --issuer <url>`).',
    docsUrl:
      'https://learn.microsoft.com/azure/aks/workload-identity-deploy-cluster',
  },
] as const satisfies ReadonlyArray<FindingRule<CredentialSubject>>;
