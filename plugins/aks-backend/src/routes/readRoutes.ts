import { aksClusterReadPermission } from '@aks-backstage/plugin-aks-common';
import { entityOfPath, readEachCluster } from './entityClusterReads';
import { AksRouter, RouteServices } from './routeServices';

/** The routes that read: an entity's clusters, the fleet, a cluster, regions and operations. */
export function addReadRoutes(router: AksRouter, services: RouteServices) {
  const { access, reads, operations, authorizeRequest, authorizeCluster } =
    services;

  router.get('/entities/:kind/:namespace/:name/clusters', async (req, res) => {
    const { entityRef, clusters, production } = await entityOfPath(
      services,
      req,
    );
    const items = await readEachCluster(clusters, async ref => ({
      cluster: await reads.clusters.getCluster(ref, { production }),
    }));
    res.json({ entityRef, items });
  });

  router.get('/clusters', async (req, res) => {
    await access.authorizeFleet(await services.httpAuth.credentials(req));
    res.json(await reads.fleet.listFleet(req.query));
  });

  router.get(
    '/clusters/:subscriptionId/:resourceGroup/:name',
    async (req, res) => {
      await authorizeCluster(aksClusterReadPermission, req, req.params);
      res.json(await reads.clusters.getCluster(req.params));
    },
  );

  router.get(
    '/clusters/:subscriptionId/:resourceGroup/:name/upgrades',
    async (req, res) => {
      await authorizeCluster(aksClusterReadPermission, req, req.params);
      res.json(await reads.clusters.getUpgrades(req.params));
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
    await reads.regions.requireOfferedLocation(subscriptionId, location);
    const versions = await reads.regions.listKubernetesVersions(
      subscriptionId,
      location,
    );
    res.json({ location, versions: versions.value });
  });

  router.get('/subscriptions', async (req, res) => {
    await authorizeRequest(aksClusterReadPermission, req);
    res.json({
      items: reads.fleet.subscriptions.map(
        ({ subscriptionId, displayName }) => ({ subscriptionId, displayName }),
      ),
    });
  });

  router.get('/subscriptions/:subscriptionId/locations', async (req, res) => {
    await authorizeRequest(aksClusterReadPermission, req);
    res.json(await reads.regions.listLocations(req.params.subscriptionId));
  });

  router.get('/operations/:operationId', async (req, res) => {
    const { entityRef, credentials } = await authorizeRequest(
      aksClusterReadPermission,
      req,
    );
    const operation = await operations.get(req.params.operationId);
    await access.requireOperationOfEntity(operation, credentials, entityRef);
    res.json(operation);
  });
}
