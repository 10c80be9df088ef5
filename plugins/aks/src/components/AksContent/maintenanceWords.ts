import type {
  MaintenanceConfigName,
  MaintenanceWindowInfo,
} from '@aks-backstage/plugin-aks-common';
import { term } from '../describe/terms';

/** The auto-upgrade channels, as an owner reads them. */
const UPGRADE_CHANNELS: Record<string, string> = {
  patch: 'Patch: the newest patch of its minor version',
  stable: 'Stable: the newest patch of the minor version before the newest',
  rapid: 'Rapid: the newest patch of the newest minor version',
  'node-image': 'Node image only',
  none: 'Off',
};

/** The node OS upgrade channels, as an owner reads them. */
const NODE_OS_CHANNELS: Record<string, string> = {
  NodeImage: 'Node image: a new node image every week',
  SecurityPatch: 'Security patches on the node image',
  Unmanaged: 'Left to the operating system',
  None: 'Off',
};

/** The auto-upgrade channel in words; a value AKS adds later as it reads. */
export function upgradeChannelText(channel: string | undefined): string {
  return UPGRADE_CHANNELS[channel ?? 'none'] ?? term(channel);
}

/** The node OS upgrade channel in words. */
export function nodeOsChannelText(channel: string | undefined): string {
  return NODE_OS_CHANNELS[channel ?? 'NodeImage'] ?? term(channel);
}

/** Whether a channel changes the cluster by itself. */
export const isOn = (channel: string | undefined) =>
  !!channel && !['none', 'None', 'Unmanaged'].includes(channel);

/** The windows a user can set, as the section and the dialog name them. */
export const SETTABLE_WINDOWS = [
  {
    kind: 'autoUpgrade',
    configName: 'aksManagedAutoUpgradeSchedule',
    title: 'Auto-upgrade window',
    what: 'automatic upgrades',
  },
  {
    kind: 'nodeOS',
    configName: 'aksManagedNodeOSUpgradeSchedule',
    title: 'Node OS update window',
    what: 'node OS updates',
  },
] as const satisfies ReadonlyArray<{
  kind: MaintenanceWindowInfo['kind'];
  configName: MaintenanceConfigName;
  title: string;
  what: string;
}>;

/** A settable window's description. */
export type SettableWindow = (typeof SETTABLE_WINDOWS)[number];

/** The title of a configuration, by its kind: the older `default` one too. */
export function windowTitle(kind: MaintenanceWindowInfo['kind']): string {
  return (
    SETTABLE_WINDOWS.find(w => w.kind === kind)?.title ??
    'Default window (hour slots)'
  );
}

/** A title inside a sentence: "Node OS update window" as "node OS update window". */
export const inSentence = (title: string) =>
  title[0].toLowerCase() + title.slice(1);

/** The label of a configuration's next occurrences: "Next auto-upgrade windows". */
export function nextWindowsLabel(kind: MaintenanceWindowInfo['kind']): string {
  const title =
    SETTABLE_WINDOWS.find(w => w.kind === kind)?.title ?? 'Default window';
  return `Next ${inSentence(title)}s`;
}

/** The title of a configuration, by its ARM name. */
export function configTitle(name: string): string {
  const known = SETTABLE_WINDOWS.find(
    w => w.configName.toLowerCase() === name.toLowerCase(),
  );
  return known?.title ?? `Window ${name}`;
}
