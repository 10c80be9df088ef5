import type { HealthInput } from './healthInput';
import type {
  KubernetesSupport,
  SupportStatus,
} from '@aks-backstage/plugin-aks-common';
import { minorVersion } from './versions';

/**
 * End of community support and of long-term support per minor version, from
 * the AKS Kubernetes release calendar
 * (https://learn.microsoft.com/azure/aks/supported-kubernetes-versions#aks-kubernetes-release-calendar).
 * The calendar gives months, meaning their last day, except where it names a day.
 */
const AKS_SUPPORT_CALENDAR: Record<string, { community: string; lts: string }> =
  {
    '1.29': { community: '2025-03', lts: '2026-04' },
    '1.30': { community: '2025-08-22', lts: '2026-07' },
    '1.31': { community: '2025-11-01', lts: '2026-11' },
    '1.32': { community: '2026-03', lts: '2027-03' },
    '1.33': { community: '2026-07', lts: '2027-07' },
    '1.34': { community: '2026-11', lts: '2027-11' },
    '1.35': { community: '2027-03', lts: '2028-03' },
    '1.36': { community: '2027-06', lts: '2028-06' },
    '1.37': { community: '2027-10', lts: '2028-10' },
  };

/** `2026-03` → `2026-03-31`; a full date is kept. */
function lastDay(monthOrDate: string): string {
  if (monthOrDate.length > 7) return monthOrDate;
  const [year, month] = monthOrDate.split('-').map(Number);
  return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
}

/** The calendar with every end as a day, worked out once: a fleet asks per cluster. */
const SUPPORT_ENDS = Object.fromEntries(
  Object.entries(AKS_SUPPORT_CALENDAR).map(([minor, { community, lts }]) => [
    minor,
    { community: lastDay(community), lts: lastDay(lts) },
  ]),
);

function supportStatus(input: HealthInput): SupportStatus {
  if (!input.kubernetesVersion || !input.availableVersions?.length) {
    return 'unknown';
  }
  const minor = minorVersion(input.kubernetesVersion);
  const offered = input.availableVersions.find(v => v.version === minor);
  if (!offered) return 'out-of-support';
  const plans = offered.supportPlans;
  return plans.includes('AKSLongTermSupport') &&
    !plans.includes('KubernetesOfficial')
    ? 'lts-only'
    : 'supported';
}

/**
 * Whether AKS supports the cluster's minor version, by what the location
 * offers, and the day that support ends where the release calendar knows it:
 * community support, or long-term support for LTS-only versions and for
 * clusters on the AKSLongTermSupport plan.
 * @public
 */
export function kubernetesSupport(input: HealthInput): KubernetesSupport {
  const status = supportStatus(input);
  const calendar = input.kubernetesVersion
    ? SUPPORT_ENDS[minorVersion(input.kubernetesVersion)]
    : undefined;
  if (status === 'unknown' || !calendar) return { status };
  const onLts =
    status === 'lts-only' || input.supportPlan === 'AKSLongTermSupport';
  return {
    status,
    endsOn: onLts ? calendar.lts : calendar.community,
  };
}
