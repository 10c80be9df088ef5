import type { HealthInput, NodePoolHealthInput } from '../healthInput';
import type {
  HealthSeverity,
  HealthWarningCode,
  KubernetesVersionInfo,
} from '../types';

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
