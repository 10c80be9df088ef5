import { computeHealth } from './computeHealth';
import type { HealthInput } from './healthInput';
import { HEALTH_RULES } from './rules';
import type { HealthStatus } from '@aks-backstage/plugin-aks-common';
import { healthy, pool } from './__testUtils__/healthFixtures';
import { spec } from '../schema/openapi';
import { FLUX_RULES } from '../gitops/fluxRules';
import { IDENTITY_RULES } from '../workloadIdentity/identityRules';

describe('computeHealth', () => {
  it('has one rule for every code of the API, each in a table of its concern', () => {
    // Flux configurations and federated credentials have tables of their own.
    const tables = [HEALTH_RULES, FLUX_RULES, IDENTITY_RULES];
    expect(tables.flatMap(rules => rules.map(r => r.code)).sort()).toEqual(
      [...spec.components.schemas.HealthWarningCode.enum].sort(),
    );
  });

  it('finds nothing wrong with a healthy cluster', () => {
    expect(computeHealth(healthy())).toEqual({
      status: 'healthy',
      warnings: [],
    });
  });

  describe('status precedence', () => {
    const failedPool = pool({ name: 'p2', provisioningState: 'Failed' });
    it.each<[HealthStatus, string, HealthInput]>([
      [
        'unhealthy',
        'a failed cluster, over an updating pool',
        healthy({
          provisioningState: 'Failed',
          nodePools: [pool({ provisioningState: 'Upgrading' })],
        }),
      ],
      [
        'unhealthy',
        'a failed cluster, over stopped',
        healthy({ provisioningState: 'Failed', powerState: 'Stopped' }),
      ],
      [
        'updating',
        'a stop in progress, over stopped',
        healthy({ provisioningState: 'Stopping', powerState: 'Stopped' }),
      ],
      [
        'updating',
        'an updating pool, over a failed pool',
        healthy({
          nodePools: [pool({ provisioningState: 'Scaling' }), failedPool],
        }),
      ],
      [
        'updating',
        'a node-image-only upgrade of a pool',
        healthy({
          nodePools: [pool({ provisioningState: 'UpgradingNodeImageVersion' })],
        }),
      ],
      [
        'unknown',
        'a running cluster with a pool in a power state not known',
        healthy({ nodePools: [pool({ powerState: 'Unknown' })] }),
      ],
      [
        'stopped',
        'a stopped cluster, over unknown',
        healthy({ provisioningState: undefined, powerState: 'Stopped' }),
      ],
      [
        'stopped',
        'a stopped cluster, over error findings',
        healthy({ powerState: 'Stopped', kubernetesVersion: '1.20.1' }),
      ],
      [
        'unknown',
        'a missing power state, over error findings',
        healthy({ powerState: undefined, kubernetesVersion: '1.20.1' }),
      ],
      [
        'unhealthy',
        'an error finding',
        healthy({ nodePools: [pool(), failedPool] }),
      ],
      [
        'unhealthy',
        'an error finding over warnings',
        healthy({ networkPlugin: 'kubenet', kubernetesVersion: '1.20.1' }),
      ],
      [
        'degraded',
        'a warning finding',
        healthy({ networkPlugin: 'kubenet', tier: 'Free' }),
      ],
      [
        'healthy',
        'information only',
        healthy({ tier: 'Free', autoUpgradeChannel: 'none' }),
      ],
    ])('is %s for %s', (status, _, input) => {
      expect(computeHealth(input).status).toBe(status);
    });
  });

  it('orders warnings by severity, keeping table order within one', () => {
    const { warnings } = computeHealth(
      healthy({
        tier: 'Free',
        networkPlugin: 'kubenet',
        autoUpgradeChannel: 'none',
        nodePools: [
          pool({ name: 'a', count: 5 }),
          pool({ name: 'b', provisioningState: 'Failed' }),
        ],
      }),
    );
    expect(warnings.map(w => [w.code, w.severity])).toEqual([
      ['NodePoolFailed', 'error'],
      ['AutoscalerAtMax', 'warning'],
      ['KubenetRetiring', 'warning'],
      ['KubenetDnsTimeouts', 'warning'],
      ['FreeTierNoSla', 'info'],
      ['NoAutoUpgradeChannel', 'info'],
    ]);
  });
});
