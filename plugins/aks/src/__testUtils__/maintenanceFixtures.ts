import type {
  ClusterMaintenance,
  MaintenanceOccurrence,
  MaintenanceWindowInfo,
  UpgradeReadiness,
} from '@aks-backstage/plugin-aks-common';

const HOUR = 3_600_000;

/** Occurrences `hours` long, one every `everyDays` from `firstStart`. */
export function occurrences(
  firstStart: string,
  hours: number,
  n: number,
  everyDays = 7,
): MaintenanceOccurrence[] {
  const first = Date.parse(firstStart);
  return Array.from({ length: n }, (_, i) => {
    const start = first + i * everyDays * 24 * HOUR;
    return {
      start: new Date(start).toISOString(),
      end: new Date(start + hours * HOUR).toISOString(),
    };
  });
}

/** The auto-upgrade window: Saturdays 23:00 UTC for 4 hours. */
export function autoUpgradeWindow(
  overrides: Partial<MaintenanceWindowInfo> = {},
): MaintenanceWindowInfo {
  return {
    name: 'aksManagedAutoUpgradeSchedule',
    kind: 'autoUpgrade',
    maintenanceWindow: {
      schedule: { weekly: { intervalWeeks: 1, dayOfWeek: 'Saturday' } },
      durationHours: 4,
      utcOffset: '+00:00',
      startTime: '23:00',
    },
    summary: 'Every Saturday 23:00–03:00 (next day) UTC',
    next: occurrences('2026-12-12T23:00:00.000Z', 4, 3),
    ...overrides,
  };
}

/** The node OS window: every day 02:00 at UTC+05:30, for 4 hours. */
export function nodeOsWindow(
  overrides: Partial<MaintenanceWindowInfo> = {},
): MaintenanceWindowInfo {
  return {
    name: 'aksManagedNodeOSUpgradeSchedule',
    kind: 'nodeOS',
    maintenanceWindow: {
      schedule: { daily: { intervalDays: 1 } },
      durationHours: 4,
      utcOffset: '+05:30',
      startTime: '02:00',
    },
    summary: 'Every day 02:00–06:00 UTC+05:30',
    next: occurrences('2026-12-08T20:30:00.000Z', 4, 3, 1),
    ...overrides,
  };
}

/** A cluster on the patch and node image channels, with both windows. */
export function maintenance(
  overrides: Partial<ClusterMaintenance> = {},
): ClusterMaintenance {
  return {
    upgradeChannel: 'patch',
    nodeOSUpgradeChannel: 'NodeImage',
    windows: [autoUpgradeWindow(), nodeOsWindow()],
    nextChange: {
      kind: 'kubernetesUpgrade',
      summary: 'Kubernetes 1.34.5 → 1.34.8 (patch channel)',
      fromVersion: '1.34.5',
      toVersion: '1.34.8',
      channel: 'patch',
      window: 'aksManagedAutoUpgradeSchedule',
      start: '2026-12-12T23:00:00.000Z',
    },
    fetchedAt: '2026-12-07T09:00:00.000Z',
    stale: false,
    ...overrides,
  };
}

/** An upgrade to 1.35.2 with nothing in its way. */
export function readiness(
  overrides: Partial<UpgradeReadiness> = {},
): UpgradeReadiness {
  return {
    targetVersion: '1.35.2',
    currentVersion: '1.34.5',
    path: [
      { kind: 'controlPlane', from: '1.34.5', to: '1.35.2' },
      { kind: 'nodePool', name: 'system', from: '1.34.5', to: '1.35.2' },
    ],
    pools: [
      {
        name: 'system',
        nodeCount: 3,
        maxSurge: '10%',
        maxSurgeIsDefault: true,
        surgeNodes: 1,
        vmSize: 'Standard_D4ds_v5',
        family: 'standardDDSv5Family',
        extraVCpus: 4,
      },
    ],
    quota: [
      {
        family: 'standardDDSv5Family',
        needed: 4,
        available: 88,
        limit: 100,
        used: 12,
      },
    ],
    disruptionBudgets: [],
    deprecatedApis: [],
    findings: [],
    blocking: false,
    fetchedAt: '2026-12-07T09:00:00.000Z',
    ...overrides,
  };
}
