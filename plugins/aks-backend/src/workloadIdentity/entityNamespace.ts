import type { Entity } from '@backstage/catalog-model';

/** The annotation the Kubernetes plugin reads an entity's namespace from. */
export const KUBERNETES_NAMESPACE_ANNOTATION =
  'backstage.io/kubernetes-namespace';

/** The Kubernetes namespace of an entity's service accounts: its annotation, else its name. */
export function entityNamespace(entity: Entity): string {
  const annotated =
    entity.metadata.annotations?.[KUBERNETES_NAMESPACE_ANNOTATION]?.trim();
  return annotated || entity.metadata.name;
}
