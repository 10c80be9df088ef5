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
 * The managed clusters an entity names in its annotations, parsed and de-duplicated case-insensitively.
 * Empty entries between commas are ignored.
 * @throws {@link InvalidAksClusterIdError} for the first malformed id, with the annotation named in its message.
 * @public
 */
export function getAksClusterIds(entity: Entity): AksClusterRef[] {
  const refs = new Map<string, AksClusterRef>();
  for (const [annotation, id] of annotatedIds(entity)) {
    let ref: AksClusterRef;
    try {
      ref = parseAksClusterId(id);
    } catch (error) {
      if (!(error instanceof InvalidAksClusterIdError)) throw error;
      throw new InvalidAksClusterIdError(
        error.field,
        error.value,
        `Annotation ${annotation}: ${error.message}`,
        { cause: error },
      );
    }
    const key = [ref.subscriptionId, ref.resourceGroup, ref.name]
      .join('/')
      .toLowerCase();
    if (!refs.has(key)) refs.set(key, ref);
  }
  return [...refs.values()];
}

/**
 * True when the entity names at least one managed cluster. Malformed ids count too, so the
 * AKS tab is shown and can explain what is wrong with them.
 * @public
 */
export function isAksAvailable(entity: Entity): boolean {
  return annotatedIds(entity).length > 0;
}
