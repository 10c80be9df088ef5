import type {
  ClusterResponse,
  ClusterTier,
  KubernetesSupport,
} from '@aks-backstage/plugin-aks-common';

const TIER_SLA: Record<ClusterTier, string> = {
  Free: 'Free: no uptime SLA',
  Standard:
    'Standard: 99.95% uptime SLA with availability zones, 99.9% without',
  Premium:
    'Premium: the Standard SLA, and long-term support for Kubernetes versions',
};

/** The tier with the uptime SLA it buys. */
export function tierText(tier: ClusterTier): string {
  return TIER_SLA[tier];
}

const dateFormat = new Intl.DateTimeFormat('en', {
  dateStyle: 'medium',
  timeZone: 'UTC',
});

/** A calendar date (YYYY-MM-DD), as people read it. */
export function formatDate(isoDate: string): string {
  return dateFormat.format(new Date(`${isoDate}T00:00:00Z`));
}

/** A point in time, as people read it. */
export function formatTime(isoTime: string): string {
  return `${new Date(isoTime).toLocaleString('en', { timeZone: 'UTC' })} UTC`;
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
      return 'Unknown (the location’s versions could not be read)';
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

/** The versions the control plane can move to, newest first. */
export function upgradesText(cluster: ClusterResponse): string {
  if (cluster.upgrades.unknown) return 'Unknown';
  const upgrades = cluster.upgrades.controlPlaneProfile.upgrades;
  if (upgrades.length === 0) return 'None';
  return upgrades
    .map(u => `${u.kubernetesVersion}${u.isPreview ? ' (preview)' : ''}`)
    .reverse()
    .join(', ');
}

/** Network plugin and mode as AKS names them: Azure CNI Overlay, kubenet, … */
export function networkPluginText(cluster: ClusterResponse): string {
  const { networkPlugin, networkPluginMode } = cluster.networkProfile;
  if (networkPlugin === 'azure') {
    return networkPluginMode === 'overlay' ? 'Azure CNI Overlay' : 'Azure CNI';
  }
  if (networkPlugin === 'none') return 'None (bring your own CNI)';
  return networkPlugin;
}
