import { permitsByText, ROLE_DEFINITION_TEXTS } from './builtInRoleDefinitions';

/** A built-in role: its name, and which ARM actions it permits. */
export interface BuiltInRole {
  name: string;
  permits: (action: string) => boolean;
}

/** Permits the actions that match any of the patterns. */
const matching =
  (...patterns: RegExp[]) =>
  (action: string) =>
    patterns.some(pattern => pattern.test(action));

const READ = /\/read$/i;

/**
 * Built-in role definitions the emulator knows (real ids). Roles that grant a
 * data plane only (a registry's, a cluster's Kubernetes API) permit no ARM
 * action.
 */
export const BUILT_IN_ROLES: Record<string, BuiltInRole> = {
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
    permits: matching(READ),
  },
  '18d7d88d-d35e-4fb1-a5c3-7773c6a72b9c': {
    name: 'User Access Administrator',
    permits: matching(READ, /^Microsoft\.Authorization\//i),
  },
  '7f951dda-4ed3-4680-a7ca-43fe172d538d': {
    name: 'AcrPull',
    permits: matching(),
  },
  '8311e382-0749-4cb8-b61a-304f252e45ec': {
    name: 'AcrPush',
    permits: matching(),
  },
  '0ab0b1a8-8aac-4efd-b8c2-3ee1fb270be8': {
    name: 'Azure Kubernetes Service Cluster Admin Role',
    permits: matching(
      /^Microsoft\.ContainerService\/managedClusters\/(listClusterAdminCredential|listClusterUserCredential|read)/i,
    ),
  },
  '4abbcc35-e782-43d8-92c5-2d3f1bd2253f': {
    name: 'Azure Kubernetes Service Cluster User Role',
    permits: matching(
      /^Microsoft\.ContainerService\/managedClusters\/(listClusterUserCredential|read)/i,
    ),
  },
  'b1ff04bb-8a4e-4dc4-8eb5-8693973ce19b': {
    name: 'Azure Kubernetes Service RBAC Cluster Admin',
    permits: matching(),
  },
  // The custom role the Azure REST API spec examples assign; known so those example requests succeed.
  '0b5fe924-9a61-425c-96af-cfe6e287ca2d': {
    name: 'Spec Example Custom Role',
    permits: matching(),
  },
  'ed7f3fbd-7b88-4dd4-9017-9adb7ce333f8': {
    name: 'Azure Kubernetes Service Contributor Role',
    permits: matching(
      /^Microsoft\.ContainerService\/managedClusters\//i,
      /^Microsoft\.Resources\/.*\/read$/i,
    ),
  },
  // Roles the Azure CLI assigns: to a virtual node's identity on its subnet, to a
  // control plane's identity on a kubelet identity, to the monitoring addon's identity.
  '4d97b98b-1d4f-4787-a291-c67834d212e7': {
    name: 'Network Contributor',
    permits: permitsByText(
      ROLE_DEFINITION_TEXTS['4d97b98b-1d4f-4787-a291-c67834d212e7'],
    ),
  },
  'f1a07417-d97a-45cb-824c-7a7467783830': {
    name: 'Managed Identity Operator',
    permits: permitsByText(
      ROLE_DEFINITION_TEXTS['f1a07417-d97a-45cb-824c-7a7467783830'],
    ),
  },
  '3913510d-42f4-4e42-8a64-420c390055eb': {
    name: 'Monitoring Metrics Publisher',
    permits: permitsByText(
      ROLE_DEFINITION_TEXTS['3913510d-42f4-4e42-8a64-420c390055eb'],
    ),
  },
};

export const OWNER_ROLE_ID = '8e3af657-a8ff-443c-a75c-2fe8c4bcb635';
