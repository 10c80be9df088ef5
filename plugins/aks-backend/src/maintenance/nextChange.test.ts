import type {
  ClusterResponse,
  KubernetesVersionInfo,
  MaintenanceWindowInfo,
} from '@aks-backstage/plugin-aks-common';
import { nextChange } from './nextChange';

const IMAGE = 'AKSUbuntu-2204gen2containerd-202505.01.0';
const NEWER_IMAGE = 'AKSUbuntu-2204gen2containerd-202506.02.0';

function cluster(overrides: Partial<ClusterResponse> = {}): ClusterResponse {
  return {
    currentKubernetesVersion: '1.34.2',
    autoUpgradeChannel: 'patch',
    nodeOSUpgradeChannel: 'NodeImage',
    nodePools: [
      {
        name: 'system',
        nodeImageVersion: IMAGE,
        latestNodeImageVersion: IMAGE,
      },
    ],
    upgrades: {
      controlPlaneProfile: {
        kubernetesVersion: '1.34.2',
        upgrades: [
          { kubernetesVersion: '1.34.4', isPreview: false },
          { kubernetesVersion: '1.34.3', isPreview: false },
          { kubernetesVersion: '1.35.2', isPreview: false },
          { kubernetesVersion: '1.36.0', isPreview: true },
        ],
      },
      agentPoolProfiles: [],
    },
    ...overrides,
  } as ClusterResponse;
}

const minor = (version: string, isPreview = false) =>
  ({
    version,
    isPreview,
    supportPlans: [],
    patchVersions: [],
  } as KubernetesVersionInfo);
const VERSIONS = [
  minor('1.33'),
  minor('1.34'),
  minor('1.35'),
  minor('1.36', true),
];

const window = (
  kind: MaintenanceWindowInfo['kind'],
  start: string,
): MaintenanceWindowInfo => ({
  name:
    kind === 'autoUpgrade'
      ? 'aksManagedAutoUpgradeSchedule'
      : 'aksManagedNodeOSUpgradeSchedule',
  kind,
  summary: '',
  next: [{ start, end: start }],
});

describe('nextChange', () => {
  it('takes the patch channel to the newest patch of its minor, in its window', () => {
    expect(
      nextChange(
        cluster(),
        [window('autoUpgrade', '2026-06-07T01:00:00Z')],
        VERSIONS,
      ),
    ).toEqual({
      kind: 'kubernetesUpgrade',
      summary: 'Kubernetes 1.34.2 → 1.34.4 (patch channel)',
      fromVersion: '1.34.2',
      toVersion: '1.34.4',
      channel: 'patch',
      window: 'aksManagedAutoUpgradeSchedule',
      start: '2026-06-07T01:00:00Z',
    });
  });

  it('takes stable to minor N-1 and rapid to the newest, never a preview', () => {
    const target = (channel: string, versions = VERSIONS) =>
      nextChange(cluster({ autoUpgradeChannel: channel }), [], versions)
        ?.toVersion;
    // N is 1.35 (1.36 is a preview): stable goes to 1.34's newest patch.
    expect(target('stable')).toBe('1.34.4');
    expect(target('stable', [...VERSIONS, minor('1.36')])).toBe('1.35.2');
    expect(target('rapid')).toBe('1.35.2');
    expect(target('none')).toBeUndefined();
  });

  it('puts a change without a window first: it can come at any time', () => {
    const change = nextChange(
      cluster({
        nodePools: [
          {
            name: 'system',
            nodeImageVersion: IMAGE,
            latestNodeImageVersion: NEWER_IMAGE,
          },
        ] as ClusterResponse['nodePools'],
      }),
      [window('autoUpgrade', '2026-06-07T01:00:00Z')],
      VERSIONS,
    );
    expect(change).toEqual({
      kind: 'nodeImageUpdate',
      summary: 'Node image update of system (NodeImage channel)',
      fromVersion: IMAGE,
      toVersion: NEWER_IMAGE,
      channel: 'NodeImage',
    });
  });

  it('is nothing when no channel has work pending', () => {
    expect(
      nextChange(
        cluster({
          autoUpgradeChannel: 'patch',
          currentKubernetesVersion: '1.34.4',
        }),
        [],
        VERSIONS,
      ),
    ).toBeUndefined();
  });
});
