import type { Entity } from '@backstage/catalog-model';
import { InvalidAksClusterIdError, parseAksClusterId } from './resourceId';
import type { AksClusterRef } from './types';

/**
 * Entity annotation holding the full ARM id of a managed cluster; several ids may be comma-separated.
 * @public
 */
export const AKS_CLUSTER_ID_ANNOTATION = 'azure.com/aks-cluster-id';

/**
 * Entity annotation written by the Azure resources catalog provider; used when it names a managed cluster.
 * @public
 */
export const AZURE_RESOURCE_ID_ANNOTATION = 'management.azure.com/resourceId';

const MANAGED_CLUSTER_ID =
  /\/providers\/Microsoft\.ContainerService\/managedClusters\/[^/]+\/?$/i;

function splitIds(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map(id => id.trim())
    .filter(id => id !== '');
}

function annotatedIds(entity: Entity): Array<[annotation: string, id: string]> {
  const annotations = entity.metadata.annotations ?? {};
  const aksIds = splitIds(annotations[AKS_CLUSTER_ID_ANNOTATION]);
  // The generic resource id annotation may name any Azure resource; only managed clusters concern us.
  const resourceIds = splitIds(
    annotations[AZURE_RESOURCE_ID_ANNOTATION],
  ).filter(id => MANAGED_CLUSTER_ID.test(id));
  return [
    ...aksIds.map(id => [AKS_CLUSTER_ID_ANNOTATION, id] as [string, string]),
    ...resourceIds.map(
      id => [AZURE_RESOURCE_ID_ANNOTATION, id] as [string, string],
    ),
  ];
}

/**
 * One id an entity names: the cluster it parses to, or why it does not parse.
 * @public
 */
export type AnnotatedAksClusterId =
  | { id: string; ref: AksClusterRef; error?: undefined }
  | { id: string; ref?: undefined; error: InvalidAksClusterIdError };

function readId(annotation: string, id: string): AnnotatedAksClusterId {
  try {
    return { id, ref: parseAksClusterId(id) };
  } catch (error) {
    if (!(error instanceof InvalidAksClusterIdError)) throw error;
    return {
      id,
      error: new InvalidAksClusterIdError(
        error.field,
        error.value,
        `Annotation ${annotation}: ${error.message}`,
        { cause: error },
      ),
    };
  }
}

/**
 * Every id an entity names in its annotations, each parsed on its own so one
 * malformed id does not hide the others; de-duplicated case-insensitively,
 * keeping the first. Empty entries between commas are ignored.
 * @public
 */
export function readAksClusterIds(entity: Entity): AnnotatedAksClusterId[] {
  const seen = new Map<string, AnnotatedAksClusterId>();
  for (const [annotation, id] of annotatedIds(entity)) {
    const read = readId(annotation, id);
    const key = (
      read.ref
        ? [read.ref.subscriptionId, read.ref.resourceGroup, read.ref.name].join(
            '/',
          )
        : id
    ).toLowerCase();
    if (!seen.has(key)) seen.set(key, read);
  }
  return [...seen.values()];
}

/**
 * The managed clusters an entity names in its annotations, parsed and de-duplicated case-insensitively.
 * Empty entries between commas are ignored.
 * @throws {@link InvalidAksClusterIdError} for the first malformed id, with the annotation named in its message.
 * @public
 */
export function getAksClusterIds(entity: Entity): AksClusterRef[] {
  return readAksClusterIds(entity).map(read => {
    if (read.error) throw read.error;
    return read.ref;
  });
}

/**
 * True when the entity names at least one managed cluster. Malformed ids count too, so the
 * AKS tab is shown and can explain what is wrong with them.
 * @public
 */
export function isAksAvailable(entity: Entity): boolean {
  return annotatedIds(entity).length > 0;
}
