import { startArmEmulator } from '../../startArmEmulator';
import { DEMO_IDS } from '../../seeds/demoIds';
import type { ArmEmulator } from '../../types';
import { armFetch } from '../../__testUtils__/armFetch';
import { credentialFor, trustingAgent } from '../../__testUtils__/sdkSetup';

const GRAPH_SCOPE = 'https://graph.microsoft.com/.default';
const DAY_MS = 24 * 60 * 60 * 1000;

describe('Microsoft Graph applications', () => {
  let emulator: ArmEmulator;
  let graphToken: string;
  const application = (appId: string, query = '?$select=passwordCredentials') =>
    `${emulator.graphEndpoint}/v1.0/applications(appId='${appId}')${query}`;

  beforeAll(async () => {
    emulator = await startArmEmulator();
    const credential = credentialFor(emulator, trustingAgent(emulator));
    graphToken = (await credential.getToken(GRAPH_SCOPE))!.token;
  });
  afterAll(() => emulator.stop());

  it('seeds clusters on the service principals of its applications', () => {
    const cluster = emulator.admin.getResource(
      `/subscriptions/${DEMO_IDS.productionSubscriptionId}/resourceGroups/rg-data-prod/providers/Microsoft.ContainerService/managedClusters/aks-reporting-prod`,
    );
    expect(cluster.identity).toBeUndefined();
    expect(cluster.properties.servicePrincipalProfile).toEqual({
      clientId: DEMO_IDS.expiringSecretAppId,
    });
  });

  it('serves the seeded secrets’ end dates, never the secret', async () => {
    const started = Date.now();
    const res = await armFetch(
      emulator,
      'GET',
      application(DEMO_IDS.expiringSecretAppId),
      { token: graphToken },
    );
    expect(res.status).toBe(200);
    expect(Object.keys(res.body)).toEqual([
      '@odata.context',
      'passwordCredentials',
    ]);
    const [old, current] = res.body.passwordCredentials;
    expect(current).toEqual({
      customKeyIdentifier: null,
      displayName: 'rotated',
      endDateTime: expect.any(String),
      hint: expect.stringMatching(/^.{3}$/),
      keyId: expect.stringMatching(/^[0-9a-f-]{36}$/),
      secretText: null,
      startDateTime: expect.any(String),
    });
    const daysLeft = (Date.parse(current.endDateTime) - started) / DAY_MS;
    expect(daysLeft).toBeGreaterThan(4.9);
    expect(daysLeft).toBeLessThanOrEqual(5);
    expect(Date.parse(old.endDateTime)).toBeLessThan(started);
    expect(
      emulator.admin.requests({ operation: 'Graph_GetApplication' }),
    ).toEqual([
      expect.objectContaining({
        status: 200,
        clientId: emulator.clientId,
        query: '$select=passwordCredentials',
      }),
    ]);
  });

  it('serves every property without $select and refuses an unknown one', async () => {
    const all = await armFetch(
      emulator,
      'GET',
      application(DEMO_IDS.expiredSecretAppId, ''),
      { token: graphToken },
    );
    expect(all.body).toMatchObject({
      appId: DEMO_IDS.expiredSecretAppId,
      displayName: 'sp-aks-archive-prod',
      passwordCredentials: [expect.objectContaining({ secretText: null })],
    });
    const bad = await armFetch(
      emulator,
      'GET',
      application(DEMO_IDS.expiredSecretAppId, '?$select=secretText'),
      { token: graphToken },
    );
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('BadRequest');
  });

  it('answers 404 Request_ResourceNotFound for an app id it does not know', async () => {
    const res = await armFetch(
      emulator,
      'GET',
      application('00000000-0000-4000-8000-000000000000'),
      { token: graphToken },
    );
    expect(res.status).toBe(404);
    expect(res.body.error).toMatchObject({
      code: 'Request_ResourceNotFound',
      innerError: { 'request-id': expect.any(String) },
    });
  });

  it('refuses a principal without Application.Read.All, and an ARM token', async () => {
    emulator.admin.addPrincipal({
      clientId: 'a1b2c3d4-0000-4000-8000-0000000000c9',
      clientSecret: 'no-graph-secret',
      subscriptions: [DEMO_IDS.productionSubscriptionId],
    });
    const noGraph = credentialFor(
      emulator,
      trustingAgent(emulator),
      'a1b2c3d4-0000-4000-8000-0000000000c9',
      'no-graph-secret',
    );
    const refused = await armFetch(
      emulator,
      'GET',
      application(DEMO_IDS.expiringSecretAppId),
      { token: (await noGraph.getToken(GRAPH_SCOPE))!.token },
    );
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe('Authorization_RequestDenied');

    const armToken = await armFetch(
      emulator,
      'GET',
      application(DEMO_IDS.expiringSecretAppId),
    );
    expect(armToken.status).toBe(401);
    expect(armToken.body.error.code).toBe('InvalidAuthenticationToken');
  });

  it('serves applications added through the admin API', async () => {
    emulator.admin.addApplication({
      appId: 'b2c3d4e5-0000-4000-8000-0000000000f1',
      displayName: 'added',
      secrets: [{ endDateTime: '2027-06-30T00:00:00Z' }],
    });
    const res = await armFetch(
      emulator,
      'GET',
      application('B2C3D4E5-0000-4000-8000-0000000000F1'),
      { token: graphToken },
    );
    expect(res.body.passwordCredentials).toEqual([
      expect.objectContaining({ endDateTime: '2027-06-30T00:00:00.000Z' }),
    ]);
  });
});
