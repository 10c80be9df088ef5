import { UPGRADE_RULES } from './upgrades';
import {
  describeRules,
  healthy,
  IMAGE,
  pool,
} from '../__testUtils__/healthFixtures';

describeRules(
  UPGRADE_RULES,
  {
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
    NodeImageDrift: [
      {
        name: 'as information when a little behind',
        input: healthy({
          nodePools: [
            pool({
              latestNodeImageVersion:
                'AKSUbuntu-2204gen2containerd-202506.10.0',
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
              latestNodeImageVersion:
                'AKSUbuntu-2204gen2containerd-202509.01.0',
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
  },
  [
    [
      'NodeImageDrift',
      'without a latest image',
      healthy({ nodePools: [pool({ latestNodeImageVersion: undefined })] }),
    ],
    [
      'UpgradeAvailable',
      'when the only upgrades are previews',
      healthy({
        upgrades: [{ kubernetesVersion: '1.35.0', isPreview: true }],
      }),
    ],
  ],
);
