import { computeHealth } from './health';
import type { HealthInput } from './healthInput';
import type {
  HealthStatus,
  HealthWarningCode,
  KubernetesVersionInfo,
} from './types';
import {
  CREDENTIAL_CASES,
  CREDENTIAL_NOT_APPLYING,
} from './__testUtils__/credentialRuleCases';
import {
  healthy,
  IMAGE,
  NotApplying,
  official,
  pool,
  RuleCase,
} from './__testUtils__/healthFixtures';
import {
  NETWORK_CASES,
  NETWORK_NOT_APPLYING,
} from './__testUtils__/networkRuleCases';
import { POOL_CASES, POOL_NOT_APPLYING } from './__testUtils__/poolRuleCases';

const ltsOnly: KubernetesVersionInfo = {
  ...official('1.30'),
  supportPlans: ['AKSLongTermSupport'],
};

// Typed by code, so a rule without a test does not compile.
const RULE_CASES: Record<HealthWarningCode, RuleCase[]> = {
  ...CREDENTIAL_CASES,
  ...POOL_CASES,
  ...NETWORK_CASES,
  ProvisioningFailed: [
    {
      name: 'with the error Azure reported',
      input: healthy({
        provisioningState: 'Failed',
        provisioningError: {
          code: 'QuotaExceeded',
          message: 'Not enough cores.',
        },
      }),
      severity: 'error',
      message:
        'The last operation on the cluster failed with QuotaExceeded: Not enough cores.',
    },
    {
      name: 'without error details',
      input: healthy({ provisioningState: 'Failed' }),
      severity: 'error',
      message: 'Azure reported no error details',
    },
  ],
  ClusterUpdating: [
    {
      name: 'while upgrading',
      input: healthy({ provisioningState: 'Upgrading' }),
      severity: 'info',
      message:
        'An operation is in progress on the cluster: Azure reports it as Upgrading.',
    },
    {
      name: 'in a state the spec does not list',
      input: healthy({ provisioningState: 'RotatingClusterCertificates' }),
      severity: 'info',
      message: 'Azure reports it as RotatingClusterCertificates.',
    },
  ],
  UpgradesUnknown: [
    {
      name: 'when the upgrade profile could not be read',
      input: healthy({
        upgrades: undefined,
        unknown: { upgrades: 'Azure Resource Manager is unavailable' },
      }),
      severity: 'info',
      message:
        "The cluster's upgrade options could not be read, so no upgrade is offered and the rules about upgrades are skipped: Azure Resource Manager is unavailable",
    },
  ],
  KubernetesVersionsUnknown: [
    {
      name: "when the region's versions could not be read",
      input: healthy({
        availableVersions: undefined,
        unknown: { kubernetesVersions: 'Not found in subscription x' },
      }),
      severity: 'info',
      message: 'whether its version is supported is unknown: Not found',
    },
  ],
  ClusterStopped: [
    {
      name: 'when powered off',
      input: healthy({ powerState: 'Stopped' }),
      severity: 'info',
      message: 'The cluster is stopped',
    },
  ],
  StateUnknown: [
    {
      name: 'without a power state',
      input: healthy({ powerState: undefined }),
      severity: 'warning',
      message: 'Azure reported no known power state for the cluster',
    },
    {
      name: 'with neither state',
      input: healthy({ provisioningState: undefined, powerState: 'Unknown' }),
      severity: 'warning',
      message: 'no known provisioning state or power state',
    },
    {
      name: 'with a pool of no known power state',
      input: healthy({
        nodePools: [pool(), pool({ name: 'gpu', powerState: 'Unknown' })],
      }),
      severity: 'warning',
      message: 'Azure reported no known state for node pool gpu.',
    },
    {
      name: 'with a pool without a provisioning state',
      input: healthy({
        nodePools: [pool({ provisioningState: undefined })],
      }),
      severity: 'warning',
      message: 'no known state for node pool system',
    },
  ],
  NodePoolFailed: [
    {
      name: 'per failed pool',
      input: healthy({
        nodePools: [pool({ name: 'gpu', provisioningState: 'Failed' })],
      }),
      severity: 'error',
      message: 'The last operation on node pool gpu failed.',
      nodePool: 'gpu',
    },
  ],
  NodePoolUpdating: [
    {
      name: 'while a pool scales',
      input: healthy({
        nodePools: [pool({ name: 'user1', provisioningState: 'Scaling' })],
      }),
      severity: 'info',
      message:
        'An operation is in progress on node pool user1: Azure reports it as Scaling.',
      nodePool: 'user1',
    },
    {
      name: 'during a node-image-only upgrade',
      input: healthy({
        nodePools: [
          pool({
            name: 'user1',
            provisioningState: 'UpgradingNodeImageVersion',
          }),
        ],
      }),
      severity: 'info',
      message: 'Azure reports it as UpgradingNodeImageVersion.',
      nodePool: 'user1',
    },
  ],
  NodePoolStopped: [
    {
      name: 'for a stopped pool in a running cluster',
      input: healthy({
        nodePools: [pool(), pool({ name: 'batch', powerState: 'Stopped' })],
      }),
      severity: 'info',
      message: 'Node pool batch is stopped.',
      nodePool: 'batch',
    },
  ],
  OutOfSupport: [
    {
      name: 'for a minor version the location no longer offers',
      input: healthy({ kubernetesVersion: '1.29.9' }),
      severity: 'error',
      message:
        'Kubernetes 1.29.9 is no longer offered in this location, so the cluster is out of support; upgrade to one of 1.32, 1.33, 1.34.',
    },
  ],
  LtsOnly: [
    {
      name: 'as a warning without the LTS plan',
      input: healthy({
        kubernetesVersion: '1.30.4',
        availableVersions: [ltsOnly],
      }),
      severity: 'warning',
      message:
        'Kubernetes 1.30.4 is supported only through AKS long-term support, which this cluster does not have',
    },
    {
      name: 'as a warning with the LTS plan outside Premium',
      input: healthy({
        kubernetesVersion: '1.30.4',
        availableVersions: [ltsOnly],
        supportPlan: 'AKSLongTermSupport',
      }),
      severity: 'warning',
      message: 'which this cluster does not have',
    },
    {
      name: 'as information on Premium with the LTS plan',
      input: healthy({
        kubernetesVersion: '1.30.4',
        availableVersions: [ltsOnly],
        supportPlan: 'AKSLongTermSupport',
        tier: 'Premium',
      }),
      severity: 'info',
      message:
        'Kubernetes 1.30.4 is supported only through AKS long-term support, which this cluster has.',
    },
  ],
  PreviewVersion: [
    {
      name: 'for a preview minor version',
      input: healthy({
        kubernetesVersion: '1.35.0',
        availableVersions: [
          official('1.34'),
          { ...official('1.35'), isPreview: true },
        ],
      }),
      severity: 'warning',
      message: 'Kubernetes 1.35.0 is a preview version',
    },
  ],
  UpgradeAvailable: [
    {
      name: 'naming the newest non-preview upgrade',
      input: healthy({
        upgrades: [
          { kubernetesVersion: '1.34.1', isPreview: false },
          { kubernetesVersion: '1.33.10', isPreview: false },
          { kubernetesVersion: '1.35.0', isPreview: true },
        ],
      }),
      severity: 'info',
      message:
        'Kubernetes 1.33.2 can be upgraded; the newest available version is 1.34.1.',
    },
  ],
  NodeImageDrift: [
    {
      name: 'as information when a little behind',
      input: healthy({
        nodePools: [
          pool({
            latestNodeImageVersion: 'AKSUbuntu-2204gen2containerd-202506.10.0',
          }),
        ],
      }),
      severity: 'info',
      message: `Node pool system runs node image ${IMAGE}; the latest is AKSUbuntu-2204gen2containerd-202506.10.0.`,
      nodePool: 'system',
    },
    {
      name: 'as a warning when more than 90 days behind',
      input: healthy({
        nodePools: [
          pool({
            latestNodeImageVersion: 'AKSUbuntu-2204gen2containerd-202509.01.0',
          }),
        ],
      }),
      severity: 'warning',
      message: 'Node pool system runs node image',
      nodePool: 'system',
    },
    {
      name: 'as information when the image dates cannot be read',
      input: healthy({
        nodePools: [
          pool({
            nodeImageVersion: 'custom-a',
            latestNodeImageVersion: 'custom-b',
          }),
        ],
      }),
      severity: 'info',
      message: 'runs node image custom-a; the latest is custom-b.',
      nodePool: 'system',
    },
  ],
  FreeTierNoSla: [
    {
      name: 'on the Free tier',
      input: healthy({ tier: 'Free' }),
      severity: 'info',
      message: 'The Free tier has no uptime SLA',
    },
  ],
  NoAutoUpgradeChannel: [
    {
      name: 'when the channel is none',
      input: healthy({ autoUpgradeChannel: 'none' }),
      severity: 'info',
      message: 'No auto-upgrade channel is set',
    },
    {
      name: 'when no channel is reported',
      input: healthy({ autoUpgradeChannel: undefined }),
      severity: 'info',
      message: 'No auto-upgrade channel is set',
    },
  ],
};

describe('computeHealth', () => {
  it('finds nothing wrong with a healthy cluster', () => {
    expect(computeHealth(healthy())).toEqual({
      status: 'healthy',
      warnings: [],
    });
  });

  describe.each(Object.entries(RULE_CASES))('rule %s', (code, cases) => {
    it.each(cases)(
      'matches $name',
      ({ input, severity, message, nodePool }) => {
        const matches = computeHealth(input).warnings.filter(
          w => w.code === code,
        );
        expect(matches).toHaveLength(1);
        expect(matches[0]).toEqual({
          code,
          severity,
          title: expect.stringMatching(/\w/),
          message: expect.stringContaining(message),
          remedy: expect.stringMatching(/\w/),
          docsUrl: expect.stringMatching(/^https:\/\/learn\.microsoft\.com\//),
          ...(nodePool ? { nodePool } : {}),
        });
      },
    );
  });

  describe('rules that do not apply', () => {
    it.each<NotApplying>([
      ...CREDENTIAL_NOT_APPLYING,
      ...POOL_NOT_APPLYING,
      ...NETWORK_NOT_APPLYING,
      [
        'OutOfSupport',
        'without the versions list',
        healthy({ kubernetesVersion: '1.20.1', availableVersions: undefined }),
      ],
      [
        'OutOfSupport',
        'with an empty versions list',
        healthy({ kubernetesVersion: '1.20.1', availableVersions: [] }),
      ],
      [
        'LtsOnly',
        'when the version is also offered officially',
        healthy({ supportPlan: 'AKSLongTermSupport' }),
      ],
      [
        'UpgradeAvailable',
        'when the only upgrades are previews',
        healthy({
          upgrades: [{ kubernetesVersion: '1.35.0', isPreview: true }],
        }),
      ],
      [
        'NodeImageDrift',
        'without a latest image',
        healthy({ nodePools: [pool({ latestNodeImageVersion: undefined })] }),
      ],
      [
        'NodePoolStopped',
        'for a stopped pool of a stopped cluster',
        healthy({
          powerState: 'Stopped',
          nodePools: [pool({ powerState: 'Stopped' })],
        }),
      ],
      [
        'ClusterUpdating',
        'for a cancelled operation',
        healthy({ provisioningState: 'Canceled' }),
      ],
    ])('no %s %s', (code, _, input) => {
      expect(computeHealth(input).warnings.map(w => w.code)).not.toContain(
        code,
      );
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
