import { MAINTENANCE_RULES } from './maintenance';
import { describeRules, healthy } from '../__testUtils__/healthFixtures';

const autoUpgradeWindow = {
  name: 'aksManagedAutoUpgradeSchedule',
  kind: 'autoUpgrade',
  shortestOpenHours: 4,
} as const;

describeRules(
  MAINTENANCE_RULES,
  {
    MaintenanceUnknown: [
      {
        name: 'when the configurations could not be read',
        input: healthy({
          unknown: { maintenance: 'Azure Resource Manager answered 500' },
        }),
        severity: 'info',
        message: 'could not be read',
      },
    ],
    MaintenanceWindowTooShort: [
      {
        name: 'a two-hour auto-upgrade window',
        input: healthy({
          maintenanceWindows: [{ ...autoUpgradeWindow, shortestOpenHours: 2 }],
        }),
        severity: 'error',
        message: 'aksManagedAutoUpgradeSchedule is open for 2 hours at a time',
      },
      {
        name: 'default hour slots of three contiguous hours',
        input: healthy({
          maintenanceWindows: [
            autoUpgradeWindow,
            { name: 'default', kind: 'default', shortestOpenHours: 3 },
          ],
        }),
        severity: 'error',
        message: 'default is open for 3 hours at a time',
      },
    ],
    AutoUpgradeWithoutWindow: [
      {
        name: 'the patch channel with no auto-upgrade window',
        input: healthy({ autoUpgradeChannel: 'patch', maintenanceWindows: [] }),
        severity: 'warning',
        message: 'AKS can upgrade the cluster at any time',
      },
      {
        name: 'an unknown channel, with only a node OS window',
        input: healthy({
          autoUpgradeChannel: 'weekly-surprise',
          maintenanceWindows: [
            {
              name: 'aksManagedNodeOSUpgradeSchedule',
              kind: 'nodeOS',
              shortestOpenHours: 4,
            },
          ],
        }),
        severity: 'warning',
        message: 'The auto-upgrade channel is weekly-surprise',
      },
    ],
    RapidChannelInProduction: [
      {
        name: 'a production cluster on rapid',
        input: healthy({
          autoUpgradeChannel: 'rapid',
          production: true,
          maintenanceWindows: [autoUpgradeWindow],
        }),
        severity: 'warning',
        message: 'A production cluster is on the rapid auto-upgrade channel',
      },
    ],
    NodeOSUpgradeUnmanaged: [
      {
        name: 'the None channel',
        input: healthy({ nodeOSUpgradeChannel: 'None' }),
        severity: 'info',
        message: 'AKS applies no security updates',
      },
      {
        name: 'the Unmanaged channel, in any case',
        input: healthy({ nodeOSUpgradeChannel: 'unmanaged' }),
        severity: 'info',
        message: 'patches itself (unattended upgrades) outside AKS',
      },
    ],
  },
  [
    [
      'AutoUpgradeWithoutWindow',
      'with an auto-upgrade window',
      healthy({ maintenanceWindows: [autoUpgradeWindow] }),
    ],
    [
      'AutoUpgradeWithoutWindow',
      'when the windows were not read',
      healthy({ maintenanceWindows: undefined }),
    ],
    [
      'AutoUpgradeWithoutWindow',
      'with the channel none',
      healthy({ autoUpgradeChannel: 'none', maintenanceWindows: [] }),
    ],
    [
      'RapidChannelInProduction',
      'outside production',
      healthy({ autoUpgradeChannel: 'rapid', production: false }),
    ],
    [
      'RapidChannelInProduction',
      'in production on stable',
      healthy({ autoUpgradeChannel: 'stable', production: true }),
    ],
    [
      'MaintenanceWindowTooShort',
      'with a four-hour window',
      healthy({ maintenanceWindows: [autoUpgradeWindow] }),
    ],
    [
      'NodeOSUpgradeUnmanaged',
      'on the NodeImage channel',
      healthy({ nodeOSUpgradeChannel: 'NodeImage' }),
    ],
  ],
);
