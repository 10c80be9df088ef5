import { schedulerServiceFactory } from '@backstage/backend-defaults/scheduler';
import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import {
  ArmEmulator,
  DEMO_IDS,
  startArmEmulator,
} from '@aks-backstage/arm-emulator';
import request from 'supertest';
import { catalogModuleAksClusters } from './module';

/**
 * The backend's own scheduler: unlike the test backend's, which runs tasks
 * once the backend has started, it starts a task without `initialDelay` as
 * soon as it is scheduled, while the catalog may still be initialising.
 */
describe('catalogModuleAksClusters on the default scheduler', () => {
  let emulator: ArmEmulator;
  let errors: string[];

  beforeAll(async () => {
    emulator = await startArmEmulator();
  });
  afterAll(() => emulator.stop());
  beforeEach(() => {
    errors = [];
    jest.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
      errors.push(args.map(String).join(' '));
    });
  });
  afterEach(() => jest.restoreAllMocks());

  it('fills the catalog on the first run, with no initialDelay and a 30 minute frequency', async () => {
    const credential = {
      type: 'clientSecret',
      clientId: emulator.clientId,
      clientSecret: emulator.clientSecret,
    };
    const { server } = await startTestBackend({
      features: [
        catalogPlugin,
        catalogModuleAksClusters,
        schedulerServiceFactory,
        mockServices.rootLogger.factory({ level: 'error' }),
        mockServices.rootConfig.factory({
          data: {
            catalog: {
              providers: {
                aks: {
                  schedule: {
                    frequency: { minutes: 30 },
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
              subscriptions: [
                DEMO_IDS.productionSubscriptionId,
                DEMO_IDS.developmentSubscriptionId,
              ].map(subscriptionId => ({
                subscriptionId,
                tenantId: emulator.tenantId,
                credential,
              })),
            },
          },
        }),
      ],
    });

    const emulated = emulator.admin
      .listResources('Microsoft.ContainerService/managedClusters')
      .map(r => r.id.split('/').pop()!)
      .sort();
    expect(emulated).not.toEqual([]);
    let names: string[] = [];
    for (let attempt = 0; attempt < 100; attempt++) {
      const response = await request(server).get(
        '/api/catalog/entities/by-query?filter=kind=resource,spec.type=kubernetes-cluster&limit=500',
      );
      names = response.body.items.map((e: any) => e.metadata.name).sort();
      if (names.length === emulated.length) break;
      await new Promise(resolve => setTimeout(resolve, 100));
    }
    expect({
      names,
      notConnected: errors.filter(line => line.includes('not connected')),
    }).toEqual({ names: emulated, notConnected: [] });
  }, 30_000);
});
