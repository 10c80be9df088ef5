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
  FLUX_EXTENSION,
  gitConfiguration,
  kubernetesConfigurationClient,
  sdkError as restError,
} from './__testUtils__/kubernetesConfiguration';

const RG = 'rg-payments-prod';
const REPO = 'https://github.com/acme/storefront';
const HTTPS_KEY = 'flux-https-token-93ab';

describe("Flux compliance on the emulator's clock, through @azure/arm-kubernetesconfiguration", () => {
  let emulator: ArmEmulator;
  let kc: SourceControlConfigurationClient;
  /** Every configuration the emulator answered, scanned for the HTTPS key at the end. */
  const answers: unknown[] = [];
  const keep = <T>(value: T) => {
    answers.push(value);
    return value;
  };
  const minutes = (advanceMinutes: number) =>
    emulator.admin.advanceClock({ advanceMinutes });

  beforeAll(async () => {
    emulator = await startArmEmulator({ lroDurationMs: 30 });
    kc = kubernetesConfigurationClient(
      emulator,
      DEMO_IDS.productionSubscriptionId,
    );
    cloneResource(emulator, cluster(RG, 'aks-payments-prod'), 'aks-gitops');
  });
  afterAll(() => emulator.stop());

  describe('a Flux configuration over time', () => {
    const sync = (state: any) => ({
      complianceState: state.complianceState,
      commit: state.sourceSyncedCommitId,
      objects: (state.statuses ?? []).map((s: any) => [
        s.kind,
        s.name,
        s.complianceState,
        s.statusConditions?.[0]?.status,
      ]),
    });
    const get = async () =>
      keep(
        await kc.fluxConfigurations.get(RG, ...AKS, 'aks-gitops', 'storefront'),
      );

    beforeAll(async () => {
      await kc.extensions.beginCreateAndWait(
        RG,
        ...AKS,
        'aks-gitops',
        'flux',
        FLUX_EXTENSION,
        FAST_POLL,
      );
    });

    it('is Pending until its first sync interval, then Compliant at a commit of its branch', async () => {
      const created = keep(
        await kc.fluxConfigurations.beginCreateOrUpdateAndWait(
          RG,
          ...AKS,
          'aks-gitops',
          'storefront',
          gitConfiguration(REPO, {
            gitRepository: {
              url: REPO,
              repositoryRef: { branch: 'main' },
              syncIntervalInSeconds: 120,
              httpsUser: 'flux',
            },
            configurationProtectedSettings: { httpsKey: HTTPS_KEY },
          }),
          FAST_POLL,
        ),
      );
      expect(created).toMatchObject({
        provisioningState: 'Succeeded',
        complianceState: 'Pending',
        gitRepository: {
          url: REPO,
          syncIntervalInSeconds: 120,
          httpsUser: 'flux',
        },
        kustomizations: {
          apps: { name: 'apps', path: './deploy', prune: true, wait: true },
        },
      });
      expect(created.configurationProtectedSettings).toBeUndefined();
      minutes(1);
      expect((await get()).complianceState).toBe('Pending');
      minutes(1.5);
      const synced = await get();
      expect(sync(synced)).toEqual({
        complianceState: 'Compliant',
        commit: expect.stringMatching(/^main@sha1:[0-9a-f]{40}$/),
        objects: [
          ['GitRepository', 'storefront', 'Compliant', 'True'],
          ['Kustomization', 'storefront-apps', 'Compliant', 'True'],
        ],
      });
      expect(synced.sourceUpdatedAt).toEqual(synced.statusUpdatedAt);
      expect(synced.statuses![0]!.statusConditions![0].message).toBe(
        `stored artifact for revision '${synced.sourceSyncedCommitId}'`,
      );
      // Another read, a while later, names the same commit.
      minutes(5);
      expect((await get()).sourceSyncedCommitId).toBe(
        synced.sourceSyncedCommitId,
      );
    });

    it('turns Non-Compliant at the next reconciliation once its repository is unreachable, and back', async () => {
      const before = await get();
      emulator.admin.markGitRepositoryUnreachable(`${REPO}/`);
      expect(emulator.admin.unreachableGitRepositories()).toContain(`${REPO}/`);
      expect((await get()).complianceState).toBe('Compliant');
      minutes(2);
      const failing = await get();
      expect(sync(failing)).toEqual({
        complianceState: 'Non-Compliant',
        commit: before.sourceSyncedCommitId,
        objects: [
          ['GitRepository', 'storefront', 'Non-Compliant', 'False'],
          ['Kustomization', 'storefront-apps', 'Compliant', 'True'],
        ],
      });
      const condition = failing.statuses![0]!.statusConditions![0];
      expect(condition).toMatchObject({
        type: 'Ready',
        reason: 'GitOperationFailed',
        message: expect.stringMatching(
          /^failed to checkout and determine revision: unable to clone 'https:\/\/github\.com\/acme\/storefront': /,
        ),
      });
      expect(failing.errorMessage).toBe(condition.message);
      const seconds = (time?: Date) =>
        Math.floor(new Date(time!).getTime() / 1000);
      expect(seconds(condition.lastTransitionTime)).toBe(
        seconds(failing.statusUpdatedAt),
      );
      minutes(4);
      const still = await get();
      expect(
        still.statuses![0]!.statusConditions![0].lastTransitionTime,
      ).toEqual(condition.lastTransitionTime);

      const cleared = await armFetch(
        emulator,
        'DELETE',
        `/_emulator/gitops/unreachable?url=${encodeURIComponent(REPO)}`,
      );
      expect(cleared.status).toBe(204);
      minutes(2);
      expect(sync(await get()).complianceState).toBe('Compliant');
    });

    it('marks a repository unreachable over the admin HTTP API too', async () => {
      const url = 'git@github.com:acme/other.git';
      const marked = await armFetch(
        emulator,
        'POST',
        '/_emulator/gitops/unreachable',
        { body: { url } },
      );
      expect(marked.status).toBe(204);
      const listed = await armFetch(
        emulator,
        'GET',
        '/_emulator/gitops/unreachable',
      );
      expect(listed.body.value).toEqual(
        expect.arrayContaining([url, 'git@github.com:acme/payments-api.git']),
      );
      const missing = await armFetch(
        emulator,
        'POST',
        '/_emulator/gitops/unreachable',
        { body: {} },
      );
      expect(missing.status).toBe(400);
      expect(
        (
          await armFetch(
            emulator,
            'DELETE',
            `/_emulator/gitops/unreachable?url=${encodeURIComponent(url)}`,
          )
        ).status,
      ).toBe(204);
      expect(
        (
          await armFetch(
            emulator,
            'DELETE',
            `/_emulator/gitops/unreachable?url=${encodeURIComponent(url)}`,
          )
        ).status,
      ).toBe(404);
    });

    it('updates, lists and deletes it; an update is Pending again', async () => {
      const updated = keep(
        await kc.fluxConfigurations.beginUpdateAndWait(
          RG,
          ...AKS,
          'aks-gitops',
          'storefront',
          {
            kustomizations: {
              apps: { path: './deploy/production' },
              infra: { path: './infrastructure' },
            },
          },
          FAST_POLL,
        ),
      );
      expect(updated).toMatchObject({
        provisioningState: 'Succeeded',
        complianceState: 'Pending',
        kustomizations: {
          apps: { path: './deploy/production', prune: true },
          infra: { name: 'infra', path: './infrastructure', prune: false },
        },
      });
      expect(
        emulator.admin
          .requests({ operation: 'FluxConfigurations_Update' })
          .map(r => r.status),
      ).toEqual([202]);
      minutes(2);
      expect(sync(await get()).objects).toHaveLength(3);
      const names = [];
      for await (const c of kc.fluxConfigurations.list(
        RG,
        ...AKS,
        'aks-gitops',
      ))
        names.push(keep(c).name);
      expect(names).toEqual(['storefront']);

      expect(
        await restError(
          kc.extensions.beginDeleteAndWait(
            RG,
            ...AKS,
            'aks-gitops',
            'flux',
            FAST_POLL,
          ),
        ),
      ).toMatchObject({ statusCode: 400, code: 'FluxConfigurationsExist' });
      await kc.fluxConfigurations.beginDeleteAndWait(
        RG,
        ...AKS,
        'aks-gitops',
        'storefront',
        FAST_POLL,
      );
      expect(await restError(get())).toMatchObject({
        statusCode: 404,
        code: 'ResourceNotFound',
      });
    });
  });

  it('reads the demo GitOps: Compliant in production, Non-Compliant for two hours in development', async () => {
    const dev = kubernetesConfigurationClient(
      emulator,
      DEMO_IDS.developmentSubscriptionId,
    );
    expect(
      await kc.extensions.get(RG, ...AKS, 'aks-payments-prod', 'flux'),
    ).toMatchObject({
      extensionType: 'microsoft.flux',
      provisioningState: 'Succeeded',
    });
    const prod = await kc.fluxConfigurations.get(
      RG,
      ...AKS,
      'aks-payments-prod',
      'payments-api',
    );
    expect(prod).toMatchObject({
      complianceState: 'Compliant',
      gitRepository: {
        url: 'https://github.com/acme/payments-api',
        repositoryRef: { branch: 'main' },
      },
      kustomizations: { apps: { path: './deploy/production' } },
    });
    const failing = await dev.fluxConfigurations.get(
      'rg-dev',
      ...AKS,
      'aks-dev-free',
      'payments-api',
    );
    expect(failing).toMatchObject({
      complianceState: 'Non-Compliant',
      gitRepository: {
        url: 'git@github.com:acme/payments-api.git',
        repositoryRef: { branch: 'develop' },
      },
      kustomizations: { apps: { path: './deploy/dev' } },
      sourceSyncedCommitId: expect.stringMatching(
        /^develop@sha1:[0-9a-f]{40}$/,
      ),
      errorMessage: expect.stringContaining(
        "unable to clone 'git@github.com:acme/payments-api.git'",
      ),
    });
    const turned = new Date(
      failing.statuses![0]!.statusConditions![0].lastTransitionTime!,
    ).getTime();
    const now = Date.parse(emulator.admin.clock().now);
    expect((now - turned) / 3_600_000).toBeGreaterThanOrEqual(2);
    expect(
      await dev.extensions.get('rg-dev', ...AKS, 'aks-dev-free', 'flux'),
    ).toMatchObject({
      extensionType: 'microsoft.flux',
    });
    const platform = await kc.fluxConfigurations.get(
      'rg-platform-prod',
      ...AKS,
      'aks-platform-lts',
      'platform-gitops',
    );
    expect(platform.gitRepository?.url).toBe(
      'https://github.com/acme/platform-gitops',
    );
  });

  it('never answered the HTTPS key of the configuration it followed', () => {
    expect(answers.length).toBeGreaterThan(5);
    expect(findSecrets(answers, [HTTPS_KEY])).toEqual([]);
    expect(findSecrets(emulator.admin.requests(), [HTTPS_KEY])).toEqual([]);
  });
});
