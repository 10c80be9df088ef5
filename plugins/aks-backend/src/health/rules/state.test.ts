import { STATE_RULES } from './state';
import { describeRules, healthy, pool } from '../__testUtils__/healthFixtures';

describeRules(
  STATE_RULES,
  {
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
    ClusterStopped: [
      {
        name: 'when powered off',
        input: healthy({ powerState: 'Stopped' }),
        severity: 'info',
        message: 'The cluster is stopped',
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
  },
  [
    [
      'ClusterUpdating',
      'for a cancelled operation',
      healthy({ provisioningState: 'Canceled' }),
    ],
    [
      'NodePoolStopped',
      'for a stopped pool of a stopped cluster',
      healthy({
        powerState: 'Stopped',
        nodePools: [pool({ powerState: 'Stopped' })],
      }),
    ],
  ],
);
