import { ArmEmulator, startArmEmulator } from '@aks-backstage/arm-emulator';
import { mockServices } from '@backstage/backend-test-utils';
import {
  actionContext,
  armWrites,
  emulatorClients,
} from '../__testUtils__/emulatorClients';
import { createFluxConfigureAction } from './fluxConfigure';

const PROD = '6f1a2b3c-0000-4000-8000-000000000001';
const clusterId = (name: string, group = 'rg-platform-prod') =>
  `/subscriptions/${PROD}/resourceGroups/${group}/providers/Microsoft.ContainerService/managedClusters/${name}`;
// The emulator keeps what a test makes: each test that writes has a cluster of its own.
const CLUSTER = clusterId('aks-virtualnodes');
const CONFIGURATIONS = `${CLUSTER}/providers/Microsoft.KubernetesConfiguration/fluxConfigurations`;
const EXTENSIONS = `${CLUSTER}/providers/Microsoft.KubernetesConfiguration/extensions`;
/** A cluster without Flux that another tool sets up (see configuredElsewhere). */
const ELSEWHERE = {
  resourceGroup: 'rg-data-prod',
  clusterName: 'aks-reporting-prod',
};

describe('azure:aks:flux:configure', () => {
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
  const outputsOf = (ctx: ReturnType<typeof actionContext>) =>
    Object.fromEntries(ctx.output.mock.calls);
  const configuration = (name: string) =>
    emulator.admin.getResource(`${CONFIGURATIONS}/${name}`);

  let arranged: Promise<void> | undefined;
  /** Flux and a configuration, as another tool (the Azure CLI, the portal) makes them, once. */
  function configuredElsewhere() {
    arranged ??= (async () => {
      const client = emulatorClients(emulator).kubernetesConfiguration(PROD);
      const cluster = [
        ELSEWHERE.resourceGroup,
        'Microsoft.ContainerService',
        'managedClusters',
        ELSEWHERE.clusterName,
      ] as const;
      await client.extensions.beginCreateAndWait(...cluster, 'gitops', {
        extensionType: 'Microsoft.Flux',
      });
      await client.fluxConfigurations.beginCreateOrUpdateAndWait(
        ...cluster,
        'payments-api',
        {
          scope: 'cluster',
          namespace: 'flux-system',
          sourceKind: 'GitRepository',
          gitRepository: {
            url: 'https://github.com/contoso/payments-api.git',
            repositoryRef: { branch: 'main' },
            syncIntervalInSeconds: 600,
          },
          kustomizations: { apps: { path: '.', prune: false } },
        },
      );
    })();
    return arranged.then(() => emulator.admin.clearRequests());
  }

  beforeAll(async () => {
    emulator = await startArmEmulator({ lroDurationMs: 100 });
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

  it('installs Flux, then creates the configuration and waits for it; a re-run writes nothing', async () => {
    const ctx = actionContext(input());
    await action.handler(ctx);

    expect(emulator.admin.getResource(`${EXTENSIONS}/flux`)).toMatchObject({
      properties: {
        extensionType: 'microsoft.flux',
        provisioningState: 'Succeeded',
      },
    });
    expect(configuration('payments-api').properties).toMatchObject({
      provisioningState: 'Succeeded',
      scope: 'cluster',
      namespace: 'flux-system',
      sourceKind: 'GitRepository',
      gitRepository: {
        url: 'https://github.com/contoso/payments-api',
        repositoryRef: { branch: 'main' },
        syncIntervalInSeconds: 600,
      },
      kustomizations: { apps: { path: './', prune: false } },
    });
    const outputs = outputsOf(ctx);
    expect(outputs).toEqual({
      extensionInstalled: true,
      configurationId: `${CONFIGURATIONS}/payments-api`,
      complianceState: expect.stringMatching(/^(Pending|Compliant)$/),
    });
    expect(armWrites(emulator).map(r => r.operation)).toEqual([
      'Extensions_Create',
      'FluxConfigurations_CreateOrUpdate',
    ]);

    emulator.admin.clearRequests();
    const rerun = actionContext(input());
    await action.handler(rerun);
    expect(armWrites(emulator)).toEqual([]);
    expect(outputsOf(rerun)).toMatchObject({
      extensionInstalled: false,
      configurationId: outputs.configurationId,
    });
  });

  it('adopts a Flux extension of another name and a configuration of the same repository written another way', async () => {
    await configuredElsewhere();
    const ctx = actionContext(
      input({
        ...ELSEWHERE,
        repoUrl: 'git@GitHub.com:contoso/payments-api',
        kustomizations: [{ name: 'apps', path: './' }],
      }),
    );
    await action.handler(ctx);

    expect(armWrites(emulator)).toEqual([]);
    expect(outputsOf(ctx)).toMatchObject({
      extensionInstalled: false,
      configurationId: `${clusterId(
        ELSEWHERE.clusterName,
        ELSEWHERE.resourceGroup,
      )}/providers/Microsoft.KubernetesConfiguration/fluxConfigurations/payments-api`,
    });
    expect(
      emulator.admin
        .listResources('Microsoft.KubernetesConfiguration/extensions')
        .filter(r => r.id.includes(`/${ELSEWHERE.clusterName}/`))
        .map(r => r.id.split('/').pop()),
    ).toEqual(['gitops']);
  });

  it('adopts the seeded configuration of a cluster that runs Flux', async () => {
    const ctx = actionContext(
      input({
        clusterName: 'aks-platform-lts',
        name: 'platform-gitops',
        repoUrl: 'https://github.com/acme/platform-gitops.git',
        kustomizations: [
          { name: 'infra', path: './infrastructure', prune: true },
          { name: 'apps', path: 'apps/production/', prune: true },
        ],
      }),
    );
    await action.handler(ctx);

    expect(armWrites(emulator)).toEqual([]);
    expect(outputsOf(ctx)).toEqual({
      extensionInstalled: false,
      configurationId: expect.stringMatching(
        /\/aks-platform-lts\/providers\/Microsoft\.KubernetesConfiguration\/fluxConfigurations\/platform-gitops$/,
      ),
      complianceState: 'Compliant',
    });
  });

  it.each([
    [
      'another repository',
      { repoUrl: 'https://github.com/contoso/orders-api' },
      /repoUrl: wanted https:\/\/github\.com\/contoso\/orders-api, found https:\/\/github\.com\/contoso\/payments-api\.git/,
    ],
    ['another branch', { branch: 'Main' }, /branch: wanted Main, found main/],
    [
      'other kustomizations',
      { kustomizations: [{ name: 'apps', path: './apps', prune: true }] },
      /kustomizations: wanted \["apps=apps \(prune\)"\], found \["apps="\]/,
    ],
  ])(
    'refuses a configuration of that name that reads %s, before any write',
    async (_what, change, message) => {
      await configuredElsewhere();
      await expect(
        action.handler(actionContext(input({ ...ELSEWHERE, ...change }))),
      ).rejects.toMatchObject({
        name: 'ConflictError',
        message: expect.stringMatching(message),
      });
      expect(armWrites(emulator)).toEqual([]);
    },
  );

  it('writes nothing in a dry run, and says what it would do', async () => {
    const archive = clusterId('aks-archive-prod', 'rg-data-prod');
    const ctx = actionContext(
      input({
        resourceGroup: 'rg-data-prod',
        clusterName: 'aks-archive-prod',
        repoUrl: 'git@github.com:contoso/payments-api.git',
      }),
      { isDryRun: true },
    );
    await action.handler(ctx);

    expect(armWrites(emulator)).toEqual([]);
    const configurationId = `${archive}/providers/Microsoft.KubernetesConfiguration/fluxConfigurations/payments-api`;
    expect((ctx.logger.info as jest.Mock).mock.calls.map(c => c[0])).toEqual([
      `Would install the Flux extension of AKS cluster ${archive}`,
      `Would create Flux configuration ${configurationId} reading ssh://git@github.com/contoso/payments-api.git at main`,
    ]);
    expect(outputsOf(ctx)).toEqual({
      extensionInstalled: true,
      configurationId,
    });
    expect(emulator.admin.getResource(configurationId)).toBeUndefined();
  });
});
