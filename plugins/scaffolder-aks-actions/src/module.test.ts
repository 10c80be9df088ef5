import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { scaffolderActionsExtensionPoint } from '@backstage/plugin-scaffolder-node';
import { scaffolderAksActionsModule } from './module';

const subscription = {
  subscriptionId: '6f1a2b3c-0000-4000-8000-000000000001',
  tenantId: '5b6c7d8e-0000-4000-8000-00000000000a',
  credential: { type: 'clientSecret', clientId: 'app', clientSecret: 'shh' },
};

describe('scaffolderAksActionsModule', () => {
  it('adds the AKS actions to the scaffolder', async () => {
    const addActions = jest.fn();
    await startTestBackend({
      extensionPoints: [[scaffolderActionsExtensionPoint, { addActions }]],
      features: [
        scaffolderAksActionsModule,
        mockServices.rootConfig.factory({
          data: { aks: { subscriptions: [subscription] } },
        }),
      ],
    });

    const ids = addActions.mock.calls.flat().map(action => action.id);
    expect(ids).toEqual(['azure:aks:create']);
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
