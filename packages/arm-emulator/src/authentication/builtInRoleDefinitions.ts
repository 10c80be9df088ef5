/** What a role definition says of itself: its description and permissions, as Azure publishes them. */
export interface RoleDefinitionText {
  description: string;
  /** `BuiltInRole`, or `CustomRole` for the one role of the spec examples. */
  type?: 'BuiltInRole' | 'CustomRole';
  actions: string[];
  notActions?: string[];
  dataActions?: string[];
  notDataActions?: string[];
}

const SUPPORT = [
  'Microsoft.Authorization/*/read',
  'Microsoft.Insights/alertRules/*',
  'Microsoft.Resources/deployments/*',
  'Microsoft.Resources/subscriptions/resourceGroups/read',
  'Microsoft.Support/*',
];

/**
 * The built-in roles' texts, by their ids (the same in every Azure cloud),
 * from Azure's list of built-in roles.
 */
export const ROLE_DEFINITION_TEXTS: Record<string, RoleDefinitionText> = {
  '8e3af657-a8ff-443c-a75c-2fe8c4bcb635': {
    description:
      'Grants full access to manage all resources, including the ability to assign roles in Azure RBAC.',
    actions: ['*'],
  },
  'b24988ac-6180-42a0-ab88-20f7382dd24c': {
    description:
      'Grants full access to manage all resources, but does not allow you to assign roles in Azure RBAC, manage assignments in Azure Blueprints, or share image galleries.',
    actions: ['*'],
    notActions: [
      'Microsoft.Authorization/*/Delete',
      'Microsoft.Authorization/*/Write',
      'Microsoft.Authorization/elevateAccess/Action',
      'Microsoft.Blueprint/blueprintAssignments/write',
      'Microsoft.Blueprint/blueprintAssignments/delete',
      'Microsoft.Compute/galleries/share/action',
    ],
  },
  'acdd72a7-3385-48ef-bd42-f606fba81ae7': {
    description:
      'View all resources, but does not allow you to make any changes.',
    actions: ['*/read'],
  },
  '18d7d88d-d35e-4fb1-a5c3-7773c6a72b9c': {
    description: 'Lets you manage user access to Azure resources.',
    actions: ['*/read', 'Microsoft.Authorization/*', 'Microsoft.Support/*'],
  },
  '7f951dda-4ed3-4680-a7ca-43fe172d538d': {
    description: 'acr pull',
    actions: ['Microsoft.ContainerRegistry/registries/pull/read'],
  },
  '8311e382-0749-4cb8-b61a-304f252e45ec': {
    description: 'acr push',
    actions: [
      'Microsoft.ContainerRegistry/registries/pull/read',
      'Microsoft.ContainerRegistry/registries/push/write',
    ],
  },
  '0ab0b1a8-8aac-4efd-b8c2-3ee1fb270be8': {
    description: 'List cluster admin credential action.',
    actions: [
      'Microsoft.ContainerService/managedClusters/listClusterAdminCredential/action',
      'Microsoft.ContainerService/managedClusters/accessProfiles/listCredential/action',
      'Microsoft.ContainerService/managedClusters/read',
      'Microsoft.ContainerService/managedClusters/runcommand/action',
    ],
  },
  '4abbcc35-e782-43d8-92c5-2d3f1bd2253f': {
    description: 'List cluster user credential action.',
    actions: [
      'Microsoft.ContainerService/managedClusters/listClusterUserCredential/action',
      'Microsoft.ContainerService/managedClusters/read',
    ],
  },
  'b1ff04bb-8a4e-4dc4-8eb5-8693973ce19b': {
    description: 'Lets you manage all resources in the cluster.',
    actions: [
      'Microsoft.Authorization/*/read',
      'Microsoft.Insights/alertRules/*',
      'Microsoft.Resources/deployments/write',
      'Microsoft.Resources/subscriptions/operationresults/read',
      'Microsoft.Resources/subscriptions/read',
      'Microsoft.Resources/subscriptions/resourceGroups/read',
      'Microsoft.ContainerService/managedClusters/listClusterUserCredential/action',
    ],
    dataActions: ['Microsoft.ContainerService/managedClusters/*'],
  },
  'ed7f3fbd-7b88-4dd4-9017-9adb7ce333f8': {
    description:
      'Grants access to read and write Azure Kubernetes Service clusters',
    actions: [
      'Microsoft.ContainerService/managedClusters/read',
      'Microsoft.ContainerService/managedClusters/write',
      'Microsoft.Resources/deployments/*',
    ],
  },
  '4d97b98b-1d4f-4787-a291-c67834d212e7': {
    description: 'Lets you manage networks, but not access to them.',
    actions: [
      ...SUPPORT,
      'Microsoft.Network/*',
      'Microsoft.ResourceHealth/availabilityStatuses/read',
    ],
  },
  'f1a07417-d97a-45cb-824c-7a7467783830': {
    description: 'Read and Assign User Assigned Identity',
    actions: [
      'Microsoft.ManagedIdentity/userAssignedIdentities/*/read',
      'Microsoft.ManagedIdentity/userAssignedIdentities/*/assign/action',
      ...SUPPORT,
    ],
  },
  '3913510d-42f4-4e42-8a64-420c390055eb': {
    description: 'Enables publishing metrics against Azure resources',
    actions: [
      'Microsoft.Insights/Register/Action',
      'Microsoft.Support/*',
      'Microsoft.Resources/subscriptions/resourceGroups/read',
    ],
    dataActions: [
      'Microsoft.Insights/Metrics/Write',
      'Microsoft.Insights/Telemetry/Write',
    ],
  },
  '2a2b9908-6ea1-4ae2-8e65-a410df84e7d1': {
    description:
      'Read and list Azure Storage containers and blobs. To learn which actions are required for a given data operation, see Permissions for calling blob and queue data operations.',
    actions: [
      'Microsoft.Storage/storageAccounts/blobServices/containers/read',
      'Microsoft.Storage/storageAccounts/blobServices/generateUserDelegationKey/action',
    ],
    dataActions: [
      'Microsoft.Storage/storageAccounts/blobServices/containers/blobs/read',
    ],
  },
  '4633458b-17de-408a-b874-0445c86b69e6': {
    description:
      "Read secret contents. Only works for key vaults that use the 'Azure role-based access control' permission model.",
    actions: [],
    dataActions: [
      'Microsoft.KeyVault/vaults/secrets/getSecret/action',
      'Microsoft.KeyVault/vaults/secrets/readMetadata/action',
    ],
  },
  '0b5fe924-9a61-425c-96af-cfe6e287ca2d': {
    description:
      'The custom role that the Azure REST API spec examples assign.',
    type: 'CustomRole',
    actions: [],
  },
};

/** Azure's wildcard: `*` is any text, and `a/*\/b` also covers `a/b`. */
function wildcard(pattern: string): RegExp {
  const parts = pattern
    .split('*')
    .map(part => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(
    `^${parts.join('.*').replace(/\/\.\*\//g, '/(.*/)?')}$`,
    'i',
  );
}

/** Whether a role's actions, less its not-actions, permit an ARM action. */
export function permitsByText(text: RoleDefinitionText) {
  const allowed = text.actions.map(wildcard);
  const denied = (text.notActions ?? []).map(wildcard);
  return (action: string) =>
    allowed.some(p => p.test(action)) && !denied.some(p => p.test(action));
}
