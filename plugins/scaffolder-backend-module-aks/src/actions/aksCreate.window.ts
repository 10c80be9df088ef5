import type {
  ContainerServiceClient,
  MaintenanceConfiguration,
  Schedule,
} from '@azure/arm-containerservice';
import { ActionContext } from '@backstage/plugin-scaffolder-node';
import {
  AksSubscriptionConfig,
  AzureClients,
} from '@aks-backstage/plugin-aks-node';
import { azure, readIfExists } from '../lib/azure';
import { differences } from '../lib/createOrAdopt';
import { AutoUpgradeWindow } from './aksCreate.window.input';

/** The maintenance configuration that bounds when the auto-upgrade channel acts. */
export const AUTO_UPGRADE_SCHEDULE = 'aksManagedAutoUpgradeSchedule';

/** The maintenance configuration AKS is asked to keep. */
export function windowBody(
  window: AutoUpgradeWindow,
): MaintenanceConfiguration {
  return {
    maintenanceWindow: {
      schedule: { weekly: { intervalWeeks: 1, dayOfWeek: window.dayOfWeek } },
      startTime: window.startTime,
      utcOffset: window.utcOffset,
      durationHours: window.durationHours,
    },
  };
}

/** "every Sunday from 00:00 UTC+00:00 for 4 hours" */
export function describeWindow(window: AutoUpgradeWindow): string {
  return `every ${window.dayOfWeek} from ${window.startTime} UTC${window.utcOffset} for ${window.durationHours} hours`;
}

/** How often a schedule recurs, in the input's terms: "weekly" for what the input asks. */
function recurrence(schedule: Schedule | undefined): string | undefined {
  if (schedule?.weekly) {
    const weeks = schedule.weekly.intervalWeeks;
    return weeks === 1 ? 'weekly' : `every ${weeks} weeks`;
  }
  if (schedule?.daily) return 'daily';
  if (schedule?.absoluteMonthly || schedule?.relativeMonthly) return 'monthly';
  return undefined;
}

/**
 * What an existing auto-upgrade window differs in from the one asked for;
 * a missing one differs as a whole.
 */
export function windowDifferences(
  wanted: AutoUpgradeWindow | undefined,
  found: MaintenanceConfiguration | undefined,
): string[] {
  if (!wanted) return [];
  const window = found?.maintenanceWindow;
  if (!window) {
    return [`autoUpgradeWindow: wanted ${describeWindow(wanted)}, found none`];
  }
  const key = (field: string) => `autoUpgradeWindow.${field}`;
  return differences(
    {
      [key('schedule')]: 'weekly',
      [key('dayOfWeek')]: wanted.dayOfWeek,
      [key('startTime')]: wanted.startTime,
      [key('utcOffset')]: wanted.utcOffset,
      [key('durationHours')]: wanted.durationHours,
    },
    {
      [key('schedule')]: recurrence(window.schedule),
      [key('dayOfWeek')]: window.schedule?.weekly?.dayOfWeek,
      [key('startTime')]: window.startTime,
      // AKS reads a missing offset as UTC.
      [key('utcOffset')]: window.utcOffset || '+00:00',
      [key('durationHours')]: window.durationHours,
    },
  );
}

/** Where the window goes. */
export interface WindowTarget {
  clusterId: string;
  resourceGroup: string;
  name: string;
  subscription: AksSubscriptionConfig;
  client: ContainerServiceClient;
}

/** Reads the cluster's auto-upgrade window; undefined while the cluster or the window does not exist. */
export function readWindow(
  clients: AzureClients,
  target: WindowTarget,
): Promise<MaintenanceConfiguration | undefined> {
  return readIfExists(target.subscription, () =>
    target.client.maintenanceConfigurations.get(
      target.resourceGroup,
      target.name,
      AUTO_UPGRADE_SCHEDULE,
      clients.requestOptions(),
    ),
  );
}

/**
 * Gives the cluster the auto-upgrade window, unless it has it already: once
 * per task (a checkpoint), and only in words in a dry run.
 */
export async function setWindow(
  ctx: Pick<ActionContext<any, any>, 'logger' | 'isDryRun' | 'checkpoint'>,
  clients: AzureClients,
  target: WindowTarget,
  wanted: AutoUpgradeWindow,
  found: MaintenanceConfiguration | undefined,
): Promise<void> {
  const what = `the auto-upgrade window of AKS cluster ${target.clusterId}`;
  if (windowDifferences(wanted, found).length === 0) return;
  if (ctx.isDryRun) {
    ctx.logger.info(`Would set ${what}: ${describeWindow(wanted)}`);
    return;
  }
  await ctx.checkpoint({
    key: `aks-auto-upgrade-window-${target.clusterId.toLowerCase()}`,
    fn: async () => {
      await azure(target.subscription, () =>
        target.client.maintenanceConfigurations.createOrUpdate(
          target.resourceGroup,
          target.name,
          AUTO_UPGRADE_SCHEDULE,
          windowBody(wanted),
          clients.requestOptions(),
        ),
      );
      ctx.logger.info(`Set ${what}: ${describeWindow(wanted)}`);
    },
  });
}
