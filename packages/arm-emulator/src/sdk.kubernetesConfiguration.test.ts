import type { SourceControlConfigurationClient } from '@azure/arm-kubernetesconfiguration';
import { startArmEmulator } from './startArmEmulator';
import type { ArmEmulator } from './types';
import { DEMO_IDS } from './seeds/demoIds';
import { findSecrets } from './secretScan';
import { armFetch } from './__testUtils__/armFetch';
import { cloneResource, cluster } from './__testUtils__/demo';
import { FAST_POLL } from './__testUtils__/sdkSetup';
import {
  AKS,
  extensionPath,
  FLUX_EXTENSION,
  fluxPath,
  gitConfiguration,
  kubernetesConfigurationClient,
  sdkError as restError,
} from './__testUtils__/kubernetesConfiguration';

const RG = 'rg-payments-prod';
const REPO = 'https://github.com/acme/storefront';
/** Values a test sends as protected settings: none may come back. */
const SECRETS = ['ext-protected-7d1c', 'flux-https-token-93ab'];

describe('extensions and Flux configurations through @azure/arm-kubernetesconfiguration', () => {
  let emulator: ArmEmulator;
  let kc: SourceControlConfigurationClient;
  /** Every body the emulator answered in these tests, scanned for secrets at the end. */
  const answers: unknown[] = [];
  const keep = <T>(value: T) => {
    answers.push(value);
    return value;
  };

  beforeAll(async () => {
    emulator = await startArmEmulator({ lroDurationMs: 30 });
    kc = kubernetesConfigurationClient(
      emulator,
      DEMO_IDS.productionSubscriptionId,
    );
    cloneResource(emulator, cluster(RG, 'aks-payments-prod'), 'aks-gitops');
  });
  afterAll(() => emulator.stop());

  it('installs, reads, lists, updates and removes the Flux extension through the SDK poller', async () => {
    emulator.admin.clearRequests();
    const created = keep(
      await kc.extensions.beginCreateAndWait(
        RG,
        ...AKS,
        'aks-gitops',
        'flux',
        {
          ...FLUX_EXTENSION,
          configurationSettings: { 'multiTenancy.enforce': 'false' },
          configurationProtectedSettings: { token: SECRETS[0] },
        },
        FAST_POLL,
      ),
    );
    expect(created).toMatchObject({
      name: 'flux',
      type: 'Microsoft.KubernetesConfiguration/extensions',
      extensionType: 'microsoft.flux',
      provisioningState: 'Succeeded',
      currentVersion: expect.stringMatching(/^\d+\.\d+\.\d+$/),
      configurationSettings: { 'multiTenancy.enforce': 'false' },
    });
    expect(created.configurationProtectedSettings).toBeUndefined();
    const requests = emulator.admin.requests();
    expect(
      requests.find(r => r.operation === 'Extensions_Create')?.status,
    ).toBe(201);
    expect(
      requests.filter(r => r.operation === 'OperationStatus_Get').length,
    ).toBeGreaterThan(0);

    const read = keep(
      await kc.extensions.get(RG, ...AKS, 'aks-gitops', 'flux'),
    );
    expect(read).toEqual(created);
    const listed = [];
    for await (const e of kc.extensions.list(RG, ...AKS, 'aks-gitops'))
      listed.push(keep(e).name);
    expect(listed).toEqual(['flux']);

    const updated = keep(
      await kc.extensions.beginUpdateAndWait(
        RG,
        ...AKS,
        'aks-gitops',
        'flux',
        {
          autoUpgradeMinorVersion: false,
          version: '1.16.0',
          configurationProtectedSettings: { token: `${SECRETS[0]}-2` },
        },
        FAST_POLL,
      ),
    );
    expect(updated).toMatchObject({
      autoUpgradeMinorVersion: false,
      version: '1.16.0',
      currentVersion: '1.16.0',
      provisioningState: 'Succeeded',
      configurationSettings: { 'multiTenancy.enforce': 'false' },
    });
    expect(
      emulator.admin.requests({ operation: 'Extensions_Update' })[0].status,
    ).toBe(202);

    await kc.extensions.beginDeleteAndWait(
      RG,
      ...AKS,
      'aks-gitops',
      'flux',
      FAST_POLL,
    );
    expect(
      await restError(kc.extensions.get(RG, ...AKS, 'aks-gitops', 'flux')),
    ).toMatchObject({
      statusCode: 404,
      code: 'ResourceNotFound',
    });
  });

  it('refuses a Flux configuration on a cluster without the microsoft.flux extension', async () => {
    expect(
      await restError(
        kc.fluxConfigurations.beginCreateOrUpdateAndWait(
          RG,
          ...AKS,
          'aks-gitops',
          'storefront',
          gitConfiguration(REPO),
          FAST_POLL,
        ),
      ),
    ).toMatchObject({
      statusCode: 400,
      code: 'FluxExtensionNotInstalled',
      message: expect.stringContaining(
        "The microsoft.flux extension is not installed on managed cluster 'aks-gitops'",
      ),
    });
  });

  it('answers 404 for a missing cluster and refuses cluster kinds it does not emulate', async () => {
    expect(
      await restError(kc.extensions.get(RG, ...AKS, 'aks-missing', 'flux')),
    ).toMatchObject({
      statusCode: 404,
      code: 'ResourceNotFound',
    });
    expect(
      await restError(
        kc.fluxConfigurations.beginCreateOrUpdateAndWait(
          RG,
          ...AKS,
          'aks-missing',
          'x',
          gitConfiguration(REPO),
          FAST_POLL,
        ),
      ),
    ).toMatchObject({ statusCode: 404 });
    expect(
      await restError(
        kc.extensions.get(
          RG,
          'Microsoft.Kubernetes',
          'connectedClusters',
          'arc',
          'flux',
        ),
      ),
    ).toMatchObject({
      statusCode: 400,
      code: 'InvalidParameter',
      target: 'clusterResourceName',
    });
  });

  it.each([
    [
      'an unknown extension type',
      { extensionType: 'contoso.nothing' },
      'properties.extensionType',
    ],
    [
      'a pinned version with auto-upgrade',
      { ...FLUX_EXTENSION, version: '1.2.3' },
      'properties.version',
    ],
    [
      'two scopes',
      { ...FLUX_EXTENSION, scope: { cluster: {}, namespace: {} } },
      'properties.scope',
    ],
  ])(
    'refuses an extension with %s, naming the field',
    async (_what, body, target) => {
      expect(
        await restError(
          kc.extensions.beginCreateAndWait(
            RG,
            ...AKS,
            'aks-payments-prod',
            'bad',
            body,
            FAST_POLL,
          ),
        ),
      ).toMatchObject({
        statusCode: 400,
        target,
        message: expect.stringContaining(target.split('.').pop()!),
      });
    },
  );

  const git = (change: object) => ({
    url: REPO,
    repositoryRef: { branch: 'main' },
    ...change,
  });
  it.each([
    [
      'no URL',
      { gitRepository: git({ url: undefined }) },
      'properties.gitRepository.url',
    ],
    [
      'a URL that is none',
      { gitRepository: git({ url: 'github.com/acme' }) },
      'properties.gitRepository.url',
    ],
    [
      'no ref',
      { gitRepository: git({ repositoryRef: {} }) },
      'properties.gitRepository.repositoryRef',
    ],
    [
      'a sync interval of 0',
      { gitRepository: git({ syncIntervalInSeconds: 0 }) },
      'properties.gitRepository.syncIntervalInSeconds',
    ],
    [
      'an HTTPS user without its key',
      { gitRepository: git({ httpsUser: 'me' }) },
      'properties.configurationProtectedSettings.httpsKey',
    ],
    [
      'an SSH key for an HTTPS URL',
      { configurationProtectedSettings: { sshPrivateKey: 'c2VjcmV0' } },
      'properties.configurationProtectedSettings.sshPrivateKey',
    ],
    [
      'a dependency on no Kustomization',
      { kustomizations: { apps: { path: './', dependsOn: ['infra'] } } },
      'properties.kustomizations.apps.dependsOn[0]',
    ],
  ])(
    'refuses a Flux configuration with %s, naming the field',
    async (_what, change, target) => {
      const response = await restError(
        kc.fluxConfigurations.beginCreateOrUpdateAndWait(
          RG,
          ...AKS,
          'aks-payments-prod',
          'bad',
          gitConfiguration(REPO, change as object),
          FAST_POLL,
        ),
      );
      expect(response).toMatchObject({ statusCode: 400, target });
      expect(findSecrets(response, ['c2VjcmV0'])).toEqual([]);
    },
  );

  it('ends a failed installation Failed, with the error, through the poller', async () => {
    emulator.admin.failNextLro({
      operation: 'Extensions_Create',
      code: 'ExtensionOperationFailed',
      message: 'Helm installation failed.',
    });
    await expect(
      kc.extensions.beginCreateAndWait(
        RG,
        ...AKS,
        'aks-payments-prod',
        'dapr',
        { extensionType: 'microsoft.dapr' },
        FAST_POLL,
      ),
    ).rejects.toThrow(
      'The long-running operation has failed. ExtensionOperationFailed. Helm installation failed.',
    );
    expect(
      await kc.extensions.get(RG, ...AKS, 'aks-payments-prod', 'dapr'),
    ).toMatchObject({
      provisioningState: 'Failed',
      errorInfo: {
        code: 'ExtensionOperationFailed',
        message: 'Helm installation failed.',
      },
    });
  });

  it('never answers or logs a protected setting', async () => {
    // A protected setting of the wrong type is refused without quoting it.
    for (const [path, apiVersion] of [
      [extensionPath(cluster(RG, 'aks-payments-prod'), 'dapr'), '2023-05-01'],
      [fluxPath(cluster(RG, 'aks-payments-prod'), 'typed'), '2025-04-01'],
    ]) {
      const refused = await armFetch(
        emulator,
        'PUT',
        `${path}?api-version=${apiVersion}`,
        {
          body: {
            properties: {
              extensionType: 'microsoft.dapr',
              gitRepository: { url: REPO, repositoryRef: { branch: 'main' } },
              configurationProtectedSettings: SECRETS[0],
            },
          },
        },
      );
      expect(refused.body.error).toMatchObject({
        code: 'InvalidParameter',
        target: 'properties.configurationProtectedSettings',
      });
      answers.push(refused.body);
    }
    answers.push(
      await kc.fluxConfigurations.beginCreateOrUpdateAndWait(
        RG,
        ...AKS,
        'aks-payments-prod',
        'private-repo',
        gitConfiguration(REPO, {
          gitRepository: {
            url: REPO,
            repositoryRef: { branch: 'main' },
            httpsUser: 'flux',
          },
          configurationProtectedSettings: { httpsKey: SECRETS[1] },
        }),
        FAST_POLL,
      ),
    );
    for (const apiVersion of ['2023-05-01', '2025-03-01'])
      answers.push(
        (
          await armFetch(
            emulator,
            'GET',
            `${extensionPath(
              cluster(RG, 'aks-gitops'),
            )}?api-version=${apiVersion}`,
          )
        ).body,
      );
    for (const apiVersion of ['2023-05-01', '2025-04-01'])
      answers.push(
        (
          await armFetch(
            emulator,
            'GET',
            `${fluxPath(
              cluster(RG, 'aks-payments-prod'),
            )}?api-version=${apiVersion}`,
          )
        ).body,
      );
    answers.push(
      emulator.admin.listResources(
        'Microsoft.KubernetesConfiguration/extensions',
      ),
    );
    expect(answers.length).toBeGreaterThan(10);
    expect(findSecrets(answers, SECRETS)).toEqual([]);
    expect(findSecrets(emulator.admin.requests(), SECRETS)).toEqual([]);
  });
});
