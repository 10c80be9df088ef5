import type { HealthRule } from '../healthRule';

/** Rules about settings a team chooses for a cluster: its tier, and who upgrades it. */
export const SETTINGS_RULES = [
  {
    scope: 'cluster',
    code: 'FreeTierNoSla',
    title: 'No uptime SLA',
    severity: 'info',
    applies: input => input.tier === 'Free',
    message: () =>
      'The Free tier has no uptime SLA for the control plane; use Standard or Premium for production.',
    remedy: () =>
      'Move production clusters to the Standard tier (`az aks update --tier standard`).',
    docsUrl:
      'https://learn.microsoft.com/azure/aks/free-standard-pricing-tiers',
  },
  {
    scope: 'cluster',
    code: 'NoAutoUpgradeChannel',
    title: 'No auto-upgrade channel',
    severity: 'info',
    applies: input =>
      !input.autoUpgradeChannel ||
      input.autoUpgradeChannel.toLowerCase() === 'none',
    message: () =>
      'No auto-upgrade channel is set, so Kubernetes is upgraded only by hand.',
    remedy: () =>
      'Set an auto-upgrade channel such as patch or stable, with a maintenance window.',
    docsUrl: 'https://learn.microsoft.com/azure/aks/auto-upgrade-cluster',
  },
] as const satisfies ReadonlyArray<HealthRule>;
