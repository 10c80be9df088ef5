import { ConfigReader } from '@backstage/config';
import { readGitOpsConfig } from './config';

const read = (gitops?: unknown) =>
  readGitOpsConfig(new ConfigReader(gitops ? { aks: { gitops } } : {}))
    .nonCompliantWarningAfterMs;

describe('readGitOpsConfig', () => {
  it('defaults to 10 minutes', () => {
    expect(read()).toBe(600_000);
    expect(read({})).toBe(600_000);
  });

  it.each([
    ['15m', 900_000],
    ['2 hours', 7_200_000],
    ['PT1H30M', 5_400_000],
    [{ minutes: 30 }, 1_800_000],
    [{ hours: 1, minutes: 5 }, 3_900_000],
  ])('reads %j', (value, ms) => {
    expect(read({ nonCompliantWarningAfter: value })).toBe(ms);
  });

  it('refuses what is not a duration, naming the key', () => {
    expect(() => read({ nonCompliantWarningAfter: 'soon' })).toThrow(
      /aks\.gitops\.nonCompliantWarningAfter/,
    );
  });
});
