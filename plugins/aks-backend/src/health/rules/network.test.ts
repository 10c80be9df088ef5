import { NETWORK_RULES } from './network';
import {
  healthy,
  NotApplying,
  RuleCases,
  describeRules,
} from '../__testUtils__/healthFixtures';

const kubenet = healthy({
  networkPlugin: 'kubenet',
  networkPluginMode: undefined,
});

const cases: RuleCases<typeof NETWORK_RULES> = {
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

const notApplying: NotApplying[] = [
  [
    'KubenetDnsTimeouts',
    'on Azure CNI',
    healthy({ networkPluginMode: undefined }),
  ],
  ['KubenetDnsTimeouts', 'on Azure CNI Overlay', healthy()],
];

describeRules(NETWORK_RULES, cases, notApplying);
