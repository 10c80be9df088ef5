import { capturedLogs, LogLine } from '../__testUtils__/capturedLogs';
import { mockCredentials } from '@backstage/backend-test-utils';
import {
  ArmEmulator,
  DEMO_IDS,
  startArmEmulator,
} from '@aks-backstage/arm-emulator';
import request from 'supertest';
import {
  clusterPath,
  clusters,
  emulatorConfig,
  startAksTestBackend,
} from '../testUtils';

describe('when Azure fails', () => {
  let emulator: ArmEmulator;
  const auth = { Authorization: mockCredentials.user.header() };
  let logs: LogLine[] = [];

  async function backend(credential?: {
    clientId: string;
    clientSecret: string;
  }) {
    const config = emulatorConfig(emulator);
    if (credential) {
      for (const subscription of config.aks.subscriptions) {
        subscription.credential = { type: 'clientSecret', ...credential };
      }
    }
    const captured = capturedLogs();
    logs = captured.lines;
    const { server } = await startAksTestBackend({
      emulator,
      aks: config.aks,
      features: [captured.factory],
    });
    return server;
  }

  beforeAll(async () => {
    emulator = await startArmEmulator({ lroDurationMs: 50 });
  });
  afterAll(() => emulator.stop());
  beforeEach(() => emulator.admin.reset());

  it('lists the fleet of the subscriptions that answer, naming the one that did not', async () => {
    const server = await backend();
    emulator.admin.addFault({
      kind: 'error',
      status: 503,
      operation: 'ManagedClusters_List',
      path: DEMO_IDS.developmentSubscriptionId,
    });
    const response = await request(server).get('/api/aks/clusters').set(auth);
    expect(response.status).toBe(200);
    expect(
      new Set(response.body.items.map((c: any) => c.subscriptionId)),
    ).toEqual(new Set([DEMO_IDS.productionSubscriptionId]));
    expect(response.body.failedSubscriptions).toEqual([
      {
        subscriptionId: DEMO_IDS.developmentSubscriptionId,
        displayName: 'Contoso Development',
        error: {
          name: 'ServiceUnavailableError',
          message: expect.stringContaining('Contoso Development'),
        },
      },
    ]);

    emulator.admin.addFault({
      kind: 'error',
      status: 503,
      operation: 'ManagedClusters_List',
    });
    const none = await request(await backend())
      .get(
        `/api/aks/clusters?subscriptionId=${DEMO_IDS.productionSubscriptionId}`,
      )
      .set(auth);
    expect(none.status).toBe(503);
  });

  it('names the subscription and the role when Azure refuses the principal', async () => {
    const server = await backend({
      clientId: DEMO_IDS.noRoleClientId,
      clientSecret: DEMO_IDS.noRoleClientSecret,
    });
    const response = await request(server)
      .get(clusterPath(clusters.healthy))
      .set(auth);

    expect(response.status).toBe(403);
    expect(response.body.error.message).toContain('Contoso Production');
    expect(response.body.error.message).toContain('AuthorizationFailed');
    expect(response.body.error.message).toContain('role assignment');
  });

  it('says the credentials are wrong, and never shows the secret', async () => {
    const secret = 'wrong-secret-value';
    const server = await backend({
      clientId: DEMO_IDS.clientId,
      clientSecret: secret,
    });
    const response = await request(server)
      .get(clusterPath(clusters.healthy))
      .set(auth);

    expect(response.status).toBe(503);
    expect(response.body.error.message).toContain("AKS plugin's credentials");
    expect(JSON.stringify(response.body)).not.toContain(secret);
    expect(logs.map(l => l.text).join('\n')).not.toContain(secret);
  });

  it.each([
    ['hangs', { kind: 'hang' as const }],
    ['drops the connection', { kind: 'drop' as const }],
    ['answers 503', { kind: 'error' as const, status: 503 as const }],
  ])(
    'answers 503 when ARM %s',
    async (_what, fault) => {
      const server = await backend();
      emulator.admin.addFault({ ...fault, operation: 'ManagedClusters_Get' });
      const response = await request(server)
        .get(clusterPath(clusters.lts))
        .set(auth);

      expect(response.status).toBe(503);
      expect(response.body.error.message).toContain('Contoso Production');
      expect(JSON.stringify(response.body)).not.toMatch(/eyJ|Bearer|stack/i);
    },
    20_000,
  );
});
