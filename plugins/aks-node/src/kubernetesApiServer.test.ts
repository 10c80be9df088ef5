import { kubernetesApiServerOf } from './kubernetesApiServer';

const id =
  '/subscriptions/6f1a2b3c-0000-4000-8000-000000000001/resourceGroups/rg-payments-prod/providers/Microsoft.ContainerService/managedClusters/aks-payments-prod';
const fqdn = 'aks-payments-prod-1a2b3c4d.hcp.westeurope.azmk8s.io';
const privateFqdn =
  'aks-payments-prod-1a2b3c4d.9f8e7d6c-0000-4000-8000-000000000001.privatelink.westeurope.azmk8s.io';

describe('kubernetesApiServerOf', () => {
  it("uses the cluster's FQDN", () => {
    expect(kubernetesApiServerOf({ id, fqdn }, {})).toEqual({
      url: `https://${fqdn}:443`,
      viaProxy: false,
    });
  });

  it('uses the private FQDN of a private cluster, even when it has a public one', () => {
    expect(
      kubernetesApiServerOf(
        {
          id,
          fqdn,
          privateFqdn,
          apiServerAccessProfile: { enablePrivateCluster: true },
        },
        {},
      )?.url,
    ).toBe(`https://${privateFqdn}:443`);
  });

  it('has none for a cluster without an FQDN yet', () => {
    expect(kubernetesApiServerOf({ id }, {})).toBeUndefined();
  });

  it('fills in the configured proxy template, with its CA', () => {
    expect(
      kubernetesApiServerOf(
        { id, fqdn },
        {
          urlTemplate:
            'https://proxy.example.com/k8s/{subscriptionId}/{resourceGroup}/{name}',
          caCert:
            '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n',
        },
      ),
    ).toEqual({
      url: 'https://proxy.example.com/k8s/6f1a2b3c-0000-4000-8000-000000000001/rg-payments-prod/aks-payments-prod',
      caData: Buffer.from(
        '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n',
      ).toString('base64'),
      viaProxy: true,
    });
  });
});
