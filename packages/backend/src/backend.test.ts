import { ArmEmulator, startArmEmulator } from '@aks-backstage/arm-emulator';
import request from 'supertest';
import { guestToken, startDemoBackend } from './__testUtils__/demoBackend';

/**
 * The demo backend, every plugin real (catalog, permission with the demo
 * policy, scaffolder, auth, AKS), against the emulator with the demo seed.
 */
describe('the demo backend', () => {
  let emulator: ArmEmulator;
  let server: Awaited<ReturnType<typeof startDemoBackend>>;

  beforeAll(async () => {
    emulator = await startArmEmulator();
    server = await startDemoBackend(emulator);
  }, 60_000);

  afterAll(() => emulator.stop());

  it('answers /api/aks/health without credentials', async () => {
    const response = await request(server).get('/api/aks/health');
    expect(response.body).toEqual({ status: 'ok' });
  });

  it('lets a guest read the demo entities and their clusters', async () => {
    const token = await guestToken(server);
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
