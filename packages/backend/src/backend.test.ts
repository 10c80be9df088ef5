import { authServiceFactory } from '@backstage/backend-defaults/auth';
import { httpAuthServiceFactory } from '@backstage/backend-defaults/httpAuth';
import { permissionsServiceFactory } from '@backstage/backend-defaults/permissions';
import { userInfoServiceFactory } from '@backstage/backend-defaults/userInfo';
import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { ArmEmulator, startArmEmulator } from '@aks-backstage/arm-emulator';
import { resolve } from 'node:path';
import request from 'supertest';
import { features } from './features';

const examples = resolve(__dirname, '../../../examples');

/**
 * The demo backend, every plugin real (catalog, permission with the demo
 * policy, scaffolder, auth, AKS), against the emulator with the demo seed.
 */
describe('the demo backend', () => {
  let emulator: ArmEmulator;
  let server: Awaited<ReturnType<typeof startTestBackend>>['server'];

  beforeAll(async () => {
    emulator = await startArmEmulator();
    const credential = {
      type: 'clientSecret',
      clientId: emulator.clientId,
      clientSecret: emulator.clientSecret,
    };
    ({ server } = await startTestBackend({
      features: [
        ...features,
        // Real tokens and permission checks instead of the test backend's mocks.
        authServiceFactory,
        httpAuthServiceFactory,
        userInfoServiceFactory,
        permissionsServiceFactory,
        mockServices.rootConfig.factory({
          data: {
            app: { baseUrl: 'http://localhost:3000' },
            backend: { baseUrl: 'http://localhost:7007' },
            auth: {
              providers: {
                guest: { dangerouslyAllowOutsideDevelopment: true },
              },
            },
            catalog: {
              rules: [
                {
                  allow: [
                    'Component',
                    'System',
                    'Resource',
                    'Group',
                    'User',
                    'Location',
                  ],
                },
              ],
              locations: [
                { type: 'file', target: `${examples}/entities.yaml` },
                { type: 'file', target: `${examples}/org.yaml` },
              ],
            },
            permission: { enabled: true },
            aks: {
              armEndpoint: emulator.url,
              authorityHost: emulator.authorityHost,
              caCert: emulator.caCertPem,
              subscriptions: emulator.subscriptionIds.map(subscriptionId => ({
                subscriptionId,
                tenantId: emulator.tenantId,
                credential,
              })),
            },
          },
        }),
      ],
    }));
  }, 60_000);

  afterAll(() => emulator.stop());

  async function guestToken(): Promise<string> {
    const response = await request(server).get('/api/auth/guest/refresh');
    expect(response.status).toBe(200);
    return response.body.backstageIdentity.token;
  }

  it('answers /api/aks/health without credentials', async () => {
    const response = await request(server).get('/api/aks/health');
    expect(response.body).toEqual({ status: 'ok' });
  });

  it('lets a guest read the demo entities and their clusters', async () => {
    const token = await guestToken();
    const auth = { Authorization: `Bearer ${token}` };

    let entity: request.Response | undefined;
    for (let attempt = 0; attempt < 100; attempt++) {
      entity = await request(server)
        .get('/api/catalog/entities/by-name/component/default/payments-api')
        .set(auth);
      if (entity.status === 200) break;
      await new Promise(r => setTimeout(r, 200));
    }
    expect(
      entity?.body.metadata.annotations['azure.com/aks-cluster-id'],
    ).toContain('aks-payments-prod');

    const clusters = await request(server)
      .get('/api/aks/entities/component/default/payments-api/clusters')
      .set(auth);
    expect(clusters.status).toBe(200);
    expect(clusters.body.items.map((i: any) => i.cluster?.name)).toEqual([
      'aks-payments-prod',
      'aks-dev-free',
    ]);
  }, 30_000);
});
