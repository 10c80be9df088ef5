import {
  api,
  cloneResource,
  cluster,
  group,
  READER,
  roleAssignment,
} from '../demo';
import type { LroCase } from '../lroContract';
import { catalogEntry } from '../operationCatalog';
import { LRO_CASES } from './longRunning';

const ASSIGNMENT = api(
  roleAssignment(
    group('rg-payments-prod'),
    '6d5e3c74-0000-4000-8000-000000000001',
  ),
  'authorization',
);

const WINDOW = api(
  `${cluster(
    'rg-payments-prod',
    'aks-readonly-window',
  )}/maintenanceConfigurations/aksManagedAutoUpgradeSchedule`,
  'aks',
);

/**
 * Every write the product sends with a body (as the LRO cases make them, a
 * maintenance window and a role assignment), but UpdateTags, whose
 * TagsObject has no read-only property.
 */
export const READ_ONLY_WRITES: LroCase[] = [
  ...LRO_CASES.filter(
    c =>
      c.body !== undefined &&
      catalogEntry(c.operation).spec &&
      c.operation !== 'ManagedClusters_UpdateTags',
  ),
  {
    operation: 'MaintenanceConfigurations_CreateOrUpdate',
    status: 201,
    what: 'a new auto-upgrade window',
    path: WINDOW,
    setup: emulator =>
      cloneResource(
        emulator,
        cluster('rg-payments-prod', 'aks-payments-prod'),
        'aks-readonly-window',
      ),
    body: {
      properties: {
        maintenanceWindow: {
          schedule: { weekly: { intervalWeeks: 2, dayOfWeek: 'Monday' } },
          durationHours: 6,
          startTime: '01:00',
        },
      },
    },
    final: {
      operation: 'MaintenanceConfigurations_Get',
      path: WINDOW,
      status: 200,
    },
  },
  {
    operation: 'RoleAssignments_Create',
    status: 201,
    what: 'a new assignment',
    path: ASSIGNMENT,
    body: {
      properties: {
        roleDefinitionId: READER,
        principalId: '99999999-2222-4333-8444-555555555555',
      },
    },
    final: { operation: 'RoleAssignments_Get', path: ASSIGNMENT, status: 200 },
  },
];
