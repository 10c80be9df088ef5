import {
  ArmEmulator,
  DEMO_IDS,
  startArmEmulator,
} from '@aks-backstage/arm-emulator';
import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { AzureClients } from '@aks-backstage/plugin-aks-node';
import { AksClusterSupplier } from './AksClusterSupplier';

const PROD = DEMO_IDS.productionSubscriptionId;

/** The supplier without a proxy: clusters at their own FQDN, with the CA Azure hands out. */
describe('AksClusterSupplier', () => {
  let emulator: ArmEmulator;
  let clients: AzureClients;

  beforeAll(async () => {
    emulator = await startArmEmulator();
    clients = AzureClients.fromConfig(
      new ConfigReader({
        aks: {
          armEndpoint: emulator.url,
          authorityHost: emulator.authorityHost,
          caCert: emulator.caCertPem,
          pollIntervalMs: 10,
          subscriptions: emulator.subscriptionIds.map(subscriptionId => ({
            subscriptionId,
            tenantId: emulator.tenantId,
            credential: {
              type: 'clientSecret',
              clientId: emulator.clientId,
              clientSecret: emulator.clientSecret,
            },
          })),
        },
      }),
    );
    await clients.containerService(PROD).managedClusters.createOrUpdate(
      'rg-platform-prod',
      'aks-private',
      {
        location: 'westeurope',
        dnsPrefix: 'aks-private',
        apiServerAccessProfile: { enablePrivateCluster: true },
        agentPoolProfiles: [
          {
            name: 'system',
            mode: 'System',
            count: 1,
            vmSize: 'Standard_D2ds_v5',
          },
        ],
      },
      clients.operationOptions(),
    );
  });
  afterAll(async () => {
    clients.close();
    await emulator.stop();
  });

  it('supplies running clusters at their FQDN, a private one at its private FQDN, each with its CA', async () => {
    emulator.admin.clearRequests();
    const supplier = new AksClusterSupplier({
      clients,
      logger: mockServices.logger.mock(),
    });
    const clusters = await supplier.getClusters({
      credentials: mockCredentials.none(),
    });
    const byName = Object.fromEntries(clusters.map(c => [c.name, c]));
    expect(byName['aks-dev-stopped']).toBeUndefined();

    const get = (group: string, name: string) =>
      clients.containerService(PROD).managedClusters.get(group, name);
    const payments = await get('rg-payments-prod', 'aks-payments-prod');
    const isolated = await get('rg-platform-prod', 'aks-private');
    expect(isolated.privateFqdn).toMatch(
      /\.privatelink\.westeurope\.azmk8s\.io$/,
    );
    expect(byName['aks-payments-prod'].url).toBe(
      `https://${payments.fqdn}:443`,
    );
    expect(byName['aks-private'].url).toBe(
      `https://${isolated.privateFqdn}:443`,
    );
    for (const cluster of clusters) {
      expect(Buffer.from(cluster.caData!, 'base64').toString()).toBe(
        emulator.caCertPem,
      );
      expect(cluster.authMetadata['kubernetes.io/auth-provider']).toBe('azure');
    }

    const credentialRequests = emulator.admin.requests({
      operation: 'ManagedClusters_ListClusterUserCredentials',
    });
    expect(credentialRequests).toHaveLength(clusters.length);
    expect(
      credentialRequests.find(r =>
        r.path.endsWith('/aks-private/listClusterUserCredential'),
      )?.query,
    ).toContain('server-fqdn=private');
  }, 30_000);

  it('lists again on refresh, asking Azure for each CA only once', async () => {
    const supplier = new AksClusterSupplier({
      clients,
      logger: mockServices.logger.mock(),
    });
    await supplier.getClusters({ credentials: mockCredentials.none() });
    emulator.admin.clearRequests();

    await supplier.refresh();
    expect(
      emulator.admin.requests({ operation: 'ManagedClusters_List' }),
    ).toHaveLength(emulator.subscriptionIds.length);
    expect(
      emulator.admin.requests({
        operation: 'ManagedClusters_ListClusterUserCredentials',
      }),
    ).toEqual([]);
  }, 30_000);
});
