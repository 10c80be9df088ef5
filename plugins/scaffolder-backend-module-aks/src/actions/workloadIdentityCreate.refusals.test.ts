import { ArmEmulator, startArmEmulator } from '@aks-backstage/arm-emulator';
import { findSecrets } from '@aks-backstage/arm-emulator/testUtils';
import { aksIdentityCreatePermission } from '@aks-backstage/plugin-aks-common';
import { mockServices } from '@backstage/backend-test-utils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import {
  actionContext,
  emulatorClients,
} from '../__testUtils__/emulatorClients';
import { createWorkloadIdentityCreateAction } from './workloadIdentityCreate';

const PROD = '6f1a2b3c-0000-4000-8000-000000000001';
const REGISTRY = `/subscriptions/${PROD}/resourceGroups/rg-platform-prod/providers/Microsoft.ContainerRegistry/registries/acrcontosoprod`;

describe('azure:aks:workload-identity:create: refusals and secrets', () => {
  let emulator: ArmEmulator;
  let action: ReturnType<typeof createWorkloadIdentityCreateAction>;
  const input = (change: Record<string, unknown> = {}) => ({
    subscriptionId: PROD,
    resourceGroup: 'rg-payments-prod',
    clusterName: 'aks-payments-prod',
    identityName: 'id-payments-ledger',
    namespace: 'payments-api',
    serviceAccountName: 'ledger',
    roleDefinition: 'AcrPull',
    roleScope: REGISTRY,
    ...change,
  });

  beforeAll(async () => {
    emulator = await startArmEmulator({ lroDurationMs: 100 });
    action = createWorkloadIdentityCreateAction({
      clients: emulatorClients(emulator),
      permissions: mockServices.permissions(),
    });
  });
  afterAll(() => emulator.stop());
  beforeEach(() => {
    emulator.admin.reset();
    emulator.admin.clearRequests();
  });

  it.each([
    [{ clusterName: 'aks_' }, 'clusterName'],
    [{ identityName: 'id' }, 'identityName'],
    [{ namespace: 'Payments' }, 'namespace'],
    [{ serviceAccountName: 'ledger/api' }, 'serviceAccountName'],
    [{ roleDefinition: 'Owner' }, 'roleDefinition'],
    [{ roleScope: 'acrcontosoprod' }, 'roleScope'],
    [{ roleScope: undefined }, 'roleScope'],
    [{ enableWorkloadIdentity: 'yes' }, 'enableWorkloadIdentity'],
    [
      { subscriptionId: '00000000-0000-4000-8000-000000000999' },
      'subscriptionId',
    ],
    [
      { roleScope: '/subscriptions/00000000-0000-4000-8000-000000000999' },
      'roleScope',
    ],
  ])('refuses %j naming %s, without calling Azure', async (change, field) => {
    await expect(
      action.handler(actionContext(input(change))),
    ).rejects.toMatchObject({
      name: 'InputError',
      message: expect.stringMatching(
        new RegExp(`^Invalid input: (.*; )?${field}: `),
      ),
    });
    expect(emulator.admin.requests()).toEqual([]);
  });

  it("checks the initiator's aks.identity.create permission before any Azure call", async () => {
    const authorize = jest.fn(
      async (): Promise<[{ result: AuthorizeResult.DENY }]> => [
        { result: AuthorizeResult.DENY },
      ],
    );
    const denied = createWorkloadIdentityCreateAction({
      clients: emulatorClients(emulator),
      permissions: mockServices.permissions.mock({ authorize }),
    });
    const ctx = actionContext(input());

    await expect(denied.handler(ctx)).rejects.toMatchObject({
      name: 'NotAllowedError',
      message: 'Not allowed: aks.identity.create',
    });
    expect(authorize).toHaveBeenCalledWith(
      [{ permission: aksIdentityCreatePermission }],
      { credentials: await ctx.getInitiatorCredentials() },
    );
    expect(emulator.admin.requests()).toEqual([]);
  });

  it('says no secret in any output, log line or error', async () => {
    const runs = [
      actionContext(input()),
      actionContext(
        input({
          enableWorkloadIdentity: true,
          clusterName: 'aks-platform-lts',
          resourceGroup: 'rg-platform-prod',
        }),
        { isDryRun: true },
      ),
      actionContext(
        input({
          identityName: 'id-payments-worker',
          serviceAccountName: 'payments-worker',
        }),
      ),
    ];
    const said: unknown[] = [];
    for (const ctx of runs) {
      await action
        .handler(ctx)
        .catch(error => said.push(error.message, error.cause?.message));
      said.push(
        ctx.output.mock.calls,
        ...Object.values(ctx.logger).map((fn: any) => fn.mock?.calls),
      );
    }
    expect(said.flat(3).filter(Boolean).length).toBeGreaterThan(10);
    expect(findSecrets(said, [emulator.clientSecret])).toEqual([]);
  });
});
