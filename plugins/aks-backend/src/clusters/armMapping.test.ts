import type { ManagedCluster } from '@azure/arm-containerservice';
import { toClusterDetails } from './armMapping';

const ref = {
  subscriptionId: '6f1a2b3c-0000-4000-8000-000000000001',
  resourceGroup: 'rg-payments-prod',
  name: 'aks-payments-prod',
};
const ISSUER = 'https://westeurope.oic.prod-aks.azure.com/tenant/cluster/';

describe('toClusterDetails: workload identity', () => {
  it('reads the addon and the OIDC issuer with its URL', () => {
    const cluster: ManagedCluster = {
      location: 'westeurope',
      securityProfile: { workloadIdentity: { enabled: true } },
      oidcIssuerProfile: { enabled: true, issuerURL: ISSUER } as any,
    };
    expect(toClusterDetails(ref, cluster).workloadIdentity).toEqual({
      workloadIdentityEnabled: true,
      oidcIssuerEnabled: true,
      oidcIssuerUrl: ISSUER,
    });
  });

  it.each([
    ['absent profiles', {}],
    ['null profiles', { securityProfile: null, oidcIssuerProfile: null }],
    [
      'null settings',
      {
        securityProfile: { workloadIdentity: null },
        oidcIssuerProfile: { enabled: null, issuerURL: null },
      },
    ],
    [
      'values of other types',
      {
        securityProfile: { workloadIdentity: { enabled: 'true' } },
        oidcIssuerProfile: { enabled: 1, issuerURL: 42 },
      },
    ],
  ])('reads both as off with %s', (_, shape) => {
    expect(toClusterDetails(ref, shape as any).workloadIdentity).toEqual({
      workloadIdentityEnabled: false,
      oidcIssuerEnabled: false,
    });
  });

  it('reads workload identity on without an issuer, as AKS may report it', () => {
    expect(
      toClusterDetails(ref, {
        securityProfile: { workloadIdentity: { enabled: true } },
        oidcIssuerProfile: { enabled: false },
      } as any).workloadIdentity,
    ).toEqual({ workloadIdentityEnabled: true, oidcIssuerEnabled: false });
  });
});
