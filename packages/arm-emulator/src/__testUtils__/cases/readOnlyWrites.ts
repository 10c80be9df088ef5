import { api, group, READER, roleAssignment } from '../demo';
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

/**
 * Every write the product sends with a body (as the LRO cases make them, and
 * a role assignment), but UpdateTags, whose TagsObject has no read-only property.
 */
export const READ_ONLY_WRITES: LroCase[] = [
  ...LRO_CASES.filter(
    c =>
      c.body !== undefined &&
      catalogEntry(c.operation).spec &&
      c.operation !== 'ManagedClusters_UpdateTags',
  ),
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
