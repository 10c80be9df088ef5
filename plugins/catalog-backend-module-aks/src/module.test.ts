import {
  coreServices,
  createBackendModule,
  SchedulerService,
} from '@backstage/backend-plugin-api';
import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import {
  ArmEmulator,
  DEMO_IDS,
  startArmEmulator,
} from '@aks-backstage/arm-emulator';
import request from 'supertest';
import { catalogModuleAksClusters } from './module';

const PROD = DEMO_IDS.productionSubscriptionId;
const DEV = DEMO_IDS.developmentSubscriptionId;
const TASK = 'aks-cluster-entities:refresh';
const clusterId = (subscriptionId: string, group: string, name: string) =>
  `/subscriptions/${subscriptionId}/resourceGroups/${group}/providers/Microsoft.ContainerService/managedClusters/${name}`;

/**
 * The catalog with the AKS module against the emulator: the module's task is
 * run by the test backend's scheduler at start, and again by each test.
 */
describe('catalogModuleAksClusters', () => {
  let emulator: ArmEmulator;
  let server: Awaited<ReturnType<typeof startTestBackend>>['server'];
  let scheduler: SchedulerService;

  const schedulerOfCatalog = createBackendModule({
    pluginId: 'catalog',
    moduleId: 'test-scheduler',
    register(reg) {
      reg.registerInit({
        deps: { s: coreServices.scheduler },
        async init({ s }) {
          scheduler = s;
        },
      });
    },
  });

  beforeAll(async () => {
    emulator = await startArmEmulator();
    const payments = clusterId(PROD, 'rg-payments-prod', 'aks-payments-prod');
    const body = emulator.admin.getResource(payments);
    emulator.admin.putResource(payments, {
      ...body,
      tags: {
        owner: 'team-payments',
        system: 'payments',
        description: 'Production cluster for payments',
      },
    });
    const free = clusterId(DEV, 'rg-dev', 'aks-dev-free');
    emulator.admin.putResource(free, {
      ...emulator.admin.getResource(free),
      tags: {},
    });
    const legacy = clusterId(PROD, 'rg-payments-prod', 'aks-legacy-prod');
    emulator.admin.putResource(legacy, {
      ...emulator.admin.getResource(legacy),
      tags: { owner: 'Payments Team!' },
    });
    const credential = {
      type: 'clientSecret',
      clientId: emulator.clientId,
      clientSecret: emulator.clientSecret,
    };
    ({ server } = await startTestBackend({
      features: [
        catalogPlugin,
        catalogModuleAksClusters,
        schedulerOfCatalog,
        mockServices.rootConfig.factory({
          data: {
            catalog: {
              providers: {
                aks: {
                  schedule: {
                    frequency: { hours: 1 },
                    timeout: { minutes: 1 },
                  },
                  defaultOwner: 'group:default/team-platform',
                },
              },
            },
            aks: {
              armEndpoint: emulator.url,
              authorityHost: emulator.authorityHost,
              caCert: emulator.caCertPem,
              retry: { maxRetries: 0, retryDelayMs: 1 },
              subscriptions: [
                { subscriptionId: PROD, displayName: 'Contoso Production' },
                { subscriptionId: DEV, displayName: 'Contoso Development' },
              ].map(s => ({ ...s, tenantId: emulator.tenantId, credential })),
            },
          },
        }),
      ],
    }));
  }, 60_000);
  afterEach(() => emulator.admin.reset());
  afterAll(() => emulator.stop());

  async function clusterEntities(): Promise<any[]> {
    const response = await request(server).get(
      '/api/catalog/entities/by-query?filter=kind=resource,spec.type=kubernetes-cluster&limit=500',
    );
    expect(response.status).toBe(200);
    return response.body.items;
  }

  /** Waits for the catalog to have processed what the provider emitted. */
  async function eventually(check: (entities: any[]) => void) {
    for (let attempt = 0; ; attempt++) {
      try {
        check(await clusterEntities());
        return;
      } catch (error) {
        if (attempt > 150) throw error;
        await new Promise(resolve => setTimeout(resolve, 100));
      }
    }
  }

  const names = (entities: any[]) => entities.map(e => e.metadata.name).sort();

  it('adds an entity for every cluster of the subscriptions, annotated for the AKS and Kubernetes plugins', async () => {
    const emulated = emulator.admin
      .listResources('Microsoft.ContainerService/managedClusters')
      .map(r => r.id.split('/').pop()!)
      .sort();
    await eventually(entities => expect(names(entities)).toEqual(emulated));

    const payments = (await clusterEntities()).find(
      e => e.metadata.name === 'aks-payments-prod',
    );
    const id = clusterId(PROD, 'rg-payments-prod', 'aks-payments-prod');
    expect(payments.metadata.annotations).toMatchObject({
      'azure.com/aks-cluster-id': id,
      'kubernetes.io/api-server': expect.stringMatching(
        /^https:\/\/aks-payments-prod-[0-9a-f]{8}\.hcp\.westeurope\.azmk8s\.io:443$/,
      ),
      'kubernetes.io/auth-provider': 'azure',
      'kubernetes.io/dashboard-app': 'aks',
      'kubernetes.io/dashboard-url': `https://portal.azure.com/#@/resource${id}/overview`,
    });
    expect(
      JSON.parse(
        payments.metadata.annotations['kubernetes.io/dashboard-parameters'],
      ),
    ).toEqual({
      subscriptionId: PROD,
      resourceGroup: 'rg-payments-prod',
      clusterName: 'aks-payments-prod',
    });
    expect(payments.metadata.labels).toEqual({
      'azure.com/location': 'westeurope',
      'azure.com/aks-tier': 'standard',
      'azure.com/kubernetes-version': '1.35.2',
    });
    expect(payments.metadata.links).toEqual([
      expect.objectContaining({
        title: 'Azure portal',
        url: `https://portal.azure.com/#@/resource${id}/overview`,
      }),
    ]);
    expect(payments.metadata.description).toBe(
      'Production cluster for payments',
    );
    expect(payments.spec).toEqual({
      type: 'kubernetes-cluster',
      owner: 'group:default/team-payments',
      system: 'system:default/payments',
    });
  }, 30_000);

  it('falls back to the configured owner without a usable owner tag, and describes a cluster without a description tag', async () => {
    await eventually(entities => {
      const owners = Object.fromEntries(
        entities.map(e => [e.metadata.name, e.spec.owner]),
      );
      expect(owners['aks-dev-free']).toBe('group:default/team-platform');
      expect(owners['aks-legacy-prod']).toBe('group:default/team-platform');
      expect(
        entities.find(e => e.metadata.name === 'aks-dev-free').metadata
          .description,
      ).toBe(
        'AKS cluster in resource group rg-dev of Contoso Development, northeurope',
      );
    });
  }, 30_000);

  it("removes a deleted cluster's entity on the next run", async () => {
    const id = clusterId(DEV, 'rg-dev', 'aks-dev-failed');
    await eventually(entities =>
      expect(names(entities)).toContain('aks-dev-failed'),
    );
    const body = emulator.admin.getResource(id);
    emulator.admin.deleteResource(id);
    try {
      await scheduler.triggerTask(TASK);
      await eventually(entities =>
        expect(names(entities)).not.toContain('aks-dev-failed'),
      );
    } finally {
      emulator.admin.putResource(id, body);
      await scheduler.triggerTask(TASK);
    }
  }, 30_000);

  it('keeps the entities of a subscription that fails, while the others change', async () => {
    await eventually(entities =>
      expect(names(entities)).toEqual(
        expect.arrayContaining(['aks-dev-free', 'aks-dev-failed']),
      ),
    );
    emulator.admin.addFault({
      kind: 'error',
      status: 500,
      operation: 'ManagedClusters_List',
      path: DEV,
    });
    const id = clusterId(PROD, 'rg-platform-prod', 'aks-virtualnodes');
    const body = emulator.admin.getResource(id);
    emulator.admin.deleteResource(id);
    try {
      await scheduler.triggerTask(TASK);
      await eventually(entities => {
        expect(names(entities)).not.toContain('aks-virtualnodes');
        expect(names(entities)).toEqual(
          expect.arrayContaining([
            'aks-dev-free',
            'aks-dev-failed',
            'aks-dev-stopped',
          ]),
        );
      });
      expect(
        emulator.admin.requests({ operation: 'ManagedClusters_List' }),
      ).toContainEqual(
        expect.objectContaining({ subscriptionId: DEV, status: 500 }),
      );
    } finally {
      emulator.admin.putResource(id, body);
    }
  }, 30_000);
});
