import {
  AuditorService,
  AuthService,
  BackstageCredentials,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { assertError, NotAllowedError, NotFoundError } from '@backstage/errors';
import type { Entity } from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  AuthorizeResult,
  ResourcePermission,
} from '@backstage/plugin-permission-common';
import {
  AksClusterRef,
  AksOperation,
  aksClusterOperatePermission,
  aksFleetReadPermission,
  formatAksClusterId,
  AnnotatedAksClusterId,
  readAksClusterIds,
} from '@aks-backstage/plugin-aks-common';
import type { Request } from 'express';
import { invalidInput } from '../validation/inputErrors';
import {
  OperationRequest,
  OperationService,
} from '../operations/OperationService';

function sameCluster(a: AksClusterRef, b: AksClusterRef): boolean {
  return (
    formatAksClusterId(a).toLowerCase() === formatAksClusterId(b).toLowerCase()
  );
}

/** What a {@link ClusterAccess} is made with. */
interface ClusterAccessOptions {
  auth: AuthService;
  permissions: PermissionsService;
  catalog: CatalogService;
  auditor: AuditorService;
  operations: OperationService;
}

/**
 * Who may do what to which cluster, for the REST API and the actions alike:
 * with an entity, the permission is checked on that entity and the entity
 * must name the cluster; without one, only an unconditional allow lets the
 * caller through. The fleet has a permission of its own. Operations are
 * audited here.
 */
export class ClusterAccess {
  readonly #options: ClusterAccessOptions;

  constructor(options: ClusterAccessOptions) {
    this.#options = options;
  }

  async authorize(
    permission: ResourcePermission<'catalog-entity'>,
    credentials: BackstageCredentials,
    entityRef?: string,
  ): Promise<void> {
    const [decision] = entityRef
      ? await this.#options.permissions.authorize(
          [{ permission, resourceRef: entityRef }],
          { credentials },
        )
      : await this.#options.permissions.authorizeConditional([{ permission }], {
          credentials,
        });
    if (decision.result !== AuthorizeResult.ALLOW) {
      throw new NotAllowedError(`Not allowed: ${permission.name}`);
    }
  }

  /** The fleet is read by those a policy lets list it, whatever entity names its clusters. */
  async authorizeFleet(credentials: BackstageCredentials): Promise<void> {
    const [decision] = await this.#options.permissions.authorize(
      [{ permission: aksFleetReadPermission }],
      { credentials },
    );
    if (decision.result !== AuthorizeResult.ALLOW) {
      throw new NotAllowedError(`Not allowed: ${aksFleetReadPermission.name}`);
    }
  }

  /**
   * The ids an entity names, read from the catalog with the caller's
   * credentials, each parsed on its own: a malformed one carries its error.
   */
  async clustersOfEntity(
    entityRef: string,
    credentials: BackstageCredentials,
  ): Promise<AnnotatedAksClusterId[]> {
    return (await this.entityClusters(entityRef, credentials)).clusters;
  }

  /**
   * The ids an entity names, as {@link ClusterAccess.clustersOfEntity},
   * whether the entity serves production (`spec.lifecycle: production`), and
   * the entity itself.
   */
  async entityClusters(
    entityRef: string,
    credentials: BackstageCredentials,
  ): Promise<{
    clusters: AnnotatedAksClusterId[];
    production: boolean;
    entity: Entity;
  }> {
    const entity = await this.#options.catalog.getEntityByRef(entityRef, {
      credentials,
    });
    if (!entity) {
      throw new NotFoundError(`No entity ${entityRef}`);
    }
    const lifecycle = entity.spec?.lifecycle;
    return {
      clusters: readAksClusterIds(entity),
      production:
        typeof lifecycle === 'string' &&
        lifecycle.toLowerCase() === 'production',
      entity,
    };
  }

  /** An entity lends its permission only to the clusters it names. */
  async requireEntityNames(
    entityRef: string,
    credentials: BackstageCredentials,
    matches: (cluster: AksClusterRef) => boolean,
    what: string,
  ): Promise<void> {
    const clusters = await this.clustersOfEntity(entityRef, credentials);
    if (!clusters.some(({ ref }) => ref && matches(ref))) {
      throw invalidInput(
        'entityRef',
        entityRef,
        `the entity does not name ${what}`,
      );
    }
  }

  /** The permission for one cluster, through the entity when one is named. */
  async authorizeCluster(
    permission: ResourcePermission<'catalog-entity'>,
    credentials: BackstageCredentials,
    cluster: AksClusterRef,
    entityRef?: string,
  ): Promise<void> {
    await this.authorize(permission, credentials, entityRef);
    if (entityRef) {
      await this.requireEntityNames(
        entityRef,
        credentials,
        c => sameCluster(c, cluster),
        `cluster ${formatAksClusterId(cluster)}`,
      );
    }
  }

  /** An operation's cluster, checked against the entity when one is named. */
  async requireOperationOfEntity(
    operation: AksOperation,
    credentials: BackstageCredentials,
    entityRef?: string,
  ): Promise<void> {
    if (!entityRef) return;
    await this.requireEntityNames(
      entityRef,
      credentials,
      c => sameCluster(c, operation.cluster),
      `the cluster of operation ${operation.id}`,
    );
  }

  requestedBy(credentials: BackstageCredentials): string {
    if (this.#options.auth.isPrincipal(credentials, 'user')) {
      return credentials.principal.userEntityRef;
    }
    if (this.#options.auth.isPrincipal(credentials, 'service')) {
      return credentials.principal.subject;
    }
    return 'unknown';
  }

  /** Checks `aks.cluster.operate`, then starts the operation under an audit event. */
  async startOperation(options: {
    credentials: BackstageCredentials;
    cluster: AksClusterRef;
    request: OperationRequest;
    entityRef?: string;
    httpRequest?: Request;
  }): Promise<AksOperation> {
    const { credentials, cluster, request, entityRef } = options;
    await this.authorizeCluster(
      aksClusterOperatePermission,
      credentials,
      cluster,
      entityRef,
    );
    const event = await this.#options.auditor.createEvent({
      eventId: 'cluster-operation',
      severityLevel: 'medium',
      request: options.httpRequest,
      meta: {
        kind: request.kind,
        clusterId: formatAksClusterId(cluster),
        nodePool: 'nodePool' in request ? request.nodePool : null,
        entityRef: entityRef ?? null,
        ...(options.httpRequest
          ? {}
          : { requestedBy: this.requestedBy(credentials), via: 'action' }),
      },
    });
    try {
      const operation = await this.#options.operations.start(
        cluster,
        request,
        this.requestedBy(credentials),
      );
      await event.success({ meta: { operationId: operation.id } });
      return operation;
    } catch (error) {
      assertError(error);
      await event.fail({ error });
      throw error;
    }
  }
}
