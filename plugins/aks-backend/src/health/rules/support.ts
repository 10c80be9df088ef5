import type { HealthInput } from '../healthInput';
import type { HealthRule } from '../healthRule';
import { compareVersions, minorVersion } from '../versions';

/** The location's entry for the running minor version; `known` is false without the data to tell. */
function offeredVersion(input: HealthInput) {
  if (!input.kubernetesVersion || !input.availableVersions?.length) {
    return { known: false, info: undefined };
  }
  const minor = minorVersion(input.kubernetesVersion);
  return {
    known: true,
    info: input.availableVersions.find(v => v.version === minor),
  };
}

function isLtsOnly(input: HealthInput): boolean {
  const plans = offeredVersion(input).info?.supportPlans ?? [];
  return (
    plans.includes('AKSLongTermSupport') &&
    !plans.includes('KubernetesOfficial')
  );
}

const hasLtsCoverage = (input: HealthInput) =>
  input.supportPlan === 'AKSLongTermSupport' && input.tier === 'Premium';

/** Rules about the support of the cluster's Kubernetes version, and its SLA. */
export const SUPPORT_RULES = [
  {
    scope: 'cluster',
    code: 'OutOfSupport',
    title: 'Out of support',
    severity: 'error',
    applies: input => {
      const offered = offeredVersion(input);
      return offered.known && !offered.info;
    },
    message: input =>
      `Kubernetes ${input.kubernetesVersion} is no longer offered in this location, so the cluster is out of support; ` +
      `upgrade to one of ${input
        .availableVersions!.map(v => v.version)
        .sort(compareVersions)
        .join(', ')}.`,
    remedy: () =>
      'Upgrade the control plane, then the node pools, to a supported version; AKS upgrades one minor version at a time.',
    docsUrl:
      'https://learn.microsoft.com/azure/aks/supported-kubernetes-versions',
  },
  {
    scope: 'cluster',
    code: 'KubernetesVersionsUnknown',
    title: 'Support status unknown',
    severity: 'info',
    applies: input => !!input.unknown?.kubernetesVersions,
    message: input =>
      `The Kubernetes versions offered in the cluster's region could not be read, so whether its version is supported is unknown: ${
        input.unknown!.kubernetesVersions
      }`,
    remedy: () => 'Refresh in a few minutes.',
    docsUrl:
      'https://learn.microsoft.com/azure/aks/supported-kubernetes-versions',
  },
  {
    scope: 'cluster',
    code: 'LtsOnly',
    title: 'Supported only under LTS',
    severity: input => (hasLtsCoverage(input) ? 'info' : 'warning'),
    applies: isLtsOnly,
    message: input =>
      hasLtsCoverage(input)
        ? `Kubernetes ${input.kubernetesVersion} is supported only through AKS long-term support, which this cluster has.`
        : `Kubernetes ${input.kubernetesVersion} is supported only through AKS long-term support, which this cluster does not have; ` +
          'upgrade it, or switch to the Premium tier with the AKSLongTermSupport plan.',
    remedy: input =>
      hasLtsCoverage(input)
        ? 'Plan the upgrade before long-term support ends.'
        : 'Upgrade to a version under community support, or move to the Premium tier with the AKSLongTermSupport plan.',
    docsUrl: 'https://learn.microsoft.com/azure/aks/long-term-support',
  },
  {
    scope: 'cluster',
    code: 'PreviewVersion',
    title: 'Preview version',
    severity: 'warning',
    applies: input => !!offeredVersion(input).info?.isPreview,
    message: input =>
      `Kubernetes ${input.kubernetesVersion} is a preview version, not covered by support or an SLA.`,
    remedy: () => 'Run production workloads on a generally available version.',
    docsUrl:
      'https://learn.microsoft.com/azure/aks/supported-kubernetes-versions',
  },
] as const satisfies ReadonlyArray<HealthRule>;
