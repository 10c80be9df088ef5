import { compareVersions, minorVersion, nodeImageAgeDays } from './versions';

describe('versions', () => {
  it('takes the minor version', () => {
    expect(minorVersion('1.33.2')).toBe('1.33');
    expect(minorVersion('1.33')).toBe('1.33');
  });

  it('orders versions numerically', () => {
    expect(['1.33.10', '1.4', '1.33.2', '1.33'].sort(compareVersions)).toEqual([
      '1.4',
      '1.33',
      '1.33.2',
      '1.33.10',
    ]);
  });

  it.each([
    [
      'AKSUbuntu-2204gen2containerd-202505.01.0',
      'AKSUbuntu-2204gen2containerd-202506.01.0',
      31,
    ],
    ['AKSUbuntu:1604:2020.03.11', 'AKSUbuntu:1604:2020.03.21', 10],
    [
      'AKSWindows-2022-containerd-20348.2966.241015',
      'AKSUbuntu-2204gen2containerd-202506.01.0',
      undefined,
    ],
  ])('reads the age of %s against %s', (current, latest, days) => {
    expect(nodeImageAgeDays(current, latest)).toBe(days);
  });
});
