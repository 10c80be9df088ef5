import { ArmEmulator, startArmEmulator } from '@aks-backstage/arm-emulator';
import { ConfigReader } from '@backstage/config';
import { AzureClients } from './AzureClients';

describe('AzureClients', () => {
  let emulator: ArmEmulator;
  let clients: AzureClients;
  let subscriptionId: string;

  beforeAll(async () => {
    emulator = await startArmEmulator();
    subscriptionId = emulator.subscriptionIds[0];
    clients = AzureClients.fromConfig(
      new ConfigReader({
        aks: {
          armEndpoint: emulator.url,
          authorityHost: emulator.authorityHost,
          caCert: emulator.caCertPem,
          subscriptions: [
            {
              subscriptionId,
              tenantId: emulator.tenantId,
              credential: {
                type: 'clientSecret',
                clientId: emulator.clientId,
                clientSecret: emulator.clientSecret,
              },
            },
          ],
        },
      }),
    );
  });
  afterAll(async () => {
    clients.close();
    await emulator.stop();
  });

  it('reaches every resource provider with one token', async () => {
    emulator.admin.clearRequests();
    const group = 'rg-platform-prod';

    await Promise.all([
      clients
        .containerService(subscriptionId)
        .managedClusters.get(group, 'aks-platform-lts'),
      clients.registry(subscriptionId).registries.get(group, 'acrcontosoprod'),
      clients.resources(subscriptionId).resourceGroups.get(group),
      (async () => {
        const assignments = [];
        for await (const assignment of clients
          .authorization(subscriptionId)
          .roleAssignments.listForScope(`/subscriptions/${subscriptionId}`)) {
          assignments.push(assignment);
        }
        return assignments;
      })(),
      (async () => {
        const groups = [];
        for await (const containerGroup of clients
          .containerInstance(subscriptionId)
          .containerGroups.listByResourceGroup(group)) {
          groups.push(containerGroup);
        }
        return groups;
      })(),
    ]);

    const operations = emulator.admin.requests().map(r => r.operation);
    expect(operations.filter(o => o === 'Entra_Token')).toHaveLength(1);
    expect(operations).toEqual(
      expect.arrayContaining([
        'ManagedClusters_Get',
        'Registries_Get',
        'ResourceGroups_Get',
        'RoleAssignments_ListForSubscription',
        'ContainerGroups_ListByResourceGroup',
      ]),
    );
    const arm = emulator.admin
      .requests()
      .filter(r => !r.operation?.startsWith('Entra_'));
    expect(arm.map(r => r.status)).toEqual([200, 200, 200, 200, 200]);
  });

  it('builds one client of a kind per subscription', () => {
    expect(clients.registry(subscriptionId)).toBe(
      clients.registry(subscriptionId.toUpperCase()),
    );
    expect(clients.registry(subscriptionId)).not.toBe(
      clients.containerService(subscriptionId),
    );
  });

  it('builds no client for a subscription that is not configured', () => {
    expect(() => clients.resources(emulator.subscriptionIds[1])).toThrow(
      /not configured/,
    );
  });
});
