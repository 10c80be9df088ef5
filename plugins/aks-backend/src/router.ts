import {
  AuditorService,
  AuthService,
  BackstageCredentials,
  HttpAuthService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import {
  assertError,
  InputError,
  NotAllowedError,
  NotFoundError,
} from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  AuthorizeResult,
  ResourcePermission,
} from '@backstage/plugin-permission-common';
import {
  AksClusterRef,
  aksClusterOperatePermission,
  aksClusterReadPermission,
  formatAksClusterId,
  getAksClusterIds,
  InvalidAksClusterIdError,
} from '@aks-backstage/plugin-aks-common';
import express from 'express';
import { createOpenApiRouter } from './schema/openapi';
import { AksService } from './services/AksService';
import {
  OperationRequest,
  OperationService,
} from './services/OperationService';

export interface RouterOptions {
  httpAuth: HttpAuthService;
  auth: AuthService;
  permissions: PermissionsService;
  auditor: AuditorService;
  catalog: CatalogService;
  aks: AksService;
  operations: OperationService;
}

function entityRefQuery(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  try {
    return stringifyEntityRef(parseEntityRef(String(value)));
  } catch (error) {
    throw new InputError(`Invalid entityRef '${value}': ${error}`);
  }
}

function sameCluster(a: AksClusterRef, b: AksClusterRef): boolean {
  return (
    formatAksClusterId(a).toLowerCase() === formatAksClusterId(b).toLowerCase()
  );
}

export async function createRouter(
  options: RouterOptions,
): Promise<express.Router> {
  const { httpAuth, auth, permissions, auditor, catalog, aks, operations } =
    options;
  const router = await createOpenApiRouter();

  /**
   * With an entity, the permission is checked on that entity; without one
   * (the fleet API), only an unconditional allow lets the caller through.
   */
  async function authorize(
    permission: ResourcePermission<'catalog-entity'>,
    credentials: BackstageCredentials,
    entityRef?: string,
  ): Promise<void> {
    const [decision] = entityRef
      ? await permissions.authorize([{ permission, resourceRef: entityRef }], {
          credentials,
        })
      : await permissions.authorizeConditional([{ permission }], {
          credentials,
        });
    if (decision.result !== AuthorizeResult.ALLOW) {
      throw new NotAllowedError(`Not allowed: ${permission.name}`);
    }
  }

  async function clustersOfEntity(
    entityRef: string,
    credentials: BackstageCredentials,
  ): Promise<AksClusterRef[]> {
    const entity = await catalog.getEntityByRef(entityRef, { credentials });
    if (!entity) {
      throw new NotFoundError(`No entity ${entityRef}`);
    }
    try {
      return getAksClusterIds(entity);
    } catch (error) {
      if (error instanceof InvalidAksClusterIdError) {
        throw new InputError(
          `Entity ${entityRef} has an invalid cluster id annotation: ${error.message}`,
        );
      }
      throw error;
    }
  }

  function requestedBy(credentials: BackstageCredentials): string {
    if (auth.isPrincipal(credentials, 'user')) {
      return credentials.principal.userEntityRef;
    }
    if (auth.isPrincipal(credentials, 'service')) {
      return credentials.principal.subject;
    }
    return 'unknown';
  }

  /**
   * Checks the permission for a request: on the `entityRef` it names, or,
   * without one, as an unconditional grant.
   */
  async function authorizeRequest(
    permission: ResourcePermission<'catalog-entity'>,
    req: express.Request,
  ) {
    const entityRef = entityRefQuery(req.query.entityRef);
    const credentials = await httpAuth.credentials(req);
    await authorize(permission, credentials, entityRef);
    return { entityRef, credentials };
  }

  /** An entity lends its permission only to the clusters it names. */
  async function requireEntityNames(
    entityRef: string,
    credentials: BackstageCredentials,
    matches: (cluster: AksClusterRef) => boolean,
    what: string,
  ): Promise<void> {
    const clusters = await clustersOfEntity(entityRef, credentials);
    if (!clusters.some(matches)) {
      throw new InputError(`Entity ${entityRef} does not name ${what}`);
    }
  }

  /** The permission for one cluster, through the entity when one is named. */
  async function authorizeCluster(
    permission: ResourcePermission<'catalog-entity'>,
    req: express.Request,
    cluster: AksClusterRef,
  ) {
    const authorized = await authorizeRequest(permission, req);
    if (authorized.entityRef) {
      await requireEntityNames(
        authorized.entityRef,
        authorized.credentials,
        c => sameCluster(c, cluster),
        `cluster ${formatAksClusterId(cluster)}`,
      );
    }
    return authorized;
  }

  async function startOperation(
    req: express.Request,
    res: express.Response,
    cluster: AksClusterRef,
    request: OperationRequest,
  ) {
    const { entityRef, credentials } = await authorizeCluster(
      aksClusterOperatePermission,
      req,
      cluster,
    );
    const event = await auditor.createEvent({
      eventId: 'cluster-operation',
      severityLevel: 'medium',
      request: req,
      meta: {
        kind: request.kind,
        clusterId: formatAksClusterId(cluster),
        nodePool: 'nodePool' in request ? request.nodePool : null,
        entityRef: entityRef ?? null,
      },
    });
    try {
      const operation = await operations.start(
        cluster,
        request,
        requestedBy(credentials),
      );
      await event.success({ meta: { operationId: operation.id } });
      res.status(202).location(`operations/${operation.id}`).json(operation);
    } catch (error) {
      assertError(error);
      await event.fail({ error });
      throw error;
    }
  }

  router.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });

  router.get('/entities/:kind/:namespace/:name/clusters', async (req, res) => {
    const credentials = await httpAuth.credentials(req);
    const entityRef = stringifyEntityRef(req.params);
    await authorize(aksClusterReadPermission, credentials, entityRef);
    const clusters = await clustersOfEntity(entityRef, credentials);
    const items = await Promise.all(
      clusters.map(async ref => {
        const clusterId = formatAksClusterId(ref);
        try {
          return { clusterId, cluster: await aks.getCluster(ref) };
        } catch (error) {
          assertError(error);
          return {
            clusterId,
            error: { name: error.name, message: error.message },
          };
        }
      }),
    );
    res.json({ entityRef, items });
  });

  router.get('/clusters', async (req, res) => {
    const credentials = await httpAuth.credentials(req);
    await authorize(aksClusterReadPermission, credentials);
    res.json(await aks.listFleet(req.query));
  });

  router.get(
    '/clusters/:subscriptionId/:resourceGroup/:name',
    async (req, res) => {
      await authorizeCluster(aksClusterReadPermission, req, req.params);
      res.json(await aks.getCluster(req.params));
    },
  );

  router.get(
    '/clusters/:subscriptionId/:resourceGroup/:name/upgrades',
    async (req, res) => {
      await authorizeCluster(aksClusterReadPermission, req, req.params);
      res.json(await aks.getUpgrades(req.params));
    },
  );

  router.get('/locations/:location/kubernetes-versions', async (req, res) => {
    const { location } = req.params;
    const { subscriptionId } = req.query;
    const { entityRef, credentials } = await authorizeRequest(
      aksClusterReadPermission,
      req,
    );
    if (entityRef) {
      await requireEntityNames(
        entityRef,
        credentials,
        c => c.subscriptionId.toLowerCase() === subscriptionId.toLowerCase(),
        `a cluster in subscription ${subscriptionId}`,
      );
    }
    const versions = await aks.listKubernetesVersions(subscriptionId, location);
    res.json({ location, versions: versions.value });
  });

  router.get('/subscriptions', async (req, res) => {
    await authorize(aksClusterReadPermission, await httpAuth.credentials(req));
    res.json({
      items: aks.subscriptions.map(({ subscriptionId, displayName }) => ({
        subscriptionId,
        displayName,
      })),
    });
  });

  router.get('/subscriptions/:subscriptionId/locations', async (req, res) => {
    await authorize(aksClusterReadPermission, await httpAuth.credentials(req));
    res.json(await aks.listLocations(req.params.subscriptionId));
  });

  router.post(
    '/clusters/:subscriptionId/:resourceGroup/:name/start',
    (req, res) => startOperation(req, res, req.params, { kind: 'start' }),
  );

  router.post(
    '/clusters/:subscriptionId/:resourceGroup/:name/stop',
    (req, res) => startOperation(req, res, req.params, { kind: 'stop' }),
  );

  router.post(
    '/clusters/:subscriptionId/:resourceGroup/:name/upgrade',
    (req, res) =>
      startOperation(req, res, req.params, {
        kind: 'upgradeControlPlane',
        ...req.body,
      }),
  );

  router.post(
    '/clusters/:subscriptionId/:resourceGroup/:name/node-pools/:nodePool/upgrade',
    (req, res) => {
      const { nodePool, ...cluster } = req.params;
      return startOperation(req, res, cluster, {
        kind: 'upgradeNodePool',
        nodePool,
        kubernetesVersion: req.body.kubernetesVersion,
      });
    },
  );

  router.post(
    '/clusters/:subscriptionId/:resourceGroup/:name/node-pools/:nodePool/upgrade-node-image',
    (req, res) => {
      const { nodePool, ...cluster } = req.params;
      return startOperation(req, res, cluster, {
        kind: 'upgradeNodeImage',
        nodePool,
      });
    },
  );

  router.post(
    '/clusters/:subscriptionId/:resourceGroup/:name/node-pools/:nodePool/scale',
    (req, res) => {
      const { nodePool, ...cluster } = req.params;
      const { count, minCount, maxCount } = req.body;
      if (
        count === undefined &&
        (minCount === undefined || maxCount === undefined)
      ) {
        throw new InputError('Give count, or minCount and maxCount');
      }
      if (
        minCount !== undefined &&
        maxCount !== undefined &&
        minCount > maxCount
      ) {
        throw new InputError('minCount must not be greater than maxCount');
      }
      return startOperation(req, res, cluster, {
        kind: 'scaleNodePool',
        nodePool,
        count,
        minCount,
        maxCount,
      });
    },
  );

  router.get('/operations/:operationId', async (req, res) => {
    const { entityRef, credentials } = await authorizeRequest(
      aksClusterReadPermission,
      req,
    );
    const operation = await operations.get(req.params.operationId);
    if (entityRef) {
      await requireEntityNames(
        entityRef,
        credentials,
        c => sameCluster(c, operation.cluster),
        `the cluster of operation ${operation.id}`,
      );
    }
    res.json(operation);
  });

  return router;
}
