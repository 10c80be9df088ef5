import {
  ArmEmulator,
  DEMO_IDS,
  startArmEmulator,
} from '@aks-backstage/arm-emulator';
import { ConfigReader } from '@backstage/config';
import { AzureClients } from './AzureClients';

function clientsFor(
  emulator: ArmEmulator,
  graph: { enabled?: boolean; endpoint?: string },
  clientId = emulator.clientId,
  clientSecret = emulator.clientSecret,
) {
  return AzureClients.fromConfig(
    new ConfigReader({
      aks: {
        armEndpoint: emulator.url,
        authorityHost: emulator.authorityHost,
        caCert: emulator.caCertPem,
        graph,
        retry: { maxRetries: 1, retryDelayMs: 10 },
        subscriptions: [
          {
            subscriptionId: DEMO_IDS.productionSubscriptionId,
            tenantId: emulator.tenantId,
            credential: { type: 'clientSecret', clientId, clientSecret },
          },
        ],
      },
    }),
  );
}

describe('GraphClient', () => {
  let emulator: ArmEmulator;
  let clients: AzureClients;
  const PROD = DEMO_IDS.productionSubscriptionId;

  beforeAll(async () => {
    emulator = await startArmEmulator();
    clients = clientsFor(emulator, {
      enabled: true,
      endpoint: emulator.graphEndpoint,
    });
  });
  afterAll(async () => {
    clients.close();
    await emulator.stop();
  });
  beforeEach(() => emulator.admin.clearRequests());

  it('reads the end dates of an application’s secrets, selecting nothing else', async () => {
    const ends = await clients
      .graph(PROD)!
      .applicationSecretEnds(DEMO_IDS.expiringSecretAppId);
    expect(ends).toEqual([
      {
        keyId: expect.any(String),
        displayName: 'rbac',
        endDateTime: expect.any(String),
      },
      {
        keyId: expect.any(String),
        displayName: 'rotated',
        endDateTime: expect.any(String),
      },
    ]);
    expect(
      emulator.admin.requests({ operation: 'Graph_GetApplication' }),
    ).toEqual([
      expect.objectContaining({
        status: 200,
        query: '$select=passwordCredentials',
      }),
    ]);
    expect(
      emulator.admin.requests({ operation: 'Entra_Token' }).length,
    ).toBeLessThanOrEqual(1);
  });

  it("throws Graph's code and status when it refuses or does not know the application", async () => {
    await expect(
      clients
        .graph(PROD)!
        .applicationSecretEnds('00000000-0000-4000-8000-000000000000'),
    ).rejects.toMatchObject({
      code: 'Request_ResourceNotFound',
      statusCode: 404,
    });

    emulator.admin.addPrincipal({
      clientId: 'a1b2c3d4-0000-4000-8000-0000000000d1',
      clientSecret: 'no-graph',
      subscriptions: [PROD],
    });
    const refused = clientsFor(
      emulator,
      { enabled: true, endpoint: emulator.graphEndpoint },
      'a1b2c3d4-0000-4000-8000-0000000000d1',
      'no-graph',
    );
    await expect(
      refused.graph(PROD)!.applicationSecretEnds(DEMO_IDS.expiringSecretAppId),
    ).rejects.toMatchObject({
      code: 'Authorization_RequestDenied',
      statusCode: 403,
    });
    refused.close();
  });

  it('refuses an application id that is not a GUID before any call', async () => {
    await expect(
      clients.graph(PROD)!.applicationSecretEnds("x') or (1 eq 1"),
    ).rejects.toMatchObject({ statusCode: 400 });
    expect(emulator.admin.requests()).toEqual([]);
  });

  it('is off unless configured', () => {
    const off = clientsFor(emulator, {});
    expect(off.graph(PROD)).toBeUndefined();
    off.close();
  });
});
