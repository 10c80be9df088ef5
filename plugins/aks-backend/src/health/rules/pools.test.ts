import { POOL_RULES } from './pools';
import {
  healthy,
  NotApplying,
  pool,
  RuleCases,
  describeRules,
} from '../__testUtils__/healthFixtures';

const spot = (name: string) =>
  pool({ name, mode: 'User', scaleSetPriority: 'Spot' });

const cases: RuleCases<typeof POOL_RULES> = {
  AutoscalerAtMax: [
    {
      name: 'when the count reached maxCount',
      input: healthy({ nodePools: [pool({ name: 'web', count: 5 })] }),
      severity: 'warning',
      message: 'Node pool web is at its autoscaler maximum of 5 nodes',
      nodePool: 'web',
    },
  ],
  AutoscalerBelowMin: [
    {
      name: 'when the count is under minCount',
      input: healthy({
        nodePools: [pool({ name: 'web', count: 1, minCount: 2 })],
      }),
      severity: 'warning',
      message:
        'Node pool web has 1 nodes, fewer than its autoscaler minimum of 2.',
      nodePool: 'web',
    },
  ],
  SpotOnlyUserPool: [
    {
      name: 'when every user pool is Spot',
      input: healthy({ nodePools: [pool(), spot('spot1'), spot('spot2')] }),
      severity: 'warning',
      message:
        'Every user node pool (spot1, spot2) runs on Spot VMs, which Azure can evict at any time',
    },
  ],
  MaxPodsBelowDefault: [
    {
      name: 'on Azure CNI Overlay',
      input: healthy({ nodePools: [pool({ name: 'apps', maxPods: 110 })] }),
      severity: 'info',
      message:
        'Node pool apps takes at most 110 pods per node, DaemonSets included, fewer than the 250 of Azure CNI Overlay by default;',
      nodePool: 'apps',
    },
    {
      name: 'on kubenet',
      input: healthy({
        networkPlugin: 'kubenet',
        networkPluginMode: undefined,
        nodePools: [pool({ maxPods: 50 })],
      }),
      severity: 'info',
      message: 'fewer than the 110 of kubenet by default',
      nodePool: 'system',
    },
    {
      name: 'on Azure CNI',
      input: healthy({
        networkPluginMode: undefined,
        nodePools: [pool({ maxPods: 20 })],
      }),
      severity: 'info',
      message: 'fewer than the 30 of Azure CNI by default',
      nodePool: 'system',
    },
  ],
};

const notApplying: NotApplying[] = [
  [
    'AutoscalerAtMax',
    'without autoscaling',
    healthy({ nodePools: [pool({ enableAutoScaling: false, count: 9 })] }),
  ],
  [
    'AutoscalerBelowMin',
    'for a stopped pool',
    healthy({ nodePools: [pool({ powerState: 'Stopped', count: 0 })] }),
  ],
  [
    'SpotOnlyUserPool',
    'when a regular user pool runs beside the Spot one',
    healthy({
      nodePools: [pool(), spot('spot'), pool({ name: 'apps', mode: 'User' })],
    }),
  ],
  ['SpotOnlyUserPool', 'without user pools', healthy({ nodePools: [pool()] })],
  [
    'MaxPodsBelowDefault',
    'at the default of Azure CNI',
    healthy({
      networkPluginMode: undefined,
      nodePools: [pool({ maxPods: 30 })],
    }),
  ],
  [
    'MaxPodsBelowDefault',
    'with a network plugin of its own',
    healthy({ networkPlugin: 'none', nodePools: [pool({ maxPods: 20 })] }),
  ],
];

describeRules(POOL_RULES, cases, notApplying);
