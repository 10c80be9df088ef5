import type { ArmEmulator } from '../../types';
import { armFetch } from '../armFetch';
import {
  api,
  cloneResource,
  cluster,
  containerGroup,
  group,
  NEW_CONTAINER_GROUP,
  registry,
  roleAssignment,
  sub,
} from '../demo';
import type { SdkClients } from '../sdkSetup';
import { identityWith } from './managedIdentities';
import { KUBERNETES_CONFIGURATION_PAGING } from './kubernetesConfigurationPaging';

/** A list the product reads, set up to span several pages, and the SDK pager that reads it. */
export interface PagingCase {
  operation: string;
  what: string;
  path: string;
  setup?: (emulator: ArmEmulator) => unknown;
  sdk?: (clients: SdkClients) => AsyncIterable<{ id?: string }>;
}

const ACR = registry('rg-platform-prod', 'acrcontosoprod');
const PRINCIPAL = '77777777-2222-4333-8444-555555555555';
const assignments = `providers/Microsoft.Authorization/roleAssignments`;

/** Three more registries in the platform group (the seed has one). */
const registries = (emulator: ArmEmulator) => {
  for (const name of ['acrpage1', 'acrpage2', 'acrpage3'])
    cloneResource(emulator, ACR, name);
};

/** Three container groups in the payments group (the seed has none). */
const containerGroups = async (emulator: ArmEmulator) => {
  for (const name of ['cg-page-1', 'cg-page-2', 'cg-page-3'])
    await armFetch(
      emulator,
      'PUT',
      api(containerGroup('rg-payments-prod', name), 'aci'),
      { body: NEW_CONTAINER_GROUP },
    );
};

const ROLES = [
  'acdd72a7-3385-48ef-bd42-f606fba81ae7', // Reader
  '7f951dda-4ed3-4680-a7ca-43fe172d538d', // AcrPull
  '8311e382-0749-4cb8-b61a-304f252e45ec', // AcrPush
];

/** Reader for three principals on the payments group, and three roles of one principal on the registry. */
const roleAssignments = async (emulator: ArmEmulator) => {
  const put = (
    scope: string,
    name: string,
    role: string,
    principalId: string,
  ) =>
    armFetch(
      emulator,
      'PUT',
      api(roleAssignment(scope, name), 'authorization'),
      {
        body: {
          properties: {
            roleDefinitionId: `${sub()}/providers/Microsoft.Authorization/roleDefinitions/${role}`,
            principalId,
          },
        },
      },
    );
  for (const n of [1, 2, 3]) {
    await put(
      group('rg-payments-prod'),
      `5c4d2b63-0000-4000-8000-00000000010${n}`,
      ROLES[0],
      `${PRINCIPAL.slice(0, -1)}${n}`,
    );
    await put(
      ACR,
      `5c4d2b63-0000-4000-8000-00000000020${n}`,
      ROLES[n - 1],
      PRINCIPAL,
    );
  }
};

/** All three maintenance configurations on a copy of the payments cluster. */
const maintenanceConfigurations = async (emulator: ArmEmulator) => {
  const id = cloneResource(
    emulator,
    cluster('rg-payments-prod', 'aks-payments-prod'),
    'aks-page-windows',
  );
  const window = {
    maintenanceWindow: {
      schedule: { weekly: { intervalWeeks: 1, dayOfWeek: 'Sunday' } },
      durationHours: 4,
      startTime: '02:00',
    },
  };
  for (const name of [
    'default',
    'aksManagedAutoUpgradeSchedule',
    'aksManagedNodeOSUpgradeSchedule',
  ])
    await armFetch(
      emulator,
      'PUT',
      api(`${id}/maintenanceConfigurations/${name}`, 'aks'),
      { body: { properties: window } },
    );
};

const IDENTITIES = 'providers/Microsoft.ManagedIdentity/userAssignedIdentities';

/** Every pageable list the product reads, each spanning at least two pages of two. */
export const PAGING_CASES: PagingCase[] = [
  {
    operation: 'UserAssignedIdentities_ListBySubscription',
    what: 'three identities',
    path: api(`${sub()}/${IDENTITIES}`, 'msi'),
    setup: identityWith('id-page', ['web', 'jobs', 'cron']),
    sdk: c => c.msi.userAssignedIdentities.listBySubscription(),
  },
  {
    operation: 'UserAssignedIdentities_ListByResourceGroup',
    what: 'three identities',
    path: api(`${group('rg-payments-prod')}/${IDENTITIES}`, 'msi'),
    sdk: c =>
      c.msi.userAssignedIdentities.listByResourceGroup('rg-payments-prod'),
  },
  {
    operation: 'FederatedIdentityCredentials_List',
    what: 'three credentials, one a page ($top 1)',
    path: api(
      `${group(
        'rg-payments-prod',
      )}/${IDENTITIES}/id-page/federatedIdentityCredentials?$top=1`,
      'msi',
    ),
    sdk: c =>
      c.msi.federatedIdentityCredentials.list('rg-payments-prod', 'id-page', {
        top: 1,
      }),
  },
  {
    operation: 'ManagedClusters_List',
    what: 'five clusters',
    path: api(
      `${sub()}/providers/Microsoft.ContainerService/managedClusters`,
      'aks',
    ),
    sdk: c => c.aks.managedClusters.list(),
  },
  {
    operation: 'ManagedClusters_ListByResourceGroup',
    what: 'three clusters',
    path: api(
      `${group(
        'rg-payments-prod',
      )}/providers/Microsoft.ContainerService/managedClusters`,
      'aks',
    ),
    sdk: c => c.aks.managedClusters.listByResourceGroup('rg-payments-prod'),
  },
  {
    operation: 'AgentPools_List',
    what: 'four pools',
    path: api(
      `${group(
        'rg-platform-prod',
      )}/providers/Microsoft.ContainerService/managedClusters/aks-platform-lts/agentPools`,
      'aks',
    ),
    sdk: c => c.aks.agentPools.list('rg-platform-prod', 'aks-platform-lts'),
  },
  {
    operation: 'MaintenanceConfigurations_ListByManagedCluster',
    what: 'three configurations',
    path: api(
      `${cluster(
        'rg-payments-prod',
        'aks-page-windows',
      )}/maintenanceConfigurations`,
      'aks',
    ),
    setup: maintenanceConfigurations,
    sdk: c =>
      c.aks.maintenanceConfigurations.listByManagedCluster(
        'rg-payments-prod',
        'aks-page-windows',
      ),
  },
  {
    operation: 'Registries_List',
    what: 'four registries',
    path: api(
      `${sub()}/providers/Microsoft.ContainerRegistry/registries`,
      'acr',
    ),
    setup: registries,
    sdk: c => c.acr.registries.list(),
  },
  {
    operation: 'Registries_ListByResourceGroup',
    what: 'four registries',
    path: api(
      `${group(
        'rg-platform-prod',
      )}/providers/Microsoft.ContainerRegistry/registries`,
      'acr',
    ),
    sdk: c => c.acr.registries.listByResourceGroup('rg-platform-prod'),
  },
  {
    operation: 'ContainerGroups_List',
    what: 'three container groups',
    path: api(
      `${sub()}/providers/Microsoft.ContainerInstance/containerGroups`,
      'aci',
    ),
    setup: containerGroups,
    sdk: c => c.aci.containerGroups.list(),
  },
  {
    operation: 'ContainerGroups_ListByResourceGroup',
    what: 'three container groups',
    path: api(
      `${group(
        'rg-payments-prod',
      )}/providers/Microsoft.ContainerInstance/containerGroups`,
      'aci',
    ),
    sdk: c => c.aci.containerGroups.listByResourceGroup('rg-payments-prod'),
  },
  {
    operation: 'RoleAssignments_ListForSubscription',
    what: 'every assignment in the subscription',
    path: api(`${sub()}/${assignments}`, 'authorization'),
    setup: roleAssignments,
    sdk: c => c.auth.roleAssignments.listForSubscription(),
  },
  {
    operation: 'RoleAssignments_ListForResourceGroup',
    what: 'assignments at and above a group',
    path: api(`${group('rg-payments-prod')}/${assignments}`, 'authorization'),
    sdk: c => c.auth.roleAssignments.listForResourceGroup('rg-payments-prod'),
  },
  {
    operation: 'RoleAssignments_ListForScope',
    what: 'assignments of one principal, $filter kept across pages',
    path: api(
      `${ACR}/${assignments}?$filter=${encodeURIComponent(
        `principalId eq '${PRINCIPAL}'`,
      )}`,
      'authorization',
    ),
    sdk: c =>
      c.auth.roleAssignments.listForScope(ACR, {
        filter: `principalId eq '${PRINCIPAL}'`,
      }),
  },
  {
    operation: 'RoleAssignments_ListForResource',
    what: 'assignments at and above a registry',
    path: api(`${ACR}/${assignments}`, 'authorization'),
    sdk: c =>
      c.auth.roleAssignments.listForResource(
        'rg-platform-prod',
        'Microsoft.ContainerRegistry',
        'registries',
        'acrcontosoprod',
      ),
  },
  {
    operation: 'ResourceGroups_List',
    what: 'three resource groups',
    path: api(`${sub()}/resourcegroups`, 'resources'),
    setup: emulator =>
      emulator.admin.putResource(group('rg-page'), {
        location: 'westeurope',
        properties: { provisioningState: 'Succeeded' },
      }),
  },
  {
    operation: 'Resources_List',
    what: 'the clusters, $filter kept across pages',
    path: api(
      `${sub()}/resources?$filter=${encodeURIComponent(
        "resourceType eq 'Microsoft.ContainerService/managedClusters'",
      )}`,
      'resourceList',
    ),
    sdk: c =>
      c.resources.resources.list({
        filter: "resourceType eq 'Microsoft.ContainerService/managedClusters'",
      }),
  },
  {
    operation: 'Resources_ListByResourceGroup',
    what: 'the resources of a group',
    path: api(`${group('rg-payments-prod')}/resources`, 'resourceList'),
    sdk: c => c.resources.resources.listByResourceGroup('rg-payments-prod'),
  },
  {
    operation: 'RoleDefinitions_List',
    what: 'the built-in roles',
    path: api(
      `${sub()}/providers/Microsoft.Authorization/roleDefinitions`,
      'roleDefinitions',
    ),
    sdk: c => c.auth.roleDefinitions.list(sub()),
  },
  ...KUBERNETES_CONFIGURATION_PAGING,
];
