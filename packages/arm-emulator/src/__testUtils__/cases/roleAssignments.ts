import type { ArmEmulator } from '../../types';
import { armFetch } from '../armFetch';
import { conformanceCase as c, type ConformanceCase } from '../conformanceCase';
import {
  ACR_PULL,
  api,
  group,
  READER,
  registry,
  roleAssignment,
  sub,
  userAssignedIdentity,
} from '../demo';

const auth = (path: string) => api(path, 'authorization');
const RG = group('rg-payments-prod');
const ACR = registry('rg-platform-prod', 'acrcontosoprod');
const PRINCIPAL = '11111111-2222-4333-8444-555555555555';
const name = (n: number) =>
  `4b3c1a52-0000-4000-8000-${String(n).padStart(12, '0')}`;
const assignment = (n: number, scope = RG) =>
  auth(roleAssignment(scope, name(n)));
const reader = (principalId = PRINCIPAL) => ({
  properties: { roleDefinitionId: READER, principalId },
});
const list = (scope: string, filter?: string) =>
  auth(
    `${scope}/providers/Microsoft.Authorization/roleAssignments${
      filter ? `?$filter=${encodeURIComponent(filter)}` : ''
    }`,
  );

/** Creates an assignment of Reader for a principal on the payments group. */
const created =
  (n: number, principalId: string) => async (emulator: ArmEmulator) => {
    const response = await armFetch(emulator, 'PUT', assignment(n), {
      body: reader(principalId),
    });
    if (response.status !== 201) throw new Error(`${n}: ${response.status}`);
  };

/** roleAssignments (synchronous in 2022-04-01): every operation the product calls. */
export const ROLE_ASSIGNMENT_CASES: ConformanceCase[] = [
  c('RoleAssignments_Create', 201, 'a new assignment', assignment(1), {
    body: reader(),
  }),
  c('RoleAssignments_Create', 200, 'the same assignment again', assignment(2), {
    body: reader('22222222-2222-4333-8444-555555555555'),
    setup: created(2, '22222222-2222-4333-8444-555555555555'),
  }),
  c(
    'RoleAssignments_Create',
    409,
    'the same role and principal under another name',
    assignment(3),
    {
      body: reader('33333333-2222-4333-8444-555555555555'),
      setup: created(4, '33333333-2222-4333-8444-555555555555'),
    },
  ),
  c(
    'RoleAssignments_Create',
    400,
    'a principal id that is no GUID',
    assignment(5),
    {
      body: reader('kubelet'),
    },
  ),
  c(
    'RoleAssignments_Create',
    400,
    'an unknown role definition',
    assignment(5),
    {
      body: {
        properties: {
          roleDefinitionId: READER.replace(/[0-9a-f-]{36}$/, name(99)),
          principalId: PRINCIPAL,
        },
      },
    },
  ),
  c(
    'RoleAssignments_Create',
    400,
    'a managed identity named a User',
    assignment(5),
    {
      makeBody: emulator => ({
        properties: {
          ...reader(
            emulator.admin.getResource(
              userAssignedIdentity('rg-payments-prod', 'id-payments-api'),
            ).properties.principalId,
          ).properties,
          principalType: 'User',
        },
      }),
    },
  ),
  c(
    'RoleAssignments_Create',
    404,
    'a scope in a missing resource group',
    assignment(5, group('rg-missing')),
    { body: reader() },
  ),
  c('RoleAssignments_Get', 200, 'an assignment', assignment(6), {
    setup: created(6, '66666666-2222-4333-8444-555555555555'),
  }),
  c('RoleAssignments_Get', 404, 'a missing assignment', assignment(7)),
  c('RoleAssignments_Delete', 200, 'an assignment', assignment(8), {
    setup: created(8, '88888888-2222-4333-8444-555555555555'),
  }),
  c('RoleAssignments_Delete', 204, 'a missing assignment', assignment(9)),
  c('RoleAssignments_ListForScope', 200, 'a registry', list(ACR)),
  c(
    'RoleAssignments_ListForScope',
    200,
    'a principal at or below a registry',
    list(ACR, `principalId eq '${PRINCIPAL}'`),
  ),
  c(
    'RoleAssignments_ListForScope',
    404,
    'a missing registry',
    list(registry('rg-platform-prod', 'acrmissing')),
  ),
  c('RoleAssignments_ListForSubscription', 200, 'a subscription', list(sub())),
  c(
    'RoleAssignments_ListForSubscription',
    200,
    'assignments at or above the subscription',
    list(sub(), 'atScope()'),
  ),
  c('RoleAssignments_ListForResourceGroup', 200, 'a resource group', list(RG)),
  c(
    'RoleAssignments_ListForResourceGroup',
    404,
    'a missing resource group',
    list(group('rg-missing')),
  ),
  c('RoleAssignments_ListForResource', 200, 'a registry', list(ACR)),
  c(
    'RoleAssignments_ListForResource',
    200,
    'an assignment of AcrPull on a registry',
    list(ACR, `principalId eq '${PRINCIPAL}'`),
    {
      setup: async emulator => {
        await armFetch(emulator, 'PUT', assignment(10, ACR), {
          body: {
            properties: { roleDefinitionId: ACR_PULL, principalId: PRINCIPAL },
          },
        });
      },
    },
  ),
];
