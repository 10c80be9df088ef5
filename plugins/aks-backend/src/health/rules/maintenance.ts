import type { HealthInput } from '../healthInput';
import type { HealthRule } from '../healthRule';

/** AKS needs windows of at least this many hours to run an auto-upgrade properly. */
const MIN_WINDOW_HOURS = 4;

const PLANNED_MAINTENANCE_DOCS =
  'https://learn.microsoft.com/azure/aks/planned-maintenance';

const lower = (value: string | undefined) => value?.toLowerCase();

const autoUpgradeOn = (input: HealthInput) =>
  !!input.autoUpgradeChannel && lower(input.autoUpgradeChannel) !== 'none';

const shortWindows = (input: HealthInput) =>
  (input.maintenanceWindows ?? []).filter(
    w =>
      w.shortestOpenHours !== undefined &&
      w.shortestOpenHours < MIN_WINDOW_HOURS,
  );

/** What a node OS channel that patches nothing leaves to the team, by channel. */
const UNPATCHED_NODES: Record<string, string> = {
  none: 'AKS applies no security updates to the nodes’ operating system: they stay unpatched until someone upgrades the node image by hand.',
  unmanaged:
    'the nodes’ operating system patches itself (unattended upgrades) outside AKS: on no maintenance window, with reboots left to the team, and new nodes start from an unpatched image.',
};

/** Rules about when AKS may change the cluster: channels and planned maintenance windows. */
export const MAINTENANCE_RULES = [
  {
    scope: 'cluster',
    code: 'MaintenanceUnknown',
    title: 'Maintenance windows unknown',
    severity: 'info',
    applies: input => !!input.unknown?.maintenance,
    message: input =>
      `The cluster's planned maintenance configurations could not be read, so when AKS may change it is unknown and the rules about windows are skipped: ${
        input.unknown!.maintenance
      }`,
    remedy: () =>
      'Refresh in a few minutes; the credential needs `Microsoft.ContainerService/managedClusters/maintenanceConfigurations/read`.',
    docsUrl: PLANNED_MAINTENANCE_DOCS,
  },
  {
    scope: 'cluster',
    code: 'MaintenanceWindowTooShort',
    title: 'Maintenance window too short',
    severity: 'error',
    applies: input => shortWindows(input).length > 0,
    message: input =>
      `${shortWindows(input)
        .map(
          w => `${w.name} is open for ${w.shortestOpenHours} hours at a time`,
        )
        .join(
          '; ',
        )}: AKS needs at least ${MIN_WINDOW_HOURS} hours to run an upgrade, so upgrades may not finish or not start.`,
    remedy: input =>
      `Make the window at least ${MIN_WINDOW_HOURS} hours long: \`az aks maintenanceconfiguration update --resource-group <resource-group> --cluster-name <cluster> --name ${
        shortWindows(input)[0].name
      } --duration ${MIN_WINDOW_HOURS} ...\` with the rest of its schedule.`,
    docsUrl: PLANNED_MAINTENANCE_DOCS,
  },
  {
    scope: 'cluster',
    code: 'AutoUpgradeWithoutWindow',
    title: 'Auto-upgrade can happen at any time',
    severity: 'warning',
    applies: input =>
      autoUpgradeOn(input) &&
      !input.unknown?.maintenance &&
      input.maintenanceWindows !== undefined &&
      !input.maintenanceWindows.some(w => w.kind === 'autoUpgrade'),
    message: input =>
      `The auto-upgrade channel is ${input.autoUpgradeChannel} but no aksManagedAutoUpgradeSchedule window is set, so AKS can upgrade the cluster at any time, in business hours too.`,
    remedy: () =>
      'Add a window for auto-upgrades: `az aks maintenanceconfiguration add --resource-group <resource-group> --cluster-name <cluster> --name aksManagedAutoUpgradeSchedule --schedule-type Weekly --day-of-week Sunday --interval-weeks 1 --start-time 01:00 --duration 4 --utc-offset +00:00`.',
    docsUrl: PLANNED_MAINTENANCE_DOCS,
  },
  {
    scope: 'cluster',
    code: 'RapidChannelInProduction',
    title: 'Rapid channel in production',
    severity: 'warning',
    applies: input =>
      !!input.production && lower(input.autoUpgradeChannel) === 'rapid',
    message: () =>
      'A production cluster is on the rapid auto-upgrade channel: AKS moves it to each new minor Kubernetes version as soon as it is released, before others have run it.',
    remedy: () =>
      'Use the stable or patch channel for production: `az aks update --resource-group <resource-group> --name <cluster> --auto-upgrade-channel stable`.',
    docsUrl: 'https://learn.microsoft.com/azure/aks/auto-upgrade-cluster',
  },
  {
    scope: 'cluster',
    code: 'NodeOSUpgradeUnmanaged',
    title: 'Node OS not patched by AKS',
    severity: 'info',
    applies: input => !!UNPATCHED_NODES[lower(input.nodeOSUpgradeChannel)!],
    message: input =>
      `The node OS upgrade channel is ${input.nodeOSUpgradeChannel}: ${
        UNPATCHED_NODES[lower(input.nodeOSUpgradeChannel)!]
      }`,
    remedy: () =>
      'Let AKS patch the nodes in a window of your choice: `az aks update --resource-group <resource-group> --name <cluster> --node-os-upgrade-channel NodeImage` (or SecurityPatch), with an aksManagedNodeOSUpgradeSchedule window.',
    docsUrl: 'https://learn.microsoft.com/azure/aks/auto-upgrade-node-os-image',
  },
] as const satisfies ReadonlyArray<HealthRule>;
