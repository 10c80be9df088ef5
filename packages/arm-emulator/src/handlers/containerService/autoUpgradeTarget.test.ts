import { autoUpgradeTarget } from './autoUpgrade';

describe('the version an auto-upgrade channel moves to', () => {
  it.each([
    ['patch', '1.34.2', 'KubernetesOfficial', '1.34.5'],
    ['patch', '1.35.2', 'KubernetesOfficial', undefined],
    ['patch', '1.32.9', 'AKSLongTermSupport', '1.32.11'],
    ['stable', '1.34.2', 'KubernetesOfficial', '1.35.2'],
    ['rapid', '1.33.5', 'KubernetesOfficial', '1.34.5'],
    ['rapid', '1.35.0', 'KubernetesOfficial', '1.35.2'],
    ['stable', '1.35.2', 'KubernetesOfficial', undefined],
    ['stable', '1.30.14', 'KubernetesOfficial', '1.33.8'],
    ['patch', '1.30.14', 'KubernetesOfficial', undefined],
  ] as const)('%s from %s (%s): %s', (channel, current, plan, expected) => {
    expect(autoUpgradeTarget(channel, current, plan)).toBe(expected);
  });
});
