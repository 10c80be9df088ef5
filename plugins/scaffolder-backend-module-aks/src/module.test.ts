import {
  createBackendPlugin,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { scaffolderActionsExtensionPoint } from '@backstage/plugin-scaffolder-node';
import {
  AzureClients,
  azureClientsServiceRef,
} from '@aks-backstage/plugin-aks-node';
import { scaffolderAksActionsModule } from './module';

const subscription = {
  subscriptionId: '6f1a2b3c-0000-4000-8000-000000000001',
  tenantId: '5b6c7d8e-0000-4000-8000-00000000000a',
  credential: { type: 'clientSecret', clientId: 'app', clientSecret: 'shh' },
};
const config = mockServices.rootConfig.factory({
  data: { aks: { subscriptions: [subscription] } },
});

describe('scaffolderAksActionsModule', () => {
  afterEach(() => jest.restoreAllMocks());

  it('adds the AKS, ACR, ACI, workload identity and GitOps actions to the scaffolder', async () => {
    const addActions = jest.fn();
    await startTestBackend({
      extensionPoints: [[scaffolderActionsExtensionPoint, { addActions }]],
      features: [scaffolderAksActionsModule, config],
    });

    const ids = addActions.mock.calls.flat().map(action => action.id);
    expect(ids).toEqual([
      'azure:aks:create',
      'azure:aks:nodepool:create',
      'azure:acr:create',
      'azure:acr:attach',
      'azure:aks:virtual-nodes:enable',
      'azure:aci:create',
      'azure:aks:workload-identity:create',
      'azure:aks:flux:configure',
    ]);
  });

  it('shares one AzureClients with every other plugin of the backend', async () => {
    const fromConfig = jest.spyOn(AzureClients, 'fromConfig');
    const seen: AzureClients[] = [];
    const consumer = (pluginId: string) =>
      createBackendPlugin({
        pluginId,
        register(reg) {
          reg.registerInit({
            deps: { clients: azureClientsServiceRef },
            async init({ clients }) {
              seen.push(clients);
            },
          });
        },
      });
    const catalogModule = createBackendModule({
      pluginId: 'catalog-test',
      moduleId: 'aks',
      register(reg) {
        reg.registerInit({
          deps: { clients: azureClientsServiceRef },
          async init({ clients }) {
            seen.push(clients);
          },
        });
      },
    });

    await startTestBackend({
      extensionPoints: [
        [scaffolderActionsExtensionPoint, { addActions: jest.fn() }],
      ],
      features: [
        scaffolderAksActionsModule,
        consumer('aks'),
        consumer('catalog-test'),
        catalogModule,
        config,
      ],
    });

    expect(fromConfig).toHaveBeenCalledTimes(1);
    expect(seen).toHaveLength(3);
    for (const clients of seen) {
      expect(clients).toBe(fromConfig.mock.results[0].value);
    }
  });

  it('reads the aks configuration once at start and fails on a bad one', async () => {
    await expect(
      startTestBackend({
        extensionPoints: [
          [scaffolderActionsExtensionPoint, { addActions: jest.fn() }],
        ],
        features: [
          scaffolderAksActionsModule,
          mockServices.rootConfig.factory({
            data: {
              aks: {
                subscriptions: [{ ...subscription, subscriptionId: 'prod' }],
              },
            },
          }),
        ],
      }),
    ).rejects.toThrow(/aks\.subscriptions\[\]\.subscriptionId/);
  });
});
