import type {
  MaintenanceWindowInfo,
  MaintenancePreview,
} from '@aks-backstage/plugin-aks-common';
import type { MaintenanceConfig } from './armMaintenance';
import { nextSlotOccurrences, slotRuns } from './hourSlots';
import { nextOccurrences } from './occurrences';
import { slotSummary, windowSummary } from './summary';
import { readWindowRule, WindowRule } from './windowRule';

/** Occurrences shown of each configured window. */
export const NEXT_OCCURRENCES = 3;
/** Occurrences shown of a window previewed before it is set. */
export const PREVIEW_OCCURRENCES = 5;

/**
 * A configuration with its schedule in words and its next occurrences after
 * `now`. A schedule this API does not understand is said so, with none.
 */
export function describeWindow(
  config: MaintenanceConfig,
  now: Date,
  count = NEXT_OCCURRENCES,
): MaintenanceWindowInfo {
  if (config.maintenanceWindow) {
    const read = readWindowRule(config.maintenanceWindow);
    if ('problem' in read) {
      return {
        ...config,
        summary: `A schedule the AKS plugin cannot read: ${read.problem}`,
        next: [],
      };
    }
    return {
      ...config,
      summary: windowSummary(read.rule, now),
      next: nextOccurrences(read.rule, now, count),
    };
  }
  if (config.timeInWeek) {
    const runs = slotRuns(config.timeInWeek);
    return {
      ...config,
      summary: slotSummary(runs),
      next: nextSlotOccurrences(runs, config.notAllowedTime, now, count),
    };
  }
  return { ...config, summary: 'No schedule set', next: [] };
}

/** A checked window's summary and next occurrences, for a preview. */
export function previewWindow(rule: WindowRule, now: Date): MaintenancePreview {
  return {
    summary: windowSummary(rule, now),
    next: nextOccurrences(rule, now, PREVIEW_OCCURRENCES),
  };
}

/** How long a configuration is open at once, in hours, where its schedule says. */
export function shortestOpenHours(
  config: MaintenanceConfig,
): number | undefined {
  if (config.maintenanceWindow) return config.maintenanceWindow.durationHours;
  const runs = slotRuns(config.timeInWeek);
  return runs.length > 0 ? Math.min(...runs.map(r => r.hours)) : undefined;
}
