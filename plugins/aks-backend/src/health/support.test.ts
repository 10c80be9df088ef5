import type { HealthInput } from './healthInput';
import { kubernetesSupport } from './support';
import type {
  KubernetesSupportPlan,
  KubernetesVersionInfo,
} from '@aks-backstage/plugin-aks-common';

const offered = (
  version: string,
  supportPlans: KubernetesSupportPlan[],
): KubernetesVersionInfo => ({
  version,
  isPreview: false,
  supportPlans,
  patchVersions: [],
});

const VERSIONS = [
  offered('1.32', ['AKSLongTermSupport']),
  offered('1.35', ['KubernetesOfficial', 'AKSLongTermSupport']),
  offered('1.38', ['KubernetesOfficial']),
];

const cluster = (overrides: Partial<HealthInput>): HealthInput => ({
  kubernetesVersion: '1.35.2',
  supportPlan: 'KubernetesOfficial',
  availableVersions: VERSIONS,
  nodePools: [],
  ...overrides,
});

describe('kubernetesSupport', () => {
  it.each<[string, Partial<HealthInput>, ReturnType<typeof kubernetesSupport>]>(
    [
      [
        'a version under community support ends on the last day of its calendar month',
        {},
        { status: 'supported', endsOn: '2027-03-31' },
      ],
      [
        'a cluster on the LTS plan is supported until long-term support ends',
        { supportPlan: 'AKSLongTermSupport' },
        { status: 'supported', endsOn: '2028-03-31' },
      ],
      [
        'an LTS-only version ends with long-term support',
        { kubernetesVersion: '1.32.11' },
        { status: 'lts-only', endsOn: '2027-03-31' },
      ],
      [
        'a version the location no longer offers is out of support since its end',
        { kubernetesVersion: '1.30.4' },
        { status: 'out-of-support', endsOn: '2025-08-22' },
      ],
      [
        'a version the calendar does not know has no date',
        { kubernetesVersion: '1.38.0' },
        { status: 'supported' },
      ],
      [
        'without the location versions the status is unknown',
        { availableVersions: undefined },
        { status: 'unknown' },
      ],
      [
        'without a version the status is unknown',
        { kubernetesVersion: undefined },
        { status: 'unknown' },
      ],
    ],
  )('%s', (_name, overrides, expected) => {
    expect(kubernetesSupport(cluster(overrides))).toEqual(expected);
  });
});
