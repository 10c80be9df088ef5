import { aksClusterReadPermission } from '@aks-backstage/plugin-aks-common';
import { parseEntityRefInput } from '../access/entityRefs';
import {
  checkWindowInput,
  previewWindow,
  readClusterMaintenance,
  setMaintenanceWindow,
} from '../maintenance';
import { AksRouter, RouteServices } from './routeServices';

/** The routes of a cluster's planned maintenance: read, preview and set a window. */
export function addMaintenanceRoutes(
  router: AksRouter,
  services: RouteServices,
) {
  const { reads, authorizeCluster } = services;

  router.get(
    '/clusters/:subscriptionId/:resourceGroup/:name/maintenance',
    async (req, res) => {
      await authorizeCluster(aksClusterReadPermission, req, req.params);
      res.json(await readClusterMaintenance(reads, req.params));
    },
  );

  router.post(
    '/clusters/:subscriptionId/:resourceGroup/:name/maintenance/preview',
    async (req, res) => {
      const now = new Date();
      parseEntityRefInput(req.query.entityRef);
      const rule = checkWindowInput(req.body.maintenanceWindow, now);
      await authorizeCluster(aksClusterReadPermission, req, req.params);
      // Nothing is read, but only clusters of the configured subscriptions are previewed.
      reads.arm.clients.subscription(req.params.subscriptionId);
      res.json(previewWindow(rule, now));
    },
  );

  router.put(
    '/clusters/:subscriptionId/:resourceGroup/:name/maintenance/:configName',
    async (req, res) => {
      const { configName, ...cluster } = req.params;
      res.json(
        await setMaintenanceWindow(services, {
          credentials: await services.httpAuth.credentials(req),
          cluster,
          configName,
          maintenanceWindow: req.body.maintenanceWindow,
          entityRef: parseEntityRefInput(req.query.entityRef),
          httpRequest: req,
        }),
      );
    },
  );
}
