import {
  ArmEmulator,
  DEMO_IDS,
  startArmEmulator,
} from '@aks-backstage/arm-emulator';
import { mockServices } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { AzureClients } from './AzureClients';
import { ClusterInventory } from './ClusterInventory';

const DEV = DEMO_IDS.developmentSubscriptionId;

describe('ClusterInventory', () => {
  let emulator: ArmEmulator;
  let clients: AzureClients;

  beforeAll(async () => {
    emulator = await startArmEmulator();
    const credential = {
      type: 'clientSecret',
      clientId: emulator.clientId,
      clientSecret: emulator.clientSecret,
    };
    clients = AzureClients.fromConfig(
      new ConfigReader({
        aks: {
          armEndpoint: emulator.url,
          authorityHost: emulator.authorityHost,
          caCert: emulator.caCertPem,
          retry: { maxRetries: 0, retryDelayMs: 1 },
          subscriptions: emulator.subscriptionIds.map(subscriptionId => ({
            subscriptionId,
            tenantId: emulator.tenantId,
            credential,
          })),
        },
      }),
    );
  });
  afterEach(() => emulator.admin.reset());
  afterAll(async () => {
    clients.close();
    await emulator.stop();
  });

  const failDev = () =>
    emulator.admin.addFault({
      kind: 'error',
      status: 500,
      operation: 'ManagedClusters_List',
      path: DEV,
    });
  const names = (discovery: { clusters: { ref: { name: string } }[] }) =>
    discovery.clusters.map(c => c.ref.name).sort();

  it('lists the clusters of every configured subscription', async () => {
    const inventory = new ClusterInventory({
      clients,
      logger: mockServices.logger.mock(),
    });
    const discovery = await inventory.discover();
    expect(discovery.complete).toBe(true);
    expect(discovery.failed).toEqual([]);
    expect(names(discovery)).toEqual(
      expect.arrayContaining([
        'aks-payments-prod',
        'aks-virtualnodes',
        'aks-dev-free',
        'aks-dev-stopped',
      ]),
    );
    const free = discovery.clusters.find(c => c.ref.name === 'aks-dev-free')!;
    expect(free.subscription.subscriptionId).toBe(DEV);
    expect(free.cluster.fqdn).toMatch(/\.hcp\.northeurope\.azmk8s\.io$/);
  });

  it('names clusters uniquely, suffixing a name that several subscriptions use', async () => {
    const twin = `/subscriptions/${DEV}/resourceGroups/rg-dev/providers/Microsoft.ContainerService/managedClusters/aks-payments-prod`;
    const original = emulator.admin.getResource(
      `/subscriptions/${DEMO_IDS.productionSubscriptionId}/resourceGroups/rg-payments-prod/providers/Microsoft.ContainerService/managedClusters/aks-payments-prod`,
    );
    emulator.admin.putResource(twin, { ...original, id: twin });
    try {
      const { clusters } = await new ClusterInventory({
        clients,
        logger: mockServices.logger.mock(),
      }).discover();
      const twins = clusters.filter(c => c.ref.name === 'aks-payments-prod');
      expect(twins.map(c => c.name)).toEqual([
        expect.stringMatching(/^aks-payments-prod-[0-9a-f]{8}$/),
        expect.stringMatching(/^aks-payments-prod-[0-9a-f]{8}$/),
      ]);
      expect(new Set(twins.map(c => c.name)).size).toBe(2);
      expect(clusters.find(c => c.ref.name === 'aks-dev-free')?.name).toBe(
        'aks-dev-free',
      );
    } finally {
      emulator.admin.deleteResource(twin);
    }
  });

  it('keeps the last good clusters of a failing subscription, and logs why', async () => {
    const logger = mockServices.logger.mock();
    const inventory = new ClusterInventory({ clients, logger });
    const before = names(await inventory.discover());

    failDev();
    const discovery = await inventory.discover();
    expect(discovery.failed).toEqual([DEV]);
    expect(discovery.complete).toBe(true);
    expect(names(discovery)).toEqual(before);
    expect(logger.warn).toHaveBeenCalledWith(
      expect.stringMatching(
        new RegExp(`subscription ${DEV}, keeping the \\d+ of the last listing`),
      ),
    );
  });

  it('is incomplete while a failing subscription was never listed', async () => {
    const inventory = new ClusterInventory({
      clients,
      logger: mockServices.logger.mock(),
    });
    failDev();
    const discovery = await inventory.discover();
    expect(discovery.complete).toBe(false);
    expect(
      discovery.clusters.every(
        c =>
          c.subscription.subscriptionId === DEMO_IDS.productionSubscriptionId,
      ),
    ).toBe(true);
  });
});
