import type { AksClusterRef } from './types';

/**
 * The part of an AKS cluster id (or of a request) that failed validation.
 * @public
 */
export type AksClusterIdField =
  | 'id'
  | 'subscriptionId'
  | 'resourceGroup'
  | 'name';

/**
 * Thrown for a malformed managed-cluster id or reference. The backend maps it to `InputError`.
 * @public
 */
export class InvalidAksClusterIdError extends Error {
  /** The part of the id that is wrong. */
  readonly field: AksClusterIdField;
  /** What the id had there. */
  readonly value: string;

  constructor(
    field: AksClusterIdField,
    value: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'InvalidAksClusterIdError';
    this.field = field;
    this.value = value;
  }
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// Azure accepts Unicode letters and digits in resource group names, not only ASCII.
const RESOURCE_GROUP = /^[-\w.()\p{L}\p{Nd}]{0,89}[-\w()\p{L}\p{Nd}]$/u;
const CLUSTER_NAME = /^[a-zA-Z0-9](?:[a-zA-Z0-9_-]{0,61}[a-zA-Z0-9])?$/;
const LINUX_POOL_NAME = /^[a-z][a-z0-9]{0,11}$/;
const WINDOWS_POOL_NAME = /^[a-z][a-z0-9]{0,5}$/;
const KUBERNETES_VERSION = /^(0|[1-9]\d*)\.(0|[1-9]\d*)(\.(0|[1-9]\d*))?$/;

/**
 * True for a subscription id in GUID form.
 * @public
 */
export function isValidSubscriptionId(value: string): boolean {
  return GUID.test(value);
}

/**
 * True for a valid resource group name: 1–90 letters, digits, `_`, `-`, `.`, `(`, `)`, not ending in `.`.
 * @public
 */
export function isValidResourceGroupName(value: string): boolean {
  return RESOURCE_GROUP.test(value);
}

/**
 * True for a valid AKS cluster name: 1–63 letters, digits, `-`, `_`, starting and ending with a letter or digit.
 * @public
 */
export function isValidClusterName(value: string): boolean {
  return CLUSTER_NAME.test(value);
}

/**
 * True for a valid agent pool name: lowercase letters and digits, starting with a letter,
 * at most 12 characters for Linux pools and 6 for Windows pools.
 * @public
 */
export function isValidAgentPoolName(
  value: string,
  osType: 'Linux' | 'Windows' = 'Linux',
): boolean {
  return (osType === 'Windows' ? WINDOWS_POOL_NAME : LINUX_POOL_NAME).test(
    value,
  );
}

/**
 * True for a Kubernetes version as AKS takes it: `1.33` or `1.33.2`.
 * @public
 */
export function isValidKubernetesVersion(value: string): boolean {
  return KUBERNETES_VERSION.test(value);
}

function assertValidRef(ref: AksClusterRef): void {
  if (!isValidSubscriptionId(ref.subscriptionId)) {
    throw new InvalidAksClusterIdError(
      'subscriptionId',
      ref.subscriptionId,
      `Invalid subscriptionId '${ref.subscriptionId}': expected a GUID`,
    );
  }
  if (!isValidResourceGroupName(ref.resourceGroup)) {
    throw new InvalidAksClusterIdError(
      'resourceGroup',
      ref.resourceGroup,
      `Invalid resourceGroup '${ref.resourceGroup}': expected 1-90 letters, digits, '_', '-', '.', '(' or ')', not ending in '.'`,
    );
  }
  if (!isValidClusterName(ref.name)) {
    throw new InvalidAksClusterIdError(
      'name',
      ref.name,
      `Invalid cluster name '${ref.name}': expected 1-63 letters, digits, '-' or '_', starting and ending with a letter or digit`,
    );
  }
}

const ID_SHAPE =
  '/subscriptions/<guid>/resourceGroups/<rg>/providers/Microsoft.ContainerService/managedClusters/<name>';
const KEYWORDS: ReadonlyArray<[index: number, keyword: string]> = [
  [1, 'subscriptions'],
  [3, 'resourcegroups'],
  [5, 'providers'],
  [6, 'microsoft.containerservice'],
  [7, 'managedclusters'],
];

/**
 * Parses the ARM id of a managed cluster. Keywords are matched case-insensitively, as ARM does;
 * names are checked against the Azure naming rules. One trailing `/` is tolerated, nothing else.
 * @throws {@link InvalidAksClusterIdError} naming the field that is wrong.
 * @public
 */
export function parseAksClusterId(id: string): AksClusterRef {
  const segments = id.replace(/\/$/, '').split('/');
  const shapeIsValid =
    segments.length === 9 &&
    segments[0] === '' &&
    KEYWORDS.every(([i, keyword]) => segments[i].toLowerCase() === keyword);
  if (!shapeIsValid) {
    throw new InvalidAksClusterIdError(
      'id',
      id,
      `Invalid AKS cluster id '${id}': expected ${ID_SHAPE}`,
    );
  }
  const ref = {
    subscriptionId: segments[2],
    resourceGroup: segments[4],
    name: segments[8],
  };
  assertValidRef(ref);
  return ref;
}

/**
 * Formats the canonical ARM id of a managed cluster.
 * @throws {@link InvalidAksClusterIdError} when a part of the reference is invalid.
 * @public
 */
export function formatAksClusterId(ref: AksClusterRef): string {
  assertValidRef(ref);
  return `/subscriptions/${ref.subscriptionId}/resourceGroups/${ref.resourceGroup}/providers/Microsoft.ContainerService/managedClusters/${ref.name}`;
}

/**
 * The page of a resource in the Azure portal, from its ARM id.
 * @public
 */
export function azurePortalUrl(resourceId: string): string {
  return `https://portal.azure.com/#@/resource${resourceId}/overview`;
}
