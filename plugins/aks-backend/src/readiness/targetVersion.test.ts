import { UpgradeInfo } from '@aks-backstage/plugin-aks-common';
import { offeredVersions, resolveTargetVersion } from './targetVersion';

const upgrades: UpgradeInfo = {
  controlPlaneProfile: {
    kubernetesVersion: '1.34.3',
    upgrades: [
      { kubernetesVersion: '1.35.1', isPreview: false },
      { kubernetesVersion: '1.34.5', isPreview: false },
      { kubernetesVersion: '1.35.2', isPreview: false },
    ],
  },
  agentPoolProfiles: [
    {
      name: 'system',
      kubernetesVersion: '1.33.8',
      upgrades: [{ kubernetesVersion: '1.34.3', isPreview: false }],
    },
  ],
};

describe('resolveTargetVersion', () => {
  it('offers the upgrades of the control plane and the pools, and its own version', () => {
    expect(offeredVersions(upgrades)).toEqual([
      '1.34.3',
      '1.34.5',
      '1.35.1',
      '1.35.2',
    ]);
  });

  it.each([
    ['1.35.1', '1.35.1'],
    ['1.35', '1.35.2'],
    ['1.34.3', '1.34.3'],
  ])('reads %s as %s', (requested, resolved) => {
    expect(resolveTargetVersion(requested, upgrades, 'version')).toBe(resolved);
  });

  it.each(['1.36.0', '1.33.8', '1.36', '2.35.2'])(
    'refuses %s, naming the field and what is offered',
    requested => {
      expect(() =>
        resolveTargetVersion(requested, upgrades, 'kubernetesVersion'),
      ).toThrow(
        `Invalid kubernetesVersion "${requested}": the cluster's upgrade profile does not offer it; it offers 1.34.3, 1.34.5, 1.35.1, 1.35.2`,
      );
    },
  );

  it('says so when the upgrade options could not be read', () => {
    expect(() =>
      resolveTargetVersion(
        '1.35.2',
        { ...upgrades, unknown: 'Azure Resource Manager is unavailable' },
        'version',
      ),
    ).toThrow(
      expect.objectContaining({
        name: 'ServiceUnavailableError',
        message: expect.stringContaining('is unavailable'),
      }),
    );
  });
});
