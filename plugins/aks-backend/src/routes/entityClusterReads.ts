import { assertError } from '@backstage/errors';
import type { Request } from 'express';
import {
  AksClusterRef,
  aksClusterReadPermission,
  AnnotatedAksClusterId,
  formatAksClusterId,
  ReadError,
} from '@aks-backstage/plugin-aks-common';
import { entityRefOfPath } from '../access/entityRefs';
import type { RouteServices } from './routeServices';

/**
 * The entity of an entity route's path, as every entity route reads it:
 * the path checked against the catalog's rules, `aks.cluster.read` on the
 * entity, then the entity read with the caller's credentials.
 */
export async function entityOfPath(
  services: RouteServices,
  req: Request<{ kind: string; namespace: string; name: string }>,
) {
  const entityRef = entityRefOfPath(req.params);
  const credentials = await services.httpAuth.credentials(req);
  await services.access.authorize(
    aksClusterReadPermission,
    credentials,
    entityRef,
  );
  return {
    entityRef,
    ...(await services.access.entityClusters(entityRef, credentials)),
  };
}

/** One cluster's answer: what was read of it, or why it could not be. */
export type PerCluster<T> = { clusterId: string } & (T | { error: ReadError });

/**
 * Each cluster of an entity read on its own: a malformed id, or a read that
 * failed, is that cluster's `error`, and the others are still read.
 */
export function readEachCluster<T extends object>(
  clusters: AnnotatedAksClusterId[],
  read: (ref: AksClusterRef) => Promise<T>,
): Promise<PerCluster<T>[]> {
  return Promise.all(
    clusters.map(
      async ({ id, ref, error: invalid }): Promise<PerCluster<T>> => {
        if (!ref) {
          return {
            clusterId: id,
            error: { name: 'InputError', message: invalid.message },
          };
        }
        const clusterId = formatAksClusterId(ref);
        try {
          return { clusterId, ...(await read(ref)) };
        } catch (error) {
          assertError(error);
          return {
            clusterId,
            error: { name: error.name, message: error.message },
          };
        }
      },
    ),
  );
}
