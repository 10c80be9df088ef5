import type { FluxConfiguration as ArmFluxConfiguration } from '@azure/arm-kubernetesconfiguration';
import {
  hasFluxExtension,
  isNotCompliant,
  isoTime,
  toFluxConfiguration,
} from './armFlux';

const ID =
  '/subscriptions/6f1a2b3c-0000-4000-8000-000000000002/resourceGroups/rg-dev/providers/Microsoft.ContainerService/managedClusters/aks-dev-free/providers/Microsoft.KubernetesConfiguration/fluxConfigurations/payments-api';

/** A configuration whose clone fails, as the SDK hands it over. */
function failing(
  overrides: Record<string, unknown> = {},
): ArmFluxConfiguration {
  return {
    id: ID,
    name: 'payments-api',
    scope: 'cluster',
    namespace: 'payments-api',
    sourceKind: 'GitRepository',
    gitRepository: {
      url: 'git@github.com:acme/payments-api.git',
      syncIntervalInSeconds: 300,
      repositoryRef: { branch: 'main' },
    },
    kustomizations: {
      apps: { name: 'apps', path: './deploy/dev' } as any,
      infra: null,
    },
    complianceState: 'Non-Compliant',
    provisioningState: 'Succeeded',
    sourceSyncedCommitId: 'main@sha1:0c5d1e7',
    sourceUpdatedAt: new Date('2026-12-01T08:00:00Z'),
    statusUpdatedAt: new Date('2026-12-01T11:55:00Z'),
    statuses: [
      {
        name: 'payments-api',
        kind: 'GitRepository',
        complianceState: 'Non-Compliant',
        statusConditions: [
          {
            type: 'Ready',
            status: 'False',
            reason: 'GitOperationFailed',
            message:
              "failed to checkout and determine revision: unable to clone 'ssh://git@github.com/acme/payments-api'",
            lastTransitionTime: new Date('2026-12-01T10:00:00Z'),
          },
        ],
      },
      {
        name: 'payments-api-apps',
        kind: 'Kustomization',
        complianceState: 'Non-Compliant',
        statusConditions: [
          {
            type: 'Ready',
            status: 'False',
            message: 'dependency not ready',
            lastTransitionTime: new Date('2026-12-01T10:05:00Z'),
          },
        ],
      },
    ],
    ...overrides,
  } as ArmFluxConfiguration;
}

describe('toFluxConfiguration', () => {
  it('maps a failing configuration, since its longest failing condition', () => {
    expect(toFluxConfiguration(failing())).toEqual({
      id: ID,
      name: 'payments-api',
      namespace: 'payments-api',
      scope: 'cluster',
      url: 'git@github.com:acme/payments-api.git',
      repositoryKey: 'github.com/acme/payments-api',
      branch: 'main',
      kustomizations: [
        { name: 'apps', path: './deploy/dev' },
        { name: 'infra', path: undefined },
      ],
      syncIntervalInSeconds: 300,
      complianceState: 'Non-Compliant',
      provisioningState: 'Succeeded',
      lastAppliedRevision: 'main@sha1:0c5d1e7',
      lastAppliedAt: '2026-12-01T08:00:00.000Z',
      statusUpdatedAt: '2026-12-01T11:55:00.000Z',
      nonCompliantSince: '2026-12-01T10:00:00.000Z',
      errorMessage: expect.stringContaining('unable to clone'),
    });
  });

  it('says nothing of failure for a compliant configuration', () => {
    const read = toFluxConfiguration(
      failing({ complianceState: 'Compliant', statuses: [] }),
    );
    expect(read?.nonCompliantSince).toBeUndefined();
    expect(read?.errorMessage).toBeUndefined();
  });

  it('falls back to statusUpdatedAt and errorMessage without a Ready=False condition', () => {
    const read = toFluxConfiguration(
      failing({ statuses: null, errorMessage: 'Source not found' }),
    );
    expect(read).toMatchObject({
      nonCompliantSince: '2026-12-01T11:55:00.000Z',
      errorMessage: 'Source not found',
    });
  });

  it('reads conditions that are null, timeless or cased otherwise', () => {
    const read = toFluxConfiguration(
      failing({
        statuses: [
          null,
          { statusConditions: null },
          {
            statusConditions: [
              null,
              { type: 'ready', status: 'false', message: 'no time' },
              { type: 'Ready', status: 'True', message: 'fine' },
            ],
          },
        ],
      }),
    );
    expect(read).toMatchObject({
      nonCompliantSince: '2026-12-01T11:55:00.000Z',
      errorMessage: 'no time',
    });
  });

  it('survives a configuration whose properties were null', () => {
    expect(
      toFluxConfiguration({
        id: ID,
        name: 'payments-api',
        gitRepository: { url: 'https://github.com/acme/payments-api' },
        kustomizations: null,
        statuses: null,
        complianceState: null,
        provisioningState: null,
        sourceUpdatedAt: new Date('garbage'),
        statusUpdatedAt: null,
      } as any),
    ).toEqual({
      id: ID,
      name: 'payments-api',
      url: 'https://github.com/acme/payments-api',
      repositoryKey: 'github.com/acme/payments-api',
      kustomizations: [],
      complianceState: 'Unknown',
      provisioningState: '',
    });
  });

  it('passes an unknown compliance state through, and judges it', () => {
    const read = toFluxConfiguration(failing({ complianceState: 'Drifting' }));
    expect(read?.complianceState).toBe('Drifting');
    expect(read?.nonCompliantSince).toBe('2026-12-01T10:00:00.000Z');
  });

  it('gives the error of a failed creation even while compliance is pending', () => {
    const read = toFluxConfiguration(
      failing({
        complianceState: 'Pending',
        provisioningState: 'Failed',
        errorMessage: 'Extension not installed',
      }),
    );
    expect(read?.errorMessage).toBe('Extension not installed');
    expect(read?.nonCompliantSince).toBeUndefined();
  });

  it('leaves the password of a URL out of the URL and messages', () => {
    const read = toFluxConfiguration(
      failing({
        gitRepository: {
          url: 'https://bot:ghp_secret@github.com/acme/payments-api',
        },
        statuses: [
          {
            statusConditions: [
              {
                type: 'Ready',
                status: 'False',
                message:
                  "unable to clone 'https://bot:ghp_secret@github.com/acme/payments-api': 401",
              },
            ],
          },
        ],
      }),
    );
    expect(JSON.stringify(read)).not.toContain('ghp_secret');
    expect(read?.url).toBe('https://bot@github.com/acme/payments-api');
    expect(read?.repositoryKey).toBe('github.com/acme/payments-api');
  });

  it.each([
    [
      'a bucket source',
      { gitRepository: undefined, bucket: { url: 'https://s3' } },
    ],
    ['a Git source without a URL', { gitRepository: { url: null } }],
    ['a null Git source', { gitRepository: null }],
  ])('skips %s', (_, overrides) => {
    expect(toFluxConfiguration(failing(overrides))).toBeUndefined();
  });

  it('drops a sync interval that is not a whole number', () => {
    expect(
      toFluxConfiguration(
        failing({
          gitRepository: {
            url: 'https://github.com/a/b',
            syncIntervalInSeconds: 1.5,
          },
        }),
      )?.syncIntervalInSeconds,
    ).toBeUndefined();
  });
});

describe('isNotCompliant', () => {
  it.each(['Compliant', 'compliant', 'Suspended', 'Pending'])(
    'does not judge %s',
    state => expect(isNotCompliant(state)).toBe(false),
  );
  it.each(['Non-Compliant', 'Noncompliant', 'Unknown', 'Failed', 'Drifting'])(
    'judges %s',
    state => expect(isNotCompliant(state)).toBe(true),
  );
});

describe('hasFluxExtension', () => {
  it('finds the Flux extension by type, in any case, whatever its name', () => {
    expect(
      hasFluxExtension([
        { name: 'dapr', extensionType: 'Microsoft.Dapr' },
        { name: 'gitops', extensionType: 'Microsoft.Flux' },
      ]),
    ).toBe(true);
  });
  it('finds none among other or malformed extensions', () => {
    expect(
      hasFluxExtension([
        null as any,
        { name: 'flux' },
        { extensionType: 42 as any },
        { extensionType: 'microsoft.dapr' },
      ]),
    ).toBe(false);
  });
});

describe('isoTime', () => {
  it.each([
    [new Date('2026-12-01T10:00:00Z'), '2026-12-01T10:00:00.000Z'],
    ['2026-12-01T10:00:00+01:00', '2026-12-01T09:00:00.000Z'],
    [new Date('garbage'), undefined],
    ['garbage', undefined],
    [null, undefined],
    [42, undefined],
  ])('reads %p as %p', (value, expected) => {
    expect(isoTime(value)).toBe(expected);
  });
});
