import {
  api,
  cloneResource,
  cluster,
  federatedCredential,
  group,
  newFederatedCredential,
  READER,
  roleAssignment,
  userAssignedIdentity,
} from '../demo';
import { identityWith } from './managedIdentities';
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

const IDENTITY = api(
  userAssignedIdentity('rg-payments-prod', 'id-readonly'),
  'msiLatest',
);
const CREDENTIAL = api(
  federatedCredential('rg-payments-prod', 'id-readonly-fic', 'web'),
  'msi',
);

/** Writes whose request schema has no read-only property: UpdateTags' TagsObject, and the Kubernetes configuration patches. */
const NOTHING_READ_ONLY = [
  'ManagedClusters_UpdateTags',
  'Extensions_Update',
  'FluxConfigurations_Update',
];

/**
 * Every write the product sends with a body (as the LRO cases make them, a
 * maintenance window and a role assignment), but those with nothing
 * read-only to send.
 */
export const READ_ONLY_WRITES: LroCase[] = [
  ...LRO_CASES.filter(
    c =>
      c.body !== undefined &&
      catalogEntry(c.operation).spec &&
      !NOTHING_READ_ONLY.includes(c.operation),
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
  // 2024-11-30 marks an identity's whole `properties` read-only, though its
  // isolationScope may be written; 2026-05-31 marks the ids only.
  {
    operation: 'UserAssignedIdentities_CreateOrUpdate',
    status: 201,
    what: 'a new identity',
    path: IDENTITY,
    spec: 'msiLatest',
    body: { location: 'westeurope', properties: { isolationScope: 'None' } },
    final: {
      operation: 'UserAssignedIdentities_Get',
      path: IDENTITY,
      status: 200,
    },
  },
  {
    operation: 'UserAssignedIdentities_Update',
    status: 200,
    what: 'new tags',
    path: IDENTITY,
    spec: 'msiLatest',
    body: { tags: { step: 'patched' }, properties: {} },
    final: {
      operation: 'UserAssignedIdentities_Get',
      path: IDENTITY,
      status: 200,
    },
  },
  {
    operation: 'FederatedIdentityCredentials_CreateOrUpdate',
    status: 201,
    what: 'a new credential',
    path: CREDENTIAL,
    setup: identityWith('id-readonly-fic'),
    body: newFederatedCredential('system:serviceaccount:ns:web'),
    final: {
      operation: 'FederatedIdentityCredentials_Get',
      path: CREDENTIAL,
      status: 200,
    },
  },
];
