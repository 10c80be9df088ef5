import { ServiceUnavailableError } from '@backstage/errors';
import { UpgradeInfo } from '@aks-backstage/plugin-aks-common';
import { compareVersions } from '../health/versions';
import { invalidInput } from '../validation/inputErrors';
import { minorsBetween } from './versionParts';

/**
 * The versions an upgrade may go to: those the control plane's and the node
 * pools' upgrade profiles offer, and the control plane's own version (which
 * brings the node pools to it).
 */
export function offeredVersions(upgrades: UpgradeInfo): string[] {
  const versions = new Set<string>([
    upgrades.controlPlaneProfile.kubernetesVersion,
    ...upgrades.controlPlaneProfile.upgrades.map(u => u.kubernetesVersion),
    ...upgrades.agentPoolProfiles.flatMap(p =>
      p.upgrades.map(u => u.kubernetesVersion),
    ),
  ]);
  return [...versions].filter(Boolean).sort(compareVersions);
}

/**
 * The version `requested` names among the offered ones: itself, or for
 * `major.minor` the newest patch of that minor. A version the profiles do
 * not offer is an InputError naming `field`.
 */
export function resolveTargetVersion(
  requested: string,
  upgrades: UpgradeInfo,
  field: string,
): string {
  if (upgrades.unknown) {
    throw new ServiceUnavailableError(
      `The upgrade options of the cluster could not be read: ${upgrades.unknown}`,
    );
  }
  const offered = offeredVersions(upgrades);
  const isMinor = requested.split('.').length === 2;
  const match = isMinor
    ? offered.filter(v => minorsBetween(requested, v) === 0).pop()
    : offered.find(v => v === requested);
  if (!match) {
    throw invalidInput(
      field,
      requested,
      `the cluster's upgrade profile does not offer it; it offers ${
        offered.join(', ') || 'no version'
      }`,
    );
  }
  return match;
}
