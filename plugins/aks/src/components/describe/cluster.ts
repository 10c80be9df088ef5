import type {
  AvailableUpgrade,
  ClusterResponse,
  HealthWarning,
  KubernetesSupport,
} from '@aks-backstage/plugin-aks-common';
import { formatDate } from './dates';
import { term } from './terms';

const TIER_SLA: Record<string, string> = {
  Free: 'Free: no uptime SLA',
  Standard:
    'Standard: 99.95% uptime SLA with availability zones, 99.9% without',
  Premium:
    'Premium: the Standard SLA, and long-term support for Kubernetes versions',
};

/** The tier with the uptime SLA it buys. */
export function tierText(tier: string): string {
  return TIER_SLA[tier] ?? tier;
}

/** Supported / LTS only / out of support, with the date support ends where known. */
export function supportText({ status, endsOn }: KubernetesSupport): string {
  const until = endsOn ? ` until ${formatDate(endsOn)}` : '';
  switch (status) {
    case 'supported':
      return `Supported${until}`;
    case 'lts-only':
      return `LTS only${until}`;
    case 'out-of-support':
      return endsOn
        ? `Out of support since ${formatDate(endsOn)}`
        : 'Out of support';
    default:
      return 'Support unknown';
  }
}

/** The version the control plane runs, and the one requested when it differs. */
export function versionText(cluster: ClusterResponse): string {
  const { currentKubernetesVersion: current, kubernetesVersion: desired } =
    cluster;
  return desired && !current.startsWith(desired)
    ? `${current} (upgrading to ${desired})`
    : current;
}

/** Versions to upgrade to, newest first, previews marked. */
export function upgradeVersionsText(upgrades: AvailableUpgrade[]): string {
  if (upgrades.length === 0) return 'None available';
  return [...upgrades]
    .reverse()
    .map(u => `${u.kubernetesVersion}${u.isPreview ? ' (preview)' : ''}`)
    .join(', ');
}

/** The managed identity, or the service principal and when its last secret expires. */
export function identityText({ identity }: ClusterResponse): string {
  const principal = identity.servicePrincipal;
  if (!principal) return term(identity.type);
  const expires = principal.secretExpiresOn;
  return `Service principal ${principal.clientId}${
    expires ? `, last secret expires ${formatDate(expires)}` : ''
  }`;
}

const SEVERITY_ORDER = ['error', 'warning', 'info'];

/** The finding to lead with: the most severe, the first of equals. */
export function worstFinding(
  warnings: HealthWarning[],
): HealthWarning | undefined {
  return [...warnings].sort(
    (a, b) =>
      SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity),
  )[0];
}

/** Network plugin and mode as AKS names them: Azure CNI Overlay, kubenet, … */
export function networkPluginText(cluster: ClusterResponse): string {
  const { networkPlugin, networkPluginMode } = cluster.networkProfile;
  if (networkPlugin === 'azure') {
    return networkPluginMode === 'overlay' ? 'Azure CNI Overlay' : 'Azure CNI';
  }
  return networkPlugin === 'none' ? 'None (bring your own)' : networkPlugin;
}

/** Nodes of every pool. */
export function nodeCount(cluster: ClusterResponse): number {
  return cluster.nodePools.reduce((n, p) => n + p.count, 0);
}

const AT_REST = ['Succeeded', 'Failed', 'Canceled'];

/** What Azure is doing to a cluster or pool right now ("Stopping…"), or nothing when it is at rest. */
export function activityText(provisioningState: string): string | undefined {
  if (!provisioningState || AT_REST.includes(provisioningState)) {
    return undefined;
  }
  return `${term(provisioningState)}…`;
}
