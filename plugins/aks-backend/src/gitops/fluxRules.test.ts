import { findingsOf } from '../health/findingRule';
import type { ReadFluxConfiguration } from './armFlux';
import { FLUX_RULES, FluxSubject } from './fluxRules';

const NOW = Date.parse('2026-12-01T12:00:00Z');
const TEN_MINUTES = 10 * 60 * 1000;

function subject(
  configuration: Partial<ReadFluxConfiguration>,
  nonCompliantWarningAfterMs = TEN_MINUTES,
): FluxSubject {
  return {
    configuration: {
      id: '/subscriptions/…/fluxConfigurations/payments-api',
      name: 'payments-api',
      url: 'git@github.com:acme/payments-api.git',
      kustomizations: [],
      complianceState: 'Non-Compliant',
      provisioningState: 'Succeeded',
      nonCompliantSince: '2026-12-01T10:00:00Z',
      errorMessage: 'unable to clone',
      ...configuration,
    },
    cluster: {
      subscriptionId: '6f1a2b3c-0000-4000-8000-000000000002',
      resourceGroup: 'rg-dev',
      name: 'aks-dev-free',
    },
    now: NOW,
    nonCompliantWarningAfterMs,
  };
}

describe('FluxNotCompliant', () => {
  it('finds a configuration not compliant for longer than the threshold', () => {
    expect(findingsOf(FLUX_RULES, subject({}))).toEqual([
      {
        code: 'FluxNotCompliant',
        severity: 'warning',
        title: 'Flux configuration not compliant',
        message:
          'Flux configuration payments-api on aks-dev-free has been Non-Compliant for 2 hours: ' +
          'the cluster does not run what the repository says (unable to clone)',
        remedy: expect.stringContaining(
          'az k8s-configuration flux show --resource-group rg-dev --cluster-name aks-dev-free --cluster-type managedClusters --name payments-api',
        ),
        docsUrl: expect.stringMatching(/^https:\/\/learn\.microsoft\.com\//),
      },
    ]);
  });

  it('judges a state Azure may add, and says it as Azure does', () => {
    const [finding] = findingsOf(
      FLUX_RULES,
      subject({ complianceState: 'Drifting', errorMessage: undefined }),
    );
    expect(finding.message).toBe(
      'Flux configuration payments-api on aks-dev-free has been Drifting for 2 hours: the cluster does not run what the repository says.',
    );
  });

  it('says minutes under two hours, and days past two', () => {
    const minutes = findingsOf(
      FLUX_RULES,
      subject({ nonCompliantSince: '2026-12-01T11:15:00Z' }),
    );
    expect(minutes[0].message).toContain('for 45 minutes');
    const days = findingsOf(
      FLUX_RULES,
      subject({ nonCompliantSince: '2026-11-28T12:00:00Z' }),
    );
    expect(days[0].message).toContain('for 3 days');
  });

  it.each([
    [
      'within the threshold',
      subject({ nonCompliantSince: '2026-12-01T11:55:00Z' }),
    ],
    [
      'at the threshold exactly',
      subject({ nonCompliantSince: '2026-12-01T11:50:00Z' }),
    ],
    ['under a longer threshold', subject({}, 3 * 60 * 60 * 1000)],
    ['when compliant', subject({ complianceState: 'Compliant' })],
    ['when suspended', subject({ complianceState: 'Suspended' })],
    ['while pending', subject({ complianceState: 'pending' })],
    [
      'when Azure does not tell since when',
      subject({ nonCompliantSince: undefined }),
    ],
    ['when the time is malformed', subject({ nonCompliantSince: 'yesterday' })],
  ])('finds nothing %s', (_, s) => {
    expect(findingsOf(FLUX_RULES, s)).toEqual([]);
  });
});
