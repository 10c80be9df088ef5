/**
 * Azure built-in roles a workload identity is commonly granted, by name;
 * their role definition ids are the same in every Azure cloud.
 * @public
 */
export const AZURE_BUILT_IN_ROLES = {
  AcrPull: '7f951dda-4ed3-4680-a7ca-43fe172d538d',
  Reader: 'acdd72a7-3385-48ef-bd42-f606fba81ae7',
  Contributor: 'b24988ac-6180-42a0-ab88-20f7382dd24c',
  'Key Vault Secrets User': '4633458b-17de-408a-b874-0445c86b69e6',
  'Storage Blob Data Reader': '2a2b9908-6ea1-4ae2-8e65-a410df84e7d1',
} as const;

/**
 * The name of a built-in role of {@link AZURE_BUILT_IN_ROLES}.
 * @public
 */
export type AzureBuiltInRoleName = keyof typeof AZURE_BUILT_IN_ROLES;

const NAMES_BY_ID = new Map(
  Object.entries(AZURE_BUILT_IN_ROLES).map(([name, id]) => [id, name]),
);

/**
 * The name of the built-in role a role definition id names (a GUID, or an
 * ARM id ending `/roleDefinitions/<guid>`, in any case); undefined for any
 * other role.
 * @public
 */
export function builtInRoleName(
  roleDefinitionId: string,
): AzureBuiltInRoleName | undefined {
  const guid = roleDefinitionId.split('/').pop()?.toLowerCase() ?? '';
  return NAMES_BY_ID.get(guid as never) as AzureBuiltInRoleName | undefined;
}
