/* eslint-disable jest/no-export -- a suite helper: it declares the tests of the file that calls it */
import { computeHealth } from '../computeHealth';
import type { HealthInput, NodePoolHealthInput } from '../healthInput';
import type { HealthRule } from '../healthRule';
import type {
  HealthSeverity,
  HealthWarningCode,
  KubernetesVersionInfo,
} from '@aks-backstage/plugin-aks-common';

export const IMAGE = 'AKSUbuntu-2204gen2containerd-202505.01.0';

/** The time the date rules are judged at. */
export const NOW = '2026-12-01T12:00:00Z';

export const official = (version: string): KubernetesVersionInfo => ({
  version,
  isPreview: false,
  supportPlans: ['KubernetesOfficial', 'AKSLongTermSupport'],
  patchVersions: [],
});

export function pool(
  overrides: Partial<NodePoolHealthInput> = {},
): NodePoolHealthInput {
  return {
    name: 'system',
    mode: 'System',
    scaleSetPriority: 'Regular',
    provisioningState: 'Succeeded',
    powerState: 'Running',
    count: 3,
    enableAutoScaling: true,
    minCount: 1,
    maxCount: 5,
    nodeImageVersion: IMAGE,
    latestNodeImageVersion: IMAGE,
    ...overrides,
  };
}

/** A cluster no rule has anything to say about. */
export function healthy(overrides: Partial<HealthInput> = {}): HealthInput {
  return {
    provisioningState: 'Succeeded',
    powerState: 'Running',
    kubernetesVersion: '1.33.2',
    supportPlan: 'KubernetesOfficial',
    tier: 'Standard',
    networkPlugin: 'azure',
    networkPluginMode: 'overlay',
    autoUpgradeChannel: 'patch',
    nodePools: [pool()],
    availableVersions: [official('1.32'), official('1.33'), official('1.34')],
    upgrades: [],
    now: NOW,
    ...overrides,
  };
}

/** One input that a rule must find, with what it must say. */
export interface RuleCase {
  name: string;
  input: HealthInput;
  severity: HealthSeverity;
  message: string;
  nodePool?: string;
}

/** An input a rule must not find anything in: code, why, input. */
export type NotApplying = [HealthWarningCode, string, HealthInput];

/** Cases for every rule of a table: a rule without one does not compile. */
export type RuleCases<Rules extends ReadonlyArray<{ code: string }>> = Record<
  Rules[number]['code'],
  RuleCase[]
>;

/**
 * Checks a table of rules through {@link computeHealth}: each rule finds
 * what its cases say, in the words they say, and nothing in the inputs that
 * must not apply.
 */
export function describeRules<Rules extends ReadonlyArray<HealthRule>>(
  rules: Rules,
  cases: RuleCases<Rules>,
  notApplying: NotApplying[] = [],
) {
  describe.each(rules.map(rule => rule.code))('rule %s', code => {
    it.each(cases[code as keyof typeof cases])(
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

  if (notApplying.length > 0) {
    it.each(notApplying)('finds no %s %s', (code, _, input) => {
      expect(computeHealth(input).warnings.map(w => w.code)).not.toContain(
        code,
      );
    });
  }
}
