import type { HealthWarningCode } from '../types';
import { healthy, NotApplying, RuleCase } from './healthFixtures';

const kubenet = healthy({
  networkPlugin: 'kubenet',
  networkPluginMode: undefined,
});

export const NETWORK_CASES: Record<
  Extract<HealthWarningCode, 'KubenetRetiring' | 'KubenetDnsTimeouts'>,
  RuleCase[]
> = {
  KubenetRetiring: [
    {
      name: 'with the kubenet plugin',
      input: kubenet,
      severity: 'warning',
      message: 'The kubenet network plugin is retiring',
    },
  ],
  KubenetDnsTimeouts: [
    {
      name: 'with the kubenet plugin',
      input: kubenet,
      severity: 'warning',
      message: 'lookups intermittently time out after five seconds',
    },
  ],
};

export const NETWORK_NOT_APPLYING: NotApplying[] = [
  [
    'KubenetDnsTimeouts',
    'on Azure CNI',
    healthy({ networkPluginMode: undefined }),
  ],
  ['KubenetDnsTimeouts', 'on Azure CNI Overlay', healthy()],
];
