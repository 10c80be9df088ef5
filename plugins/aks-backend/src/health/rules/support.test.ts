import { SUPPORT_RULES } from './support';
import {
  describeRules,
  healthy,
  official,
} from '../__testUtils__/healthFixtures';

const ltsOnly = {
  ...official('1.30'),
  supportPlans: ['AKSLongTermSupport'],
};

describeRules(
  SUPPORT_RULES,
  {
    OutOfSupport: [
      {
        name: 'for a minor version the location no longer offers',
        input: healthy({ kubernetesVersion: '1.29.9' }),
        severity: 'error',
        message:
          'Kubernetes 1.29.9 is no longer offered in this location, so the cluster is out of support; upgrade to one of 1.32, 1.33, 1.34.',
      },
    ],
    KubernetesVersionsUnknown: [
      {
        name: "when the region's versions could not be read",
        input: healthy({
          availableVersions: undefined,
          unknown: { kubernetesVersions: 'Not found in subscription x' },
        }),
        severity: 'info',
        message: 'whether its version is supported is unknown: Not found',
      },
    ],
    LtsOnly: [
      {
        name: 'as a warning without the LTS plan',
        input: healthy({
          kubernetesVersion: '1.30.4',
          availableVersions: [ltsOnly],
        }),
        severity: 'warning',
        message:
          'Kubernetes 1.30.4 is supported only through AKS long-term support, which this cluster does not have',
      },
      {
        name: 'as a warning with the LTS plan outside Premium',
        input: healthy({
          kubernetesVersion: '1.30.4',
          availableVersions: [ltsOnly],
          supportPlan: 'AKSLongTermSupport',
        }),
        severity: 'warning',
        message: 'which this cluster does not have',
      },
      {
        name: 'as information on Premium with the LTS plan',
        input: healthy({
          kubernetesVersion: '1.30.4',
          availableVersions: [ltsOnly],
          supportPlan: 'AKSLongTermSupport',
          tier: 'Premium',
        }),
        severity: 'info',
        message:
          'Kubernetes 1.30.4 is supported only through AKS long-term support, which this cluster has.',
      },
    ],
    PreviewVersion: [
      {
        name: 'for a preview minor version',
        input: healthy({
          kubernetesVersion: '1.35.0',
          availableVersions: [
            official('1.34'),
            { ...official('1.35'), isPreview: true },
          ],
        }),
        severity: 'warning',
        message: 'Kubernetes 1.35.0 is a preview version',
      },
    ],
  },
  [
    [
      'OutOfSupport',
      'without the versions list',
      healthy({ kubernetesVersion: '1.20.1', availableVersions: undefined }),
    ],
    [
      'OutOfSupport',
      'with an empty versions list',
      healthy({ kubernetesVersion: '1.20.1', availableVersions: [] }),
    ],
    [
      'LtsOnly',
      'when the version is also offered officially',
      healthy({ supportPlan: 'AKSLongTermSupport' }),
    ],
  ],
);
