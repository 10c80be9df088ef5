import { findingsOf } from '../health/findingRule';
import { CredentialSubject, IDENTITY_RULES } from './identityRules';

const ISSUER = 'https://westeurope.oic.prod-aks.azure.com/tenant/new-issuer/';
const OLD_ISSUER =
  'https://westeurope.oic.prod-aks.azure.com/tenant/old-issuer/';

function subject(
  issuerMatches: boolean,
  cluster: { issuerUrl?: string } = { issuerUrl: ISSUER },
): CredentialSubject {
  return {
    identity: {
      id: '/subscriptions/…/userAssignedIdentities/id-payments-worker',
      name: 'id-payments-worker',
      resourceGroup: 'rg-payments-prod',
      credentials: [],
    },
    credential: {
      name: 'worker',
      issuer: issuerMatches ? ISSUER : OLD_ISSUER,
      subject: 'system:serviceaccount:payments-api:worker',
      serviceAccount: 'worker',
      audiences: ['api://AzureADTokenExchange'],
      issuerMatches,
    },
    clusterName: 'aks-payments-prod',
    issuerUrl: cluster.issuerUrl,
  };
}

describe('FederatedCredentialIssuerMismatch', () => {
  it("finds a credential that trusts another issuer than the cluster's", () => {
    expect(findingsOf(IDENTITY_RULES, subject(false))).toEqual([
      {
        code: 'FederatedCredentialIssuerMismatch',
        severity: 'error',
        title: 'Federated credential trusts another issuer',
        message: expect.stringContaining(
          `Federated credential worker of identity id-payments-worker trusts issuer ${OLD_ISSUER}, but aks-payments-prod publishes ${ISSUER}`,
        ),
        remedy: `Point the credential at the cluster's issuer: \`az identity federated-credential update --name worker --identity-name id-payments-worker --resource-group rg-payments-prod --issuer ${ISSUER}\`.`,
        docsUrl: expect.stringMatching(
          /^https:\/\/learn\.microsoft\.com\/azure\/aks\//,
        ),
      },
    ]);
  });

  it('says so when the cluster publishes no issuer at all', () => {
    const [finding] = findingsOf(IDENTITY_RULES, subject(false, {}));
    expect(finding.message).toContain(
      'but aks-payments-prod publishes no OIDC issuer',
    );
    expect(finding.remedy).toContain('--enable-oidc-issuer');
  });

  it("finds nothing in a credential of the cluster's issuer", () => {
    expect(findingsOf(IDENTITY_RULES, subject(true))).toEqual([]);
  });
});
