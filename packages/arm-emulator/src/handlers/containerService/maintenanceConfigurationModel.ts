import type { StoredResource } from '../../persistence/resourceStore';
import type { EmulatorContext } from '../../emulatorContext';
import { renderResource } from '../arm/renderResource';
import { deepClone } from '../../util/random';
import { MAINTENANCE_CONFIGURATION_TYPE } from './aksTypes';
import { todayAt } from './validateMaintenanceConfiguration';

export const maintenanceConfigurationIdOf = (clusterId: string, name: string) =>
  `${clusterId}/maintenanceConfigurations/${name}`;

const pick = (from: Record<string, any>, keys: string[]) =>
  Object.fromEntries(
    keys
      .filter(k => from[k] !== undefined && from[k] !== null)
      .map(k => [k, deepClone(from[k])]),
  );

const SCHEDULE_FIELDS: Record<string, string[]> = {
  daily: ['intervalDays'],
  weekly: ['intervalWeeks', 'dayOfWeek'],
  absoluteMonthly: ['intervalMonths', 'dayOfMonth'],
  relativeMonthly: ['intervalMonths', 'weekIndex', 'dayOfWeek'],
};

/**
 * What AKS keeps of a valid MaintenanceConfiguration's properties: the
 * properties the spec knows, and a window's start date, which is the day it
 * was made (where its offset applies) when the request leaves it out.
 */
export function storedMaintenanceProperties(
  input: Record<string, any>,
  nowMs: number,
  existing?: Record<string, any>,
): Record<string, any> {
  const props = pick(input, ['timeInWeek', 'notAllowedTime']);
  const window = input.maintenanceWindow;
  if (window) {
    const [type, value] = Object.entries<any>(window.schedule).find(
      ([key, v]) => SCHEDULE_FIELDS[key] && v !== null && v !== undefined,
    )!;
    props.maintenanceWindow = {
      ...pick(window, ['durationHours', 'utcOffset', 'startTime']),
      schedule: { [type]: pick(value, SCHEDULE_FIELDS[type]) },
      startDate:
        window.startDate ??
        existing?.maintenanceWindow?.startDate ??
        todayAt(window.utcOffset, nowMs),
      ...(window.notAllowedDates
        ? {
            notAllowedDates: window.notAllowedDates.map(
              (span: Record<string, any>) => pick(span, ['start', 'end']),
            ),
          }
        : {}),
    };
  }
  return props;
}

/** Stores a configuration of a cluster (used by PUT and by seeds). */
export function storeMaintenanceConfiguration(
  ctx: EmulatorContext,
  clusterId: string,
  name: string,
  properties: Record<string, any>,
): StoredResource {
  const id = maintenanceConfigurationIdOf(clusterId, name);
  const existing = ctx.store.get(id);
  return ctx.store.put(id, {
    properties: storedMaintenanceProperties(
      properties,
      ctx.clock.now(),
      existing?.body.properties,
    ),
  });
}

/** The MaintenanceConfiguration resource body. */
export function renderMaintenanceConfiguration(
  record: StoredResource,
): Record<string, any> {
  return renderResource(record, MAINTENANCE_CONFIGURATION_TYPE, {
    properties: deepClone(record.body.properties ?? {}),
  });
}

/** A cluster's maintenance configurations, in the order they were made. */
export function maintenanceConfigurationsOf(
  ctx: EmulatorContext,
  clusterId: string,
): StoredResource[] {
  return ctx.store.childrenOf(clusterId, MAINTENANCE_CONFIGURATION_TYPE);
}
