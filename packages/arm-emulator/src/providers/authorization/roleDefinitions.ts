/** Built-in role definitions the emulator knows (real ids). */
export const BUILT_IN_ROLES: Record<
  string,
  { name: string; permits: (action: string) => boolean }
> = {
  '8e3af657-a8ff-443c-a75c-2fe8c4bcb635': {
    name: 'Owner',
    permits: () => true,
  },
  'b24988ac-6180-42a0-ab88-20f7382dd24c': {
    name: 'Contributor',
    permits: action =>
      !/^Microsoft\.Authorization\/.*\/(write|delete)$/i.test(action),
  },
  'acdd72a7-3385-48ef-bd42-f606fba81ae7': {
    name: 'Reader',
    permits: action => /\/read$/i.test(action),
  },
  '18d7d88d-d35e-4fb1-a5c3-7773c6a72b9c': {
    name: 'User Access Administrator',
    permits: action =>
      /\/read$/i.test(action) || /^Microsoft\.Authorization\//i.test(action),
  },
  '7f951dda-4ed3-4680-a7ca-43fe172d538d': {
    name: 'AcrPull',
    permits: () => false,
  },
  '8311e382-0749-4cb8-b61a-304f252e45ec': {
    name: 'AcrPush',
    permits: () => false,
  },
  '0ab0b1a8-8aac-4efd-b8c2-3ee1fb270be8': {
    name: 'Azure Kubernetes Service Cluster Admin Role',
    permits: action =>
      /^Microsoft\.ContainerService\/managedClusters\/(listClusterAdminCredential|listClusterUserCredential|read)/i.test(
        action,
      ),
  },
  '4abbcc35-e782-43d8-92c5-2d3f1bd2253f': {
    name: 'Azure Kubernetes Service Cluster User Role',
    permits: action =>
      /^Microsoft\.ContainerService\/managedClusters\/(listClusterUserCredential|read)/i.test(
        action,
      ),
  },
  'b1ff04bb-8a4e-4dc4-8eb5-8693973ce19b': {
    name: 'Azure Kubernetes Service RBAC Cluster Admin',
    permits: () => false,
  },
  // The custom role the Azure REST API spec examples assign; known so those example requests succeed.
  '0b5fe924-9a61-425c-96af-cfe6e287ca2d': {
    name: 'Spec Example Custom Role',
    permits: () => false,
  },
  'ed7f3fbd-7b88-4dd4-9017-9adb7ce333f8': {
    name: 'Azure Kubernetes Service Contributor Role',
    permits: action =>
      /^Microsoft\.ContainerService\/managedClusters\//i.test(action) ||
      /^Microsoft\.Resources\/.*\/read$/i.test(action),
  },
};

export const OWNER_ROLE_ID = '8e3af657-a8ff-443c-a75c-2fe8c4bcb635';

export function roleDefinitionId(
  subscriptionId: string,
  roleGuid: string,
): string {
  return `/subscriptions/${subscriptionId}/providers/Microsoft.Authorization/roleDefinitions/${roleGuid}`;
}

/** The GUID at the end of a roleDefinitionId, lower-cased. */
export function roleGuidOf(roleDefinitionIdValue: string): string {
  return roleDefinitionIdValue.split('/').pop()!.toLowerCase();
}
