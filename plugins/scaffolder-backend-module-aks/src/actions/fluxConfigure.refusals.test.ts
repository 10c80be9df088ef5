import { ArmEmulator, startArmEmulator } from '@aks-backstage/arm-emulator';
import { findSecrets } from '@aks-backstage/arm-emulator/testUtils';
import { aksGitOpsConfigurePermission } from '@aks-backstage/plugin-aks-common';
import { mockServices } from '@backstage/backend-test-utils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import {
  actionContext,
  emulatorClients,
} from '../__testUtils__/emulatorClients';
import { createFluxConfigureAction } from './fluxConfigure';

const PROD = '6f1a2b3c-0000-4000-8000-000000000001';
const TOKEN = 's3cr3t-token-0123456789';

describe('azure:aks:flux:configure: refusals and secrets', () => {
  let emulator: ArmEmulator;
  let action: ReturnType<typeof createFluxConfigureAction>;
  const input = (change: Record<string, unknown> = {}) => ({
    subscriptionId: PROD,
    resourceGroup: 'rg-platform-prod',
    clusterName: 'aks-virtualnodes',
    name: 'payments-api',
    repoUrl: 'https://github.com/contoso/payments-api',
    ...change,
  });

  beforeAll(async () => {
    emulator = await startArmEmulator({ lroDurationMs: 50 });
    action = createFluxConfigureAction({
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
    [{ repoUrl: `https://user:${TOKEN}@github.com/contoso/x` }, 'repoUrl'],
    [{ repoUrl: `https://${TOKEN}@github.com/contoso/x` }, 'repoUrl'],
    [{ repoUrl: `ssh://git:${TOKEN}@github.com/contoso/x` }, 'repoUrl'],
    [
      { repoUrl: `https://github.com/contoso/x?access_token=${TOKEN}` },
      'repoUrl',
    ],
    [{ repoUrl: 'http://github.com/contoso/x' }, 'repoUrl'],
    [{ repoUrl: 'github.com/contoso/x' }, 'repoUrl'],
    [{ name: 'Payments' }, 'name'],
    [{ name: 'x'.repeat(31) }, 'name'],
    [{ namespace: 'Flux-System' }, 'namespace'],
    [{ scope: 'tenant' }, 'scope'],
    [{ branch: 'main..x' }, 'branch'],
    [{ kustomizations: [] }, 'kustomizations'],
    [
      {
        kustomizations: [
          { name: 'apps', path: './a' },
          { name: 'apps', path: './b' },
        ],
      },
      'kustomizations',
    ],
    [
      { kustomizations: [{ name: 'apps', path: '../etc' }] },
      'kustomizations.0.path',
    ],
    [{ syncIntervalInSeconds: 30 }, 'syncIntervalInSeconds'],
    [{ syncIntervalInSeconds: 90000 }, 'syncIntervalInSeconds'],
    [{ localAuthRef: 'Git Credentials' }, 'localAuthRef'],
    [{ clusterName: 'aks_' }, 'clusterName'],
  ])('refuses %j naming %s, without calling Azure', async (change, field) => {
    let error: Error | undefined;
    await action.handler(actionContext(input(change))).catch(e => {
      error = e;
    });
    expect(error).toMatchObject({
      name: 'InputError',
      message: expect.stringMatching(
        new RegExp(`^Invalid input: (.*; )?${field.replace(/\./g, '\\.')}: `),
      ),
    });
    expect(error!.message).not.toContain(TOKEN);
    expect(emulator.admin.requests()).toEqual([]);
  });

  it("checks the initiator's aks.gitops.configure permission before any Azure call", async () => {
    const authorize = jest.fn(
      async (): Promise<[{ result: AuthorizeResult.DENY }]> => [
        { result: AuthorizeResult.DENY },
      ],
    );
    const denied = createFluxConfigureAction({
      clients: emulatorClients(emulator),
      permissions: mockServices.permissions.mock({ authorize }),
    });
    const ctx = actionContext(input());

    await expect(denied.handler(ctx)).rejects.toMatchObject({
      name: 'NotAllowedError',
      message: 'Not allowed: aks.gitops.configure',
    });
    expect(authorize).toHaveBeenCalledWith(
      [{ permission: aksGitOpsConfigurePermission }],
      { credentials: await ctx.getInitiatorCredentials() },
    );
    expect(emulator.admin.requests()).toEqual([]);
  });

  it('says no secret in any output, log line or error, the refused URL included', async () => {
    const runs = [
      actionContext(input({ repoUrl: `https://user:${TOKEN}@github.com/x/y` })),
      actionContext(input()),
      actionContext(input({ branch: 'develop' })),
      actionContext(input({ name: 'dry' }), { isDryRun: true }),
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
    expect(said.flat(3).filter(Boolean).length).toBeGreaterThan(8);
    expect(findSecrets(said, [emulator.clientSecret, TOKEN])).toEqual([]);
  });
});
