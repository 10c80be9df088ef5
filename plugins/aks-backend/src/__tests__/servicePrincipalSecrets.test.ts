import {
  mockCredentials,
  mockServices,
  ServiceMock,
} from '@backstage/backend-test-utils';
import { LoggerService } from '@backstage/backend-plugin-api';
import {
  ArmEmulator,
  DEMO_IDS,
  startArmEmulator,
} from '@aks-backstage/arm-emulator';
import request from 'supertest';
import { clusterPath, emulatorConfig, startAksTestBackend } from '../testUtils';

const DAY_MS = 24 * 60 * 60 * 1000;
const NO_GRAPH_CLIENT = 'a1b2c3d4-0000-4000-8000-0000000000e1';
const spCluster = (name: string) => ({
  subscriptionId: DEMO_IDS.productionSubscriptionId,
  resourceGroup: 'rg-data-prod',
  name,
});
const reporting = spCluster('aks-reporting-prod');
const archive = spCluster('aks-archive-prod');

describe('service principal secrets from Microsoft Graph', () => {
  let emulator: ArmEmulator;
  const auth = { Authorization: mockCredentials.user.header() };
  const codes = (body: any) => body.health.warnings.map((w: any) => w.code);
  const graphReads = () =>
    emulator.admin.requests({ operation: 'Graph_GetApplication' });

  async function backend(
    overrides: Record<string, unknown>,
    credential?: { clientId: string; clientSecret: string },
  ) {
    const config = emulatorConfig(
      credential ? { ...emulator, ...credential } : emulator,
      overrides,
    );
    const logger: ServiceMock<LoggerService> = mockServices.logger.mock({
      child: () => logger,
    });
    const { server } = await startAksTestBackend({
      emulator,
      aks: config.aks,
      features: [logger.factory],
    });
    return { server, logger };
  }
  const withGraph = () => ({
    graph: { enabled: true, endpoint: emulator.graphEndpoint },
  });

  beforeAll(async () => {
    emulator = await startArmEmulator();
    emulator.admin.addPrincipal({
      clientId: NO_GRAPH_CLIENT,
      clientSecret: 'no-graph-secret',
      subscriptions: emulator.subscriptionIds,
    });
  });
  afterAll(() => emulator.stop());
  beforeEach(() => {
    emulator.admin.reset();
    emulator.admin.clearRequests();
  });

  it('judges the last secret’s end date, selecting passwordCredentials and returning no secret', async () => {
    const { server } = await backend(withGraph());
    const started = Date.now();
    const response = await request(server)
      .get(clusterPath(reporting))
      .set(auth);

    expect(response.status).toBe(200);
    const { secretExpiresOn } = response.body.identity.servicePrincipal;
    const days = (Date.parse(secretExpiresOn) - started) / DAY_MS;
    expect(days).toBeGreaterThan(4);
    expect(days).toBeLessThanOrEqual(5);
    expect(response.body.health.status).toBe('degraded');
    const expiring = response.body.health.warnings.find(
      (w: any) => w.code === 'ServicePrincipalSecretExpiring',
    );
    expect(expiring).toMatchObject({
      severity: 'warning',
      message: expect.stringContaining(
        `expires on ${new Date(secretExpiresOn).toLocaleDateString('en', {
          dateStyle: 'medium',
          timeZone: 'UTC',
        })}`,
      ),
      remedy: expect.stringContaining(
        'az aks update-credentials --reset-service-principal',
      ),
    });
    expect(graphReads()).toEqual([
      expect.objectContaining({
        status: 200,
        path: `/graph/v1.0/applications(appId='${DEMO_IDS.expiringSecretAppId}')`,
        query: '$select=passwordCredentials',
      }),
    ]);
    expect(response.text).not.toMatch(/secretText|hint|passwordCredentials/);

    await request(server).get(clusterPath(reporting)).set(auth);
    expect(graphReads()).toHaveLength(1);
  });

  it('marks a cluster whose every secret has expired unhealthy', async () => {
    const { server } = await backend(withGraph());
    const response = await request(server).get(clusterPath(archive)).set(auth);
    expect(response.body.health.status).toBe('unhealthy');
    expect(codes(response.body)).toEqual(
      expect.arrayContaining([
        'ServicePrincipalSecretExpired',
        'ServicePrincipalIdentity',
      ]),
    );
  });

  it('skips the expiry rules where Graph refuses, still showing the cluster', async () => {
    const { server, logger } = await backend(withGraph(), {
      clientId: NO_GRAPH_CLIENT,
      clientSecret: 'no-graph-secret',
    });
    const response = await request(server)
      .get(clusterPath(reporting))
      .set(auth);

    expect(response.status).toBe(200);
    expect(response.body.identity.servicePrincipal).toEqual({
      clientId: DEMO_IDS.expiringSecretAppId,
    });
    expect(codes(response.body)).toContain('ServicePrincipalIdentity');
    expect(codes(response.body)).not.toContain(
      'ServicePrincipalSecretExpiring',
    );
    expect(graphReads()).toEqual([expect.objectContaining({ status: 403 })]);
    const warnings = logger.warn.mock.calls.map(([message]) => message);
    expect(warnings).toEqual([
      expect.stringContaining(
        `application ${DEMO_IDS.expiringSecretAppId} (subscription ${DEMO_IDS.productionSubscriptionId})`,
      ),
    ]);
    expect(warnings.join('\n')).not.toMatch(/no-graph-secret|Bearer/);
  });

  it('skips them while Graph is down, and without Graph access configured', async () => {
    const { server } = await backend(withGraph());
    emulator.admin.addFault({
      kind: 'error',
      status: 503,
      operation: 'Graph_GetApplication',
    });
    const down = await request(server).get(clusterPath(archive)).set(auth);
    expect(down.status).toBe(200);
    expect(codes(down.body)).not.toContain('ServicePrincipalSecretExpired');

    emulator.admin.reset();
    emulator.admin.clearRequests();
    const { server: withoutGraph } = await backend({});
    const response = await request(withoutGraph)
      .get(clusterPath(archive))
      .set(auth);
    expect(response.status).toBe(200);
    expect(response.body.health.status).toBe('degraded');
    expect(codes(response.body)).toContain('ServicePrincipalIdentity');
    expect(graphReads()).toEqual([]);
  });
});
