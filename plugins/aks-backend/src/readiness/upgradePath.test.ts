import { planUpgradePath } from './upgradePath';

const offered = ['1.34.2', '1.34.5', '1.35.2'];

describe('planUpgradePath', () => {
  it('upgrades the control plane first, then each pool behind the target', () => {
    const { path, findings } = planUpgradePath({
      controlPlane: '1.34.5',
      pools: [
        { name: 'system', version: '1.34.5' },
        { name: 'user', version: '1.34.2' },
      ],
      target: '1.35.2',
      offered,
    });
    expect(path).toEqual([
      { kind: 'controlPlane', from: '1.34.5', to: '1.35.2' },
      { kind: 'nodePool', name: 'system', from: '1.34.5', to: '1.35.2' },
      { kind: 'nodePool', name: 'user', from: '1.34.2', to: '1.35.2' },
    ]);
    expect(findings).toEqual([]);
  });

  it('blocks a control plane upgrade that skips a minor version, naming the newest patch to go through', () => {
    const { path, findings } = planUpgradePath({
      controlPlane: '1.33.8',
      pools: [{ name: 'system', version: '1.33.8' }],
      target: '1.35.2',
      offered,
    });
    expect(path[0]).toEqual({
      kind: 'controlPlane',
      from: '1.33.8',
      to: '1.35.2',
    });
    expect(findings).toEqual([
      expect.objectContaining({
        code: 'MinorVersionSkipped',
        severity: 'blocking',
        remedy: 'Upgrade to 1.34.5 first, then to 1.35.2.',
      }),
      expect.objectContaining({
        code: 'NodePoolSkipsMinorVersion',
        nodePool: 'system',
        remedy:
          'Upgrade node pool system to 1.34.5 first (its own upgrade), then upgrade to 1.35.2.',
      }),
    ]);
  });

  it('names the minor version to go through when the profile offers no patch of it', () => {
    const { findings } = planUpgradePath({
      controlPlane: '1.32.9',
      pools: [],
      target: '1.35.2',
      offered: ['1.35.2'],
    });
    expect(findings[0].remedy).toMatch(
      /^Upgrade to 1\.33 first, then to 1\.35\.2\. Where 1\.33 is no longer offered, review/,
    );
    expect(findings[0].message).toContain('AKS offers no 1.33 to this cluster');
    expect(findings[0].message).toContain('3 minor versions ahead');
  });

  it('lets a pool catch up once the control plane is at the target, one minor version at a time', () => {
    const { path, findings } = planUpgradePath({
      controlPlane: '1.35.2',
      pools: [
        { name: 'near', version: '1.34.5' },
        { name: 'far', version: '1.33.8' },
      ],
      target: '1.35.2',
      offered: [],
    });
    expect(path).toEqual([
      { kind: 'nodePool', name: 'near', from: '1.34.5', to: '1.35.2' },
      { kind: 'nodePool', name: 'far', from: '1.33.8', to: '1.35.2' },
    ]);
    expect(findings).toEqual([
      expect.objectContaining({
        code: 'NodePoolSkipsMinorVersion',
        severity: 'blocking',
        nodePool: 'far',
        remedy:
          'Upgrade node pool far to 1.34 first (its own upgrade), then upgrade to 1.35.2.',
      }),
    ]);
  });

  it('blocks when a pool would fall more than three minors behind the new control plane', () => {
    const { findings } = planUpgradePath({
      controlPlane: '1.34.5',
      pools: [
        { name: 'old', version: '1.31.4' },
        { name: 'ok', version: '1.32.9' },
      ],
      target: '1.35.2',
      offered,
    });
    expect(findings.filter(f => f.code === 'NodePoolTooFarBehind')).toEqual([
      expect.objectContaining({
        severity: 'blocking',
        nodePool: 'old',
        remedy: 'Upgrade node pool old to 1.32 or later first.',
      }),
    ]);
  });

  it('keeps the pools where they are for a control-plane-only upgrade, still checking their skew', () => {
    const { path, findings } = planUpgradePath({
      controlPlane: '1.34.5',
      pools: [
        { name: 'system', version: '1.34.5' },
        { name: 'old', version: '1.31.4' },
      ],
      target: '1.35.2',
      offered,
      controlPlaneOnly: true,
    });
    expect(path).toEqual([
      { kind: 'controlPlane', from: '1.34.5', to: '1.35.2' },
    ]);
    expect(findings.map(f => f.code)).toEqual(['NodePoolTooFarBehind']);
  });

  it('blocks a target older than a pool, which cannot be downgraded', () => {
    const { path, findings } = planUpgradePath({
      controlPlane: '1.34.5',
      pools: [
        { name: 'system', version: '1.34.5' },
        { name: 'user', version: '1.33.5' },
      ],
      target: '1.34.2',
      offered: [],
    });
    expect(path).toEqual([
      { kind: 'nodePool', name: 'user', from: '1.33.5', to: '1.34.2' },
    ]);
    expect(findings).toEqual([
      expect.objectContaining({
        code: 'NodePoolAheadOfTarget',
        nodePool: 'system',
      }),
    ]);
  });

  it('reads a major.minor target and versions it cannot compare without inventing findings', () => {
    const { path, findings } = planUpgradePath({
      controlPlane: '1.34.5',
      pools: [{ name: 'system', version: 'weird' }],
      target: '1.35',
      offered,
    });
    expect(path[0]).toEqual({
      kind: 'controlPlane',
      from: '1.34.5',
      to: '1.35',
    });
    expect(findings).toEqual([]);
  });
});
