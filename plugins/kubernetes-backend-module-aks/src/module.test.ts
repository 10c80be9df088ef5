import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import kubernetesPlugin from '@backstage/plugin-kubernetes-backend';
import {
  ArmEmulator,
  DEMO_IDS,
  startArmEmulator,
} from '@aks-backstage/arm-emulator';
import request from 'supertest';
import { kubernetesModuleAksClusters } from './module';

const PROD = DEMO_IDS.productionSubscriptionId;
const AKS_SCOPE = '6dae42f8-4368-4678-94ff-3960e28e3630';

const paymentsApi: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: {
    name: 'payments-api',
    namespace: 'default',
    annotations: { 'backstage.io/kubernetes-id': 'payments-api' },
  },
  spec: { type: 'service', lifecycle: 'production', owner: 'team-payments' },
};

/**
 * The Kubernetes backend with the module, against the emulator's ARM and its
 * clusters' Kubernetes API, reached through the API server URL template.
 */
describe('kubernetesModuleAksClusters', () => {
  let emulator: ArmEmulator;

  beforeAll(async () => {
    emulator = await startArmEmulator();
  });
  afterAll(() => emulator.stop());

  async function startBackend(authProvider: 'azure' | 'aks') {
    const credential = {
      type: 'clientSecret',
      clientId: emulator.clientId,
      clientSecret: emulator.clientSecret,
    };
    const { server } = await startTestBackend({
      features: [
        kubernetesPlugin,
        kubernetesModuleAksClusters,
        catalogServiceMock.factory({ entities: [paymentsApi] }),
        mockServices.rootConfig.factory({
          data: {
            kubernetes: {
              serviceLocatorMethod: { type: 'multiTenant' },
              clusterLocatorMethods: [
                {
                  type: 'config',
                  clusters: [
                    {
                      name: 'configured',
                      url: emulator.kubernetesUrlTemplate
                        .replace('{subscriptionId}', PROD)
                        .replace('{resourceGroup}', 'rg-platform-prod')
                        .replace('{name}', 'aks-platform-lts'),
                      caData: Buffer.from(emulator.caCertPem).toString(
                        'base64',
                      ),
                      authProvider: 'serviceAccount',
                      serviceAccountToken: emulator.admin.issueToken(
                        emulator.clientId,
                        { audience: AKS_SCOPE },
                      ),
                    },
                  ],
                },
              ],
            },
            aks: {
              armEndpoint: emulator.url,
              authorityHost: emulator.authorityHost,
              caCert: emulator.caCertPem,
              kubernetesApiServer: {
                urlTemplate: emulator.kubernetesUrlTemplate,
                caCert: emulator.caCertPem,
                authProvider,
              },
              subscriptions: emulator.subscriptionIds.map(subscriptionId => ({
                subscriptionId,
                tenantId: emulator.tenantId,
                credential,
              })),
            },
          },
        }),
      ],
    });
    return server;
  }

  it('lists the AKS clusters beside the configured one, all but the stopped cluster', async () => {
    const server = await startBackend('azure');
    const response = await request(server).get('/api/kubernetes/clusters');
    expect(response.status).toBe(200);
    const names = response.body.items.map((c: { name: string }) => c.name);
    expect(names[0]).toBe('configured');
    const running = emulator.admin
      .listResources('Microsoft.ContainerService/managedClusters')
      .filter(r => (r.body as any).properties.powerState.code !== 'Stopped')
      .map(r => r.id.split('/').pop());
    expect(names.slice(1).sort()).toEqual(running.sort());
    expect(names).not.toContain('aks-dev-stopped');
    expect(response.body.items[1]).toMatchObject({ authProvider: 'azure' });
  }, 30_000);

  it("returns the emulator's pods of an entity, with the configured service principal's token", async () => {
    const server = await startBackend('azure');
    emulator.admin.clearRequests();
    const response = await request(server)
      .post('/api/kubernetes/resources/workloads/query')
      .send({ entityRef: 'component:default/payments-api', auth: {} });
    expect(response.status).toBe(200);
    const byCluster = Object.fromEntries(
      response.body.items.map((item: any) => [item.cluster.name, item]),
    );
    expect(Object.keys(byCluster).sort()).toEqual([
      'aks-dev-free',
      'aks-payments-prod',
    ]);
    const prod = byCluster['aks-payments-prod'];
    expect(prod.errors).toEqual([]);
    const pods = prod.resources.find((r: any) => r.type === 'pods').resources;
    expect(pods.map((p: any) => p.metadata.name)).toEqual([
      expect.stringMatching(/^payments-api-/),
      expect.stringMatching(/^payments-api-/),
      expect.stringMatching(/^payments-api-/),
    ]);
    expect(
      prod.resources.find((r: any) => r.type === 'horizontalpodautoscalers')
        .resources[0].spec.maxReplicas,
    ).toBe(10);
    expect(prod.podMetrics).toHaveLength(3);
    expect(prod.cluster).toMatchObject({
      dashboardApp: 'aks',
      dashboardParameters: { clusterName: 'aks-payments-prod' },
    });
    // The emulated API servers take only tokens for the AKS server application.
    const reads = emulator.admin.requests({ operation: 'Kubernetes_Read' });
    expect(reads.length).toBeGreaterThan(0);
    expect(reads.filter(r => r.status !== 200)).toEqual([]);
  }, 60_000);

  it("uses the signed-in user's own token with the aks auth provider, and nothing without one", async () => {
    const server = await startBackend('aks');
    const userToken = emulator.admin.issueToken(emulator.clientId, {
      audience: AKS_SCOPE,
    });
    const withToken = await request(server)
      .post('/api/kubernetes/resources/workloads/query')
      .send({
        entityRef: 'component:default/payments-api',
        auth: { aks: userToken },
      });
    expect(
      withToken.body.items.map((item: any) => item.cluster.name).sort(),
    ).toEqual(['aks-dev-free', 'aks-payments-prod']);

    const without = await request(server)
      .post('/api/kubernetes/resources/workloads/query')
      .send({ entityRef: 'component:default/payments-api', auth: {} });
    expect(without.status).toBe(500);
    expect(JSON.stringify(without.body)).not.toContain(userToken);
  }, 30_000);
});
