import type { HealthInput } from '../health';
import type { MaintenanceRead } from './MaintenanceReads';
import { shortestOpenHours } from './windowInfo';

/**
 * A cluster's health input with what was read of its maintenance: its
 * windows, or why they are unknown. Without a read (the fleet reads them
 * only for clusters with a channel), the input is left as it is.
 */
export function withMaintenance(
  input: HealthInput,
  read: MaintenanceRead | undefined,
): HealthInput {
  if (!read) return input;
  if ('unknown' in read) {
    return {
      ...input,
      unknown: { ...input.unknown, maintenance: read.unknown },
    };
  }
  return {
    ...input,
    maintenanceWindows: read.configs.map(config => ({
      name: config.name,
      kind: config.kind,
      shortestOpenHours: shortestOpenHours(config),
    })),
  };
}
