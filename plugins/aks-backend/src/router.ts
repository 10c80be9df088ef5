import {
  AuditorService,
  AuthService,
  DiscoveryService,
  HttpAuthService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { assertError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { ResourcePermission } from '@backstage/plugin-permission-common';
import {
  AksClusterRef,
  aksClusterReadPermission,
  formatAksClusterId,
} from '@aks-backstage/plugin-aks-common';
import express from 'express';
import { entityRefOfPath } from './entityRefs';
import { requestValidation } from './requestValidation';
import { createOpenApiRouter } from './schema/openapi';
import { AksService } from './services/AksService';
import {
  checkScaleRequest,
  ClusterAccess,
  parseEntityRefInput,
} from './services/ClusterAccess';
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
  discovery: DiscoveryService;
  aks: AksService;
  operations: OperationService;
}

export async function createRouter(
  options: RouterOptions,
): Promise<express.Router> {
  const { httpAuth, discovery, aks, operations } = options;
  const access = new ClusterAccess(options);
  // Requests are validated in front of this router (requestValidation),
  // where each refusal keeps its status and names its field; the typed
  // router's own validator is told to skip every route, so that a request is
  // checked once.
  const router = await createOpenApiRouter({
    validatorOptions: { validateRequests: false, ignorePaths: () => true },
  });

  /**
   * Checks the permission for a request: on the `entityRef` it names, or,
   * without one, as an unconditional grant.
   */
  async function authorizeRequest(
    permission: ResourcePermission<'catalog-entity'>,
    req: express.Request,
  ) {
    const entityRef = parseEntityRefInput(req.query.entityRef);
    const credentials = await httpAuth.credentials(req);
    await access.authorize(permission, credentials, entityRef);
    return { entityRef, credentials };
  }

  /** The permission for one cluster, through the entity when one is named. */
  async function authorizeCluster(
    permission: ResourcePermission<'catalog-entity'>,
    req: express.Request,
    cluster: AksClusterRef,
  ) {
    const entityRef = parseEntityRefInput(req.query.entityRef);
    const credentials = await httpAuth.credentials(req);
    await access.authorizeCluster(permission, credentials, cluster, entityRef);
  }

  async function startOperation(
    req: express.Request,
    res: express.Response,
    cluster: AksClusterRef,
    request: OperationRequest,
  ) {
    const operation = await access.startOperation({
      credentials: await httpAuth.credentials(req),
      cluster,
      request,
      entityRef: parseEntityRefInput(req.query.entityRef),
      httpRequest: req,
    });
    const baseUrl = await discovery.getExternalBaseUrl('aks');
    res
      .status(202)
      .location(`${baseUrl}/operations/${operation.id}`)
      .json(operation);
  }

  router.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });

  router.get('/entities/:kind/:namespace/:name/clusters', async (req, res) => {
    const entityRef = entityRefOfPath(req.params);
    const credentials = await httpAuth.credentials(req);
    await access.authorize(aksClusterReadPermission, credentials, entityRef);
    const clusters = await access.clustersOfEntity(entityRef, credentials);
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
    await access.authorize(aksClusterReadPermission, credentials);
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
      await access.requireEntityNames(
        entityRef,
        credentials,
        c => c.subscriptionId.toLowerCase() === subscriptionId.toLowerCase(),
        `a cluster in subscription ${subscriptionId}`,
      );
    }
    await aks.requireOfferedLocation(subscriptionId, location);
    const versions = await aks.listKubernetesVersions(subscriptionId, location);
    res.json({ location, versions: versions.value });
  });

  router.get('/subscriptions', async (req, res) => {
    await access.authorize(
      aksClusterReadPermission,
      await httpAuth.credentials(req),
    );
    res.json({
      items: aks.subscriptions.map(({ subscriptionId, displayName }) => ({
        subscriptionId,
        displayName,
      })),
    });
  });

  router.get('/subscriptions/:subscriptionId/locations', async (req, res) => {
    await access.authorize(
      aksClusterReadPermission,
      await httpAuth.credentials(req),
    );
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
      checkScaleRequest(req.body);
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
    await access.requireOperationOfEntity(operation, credentials, entityRef);
    res.json(operation);
  });

  return express.Router().use(requestValidation(), router);
}
