import { aksClusterReadPermission } from '@aks-backstage/plugin-aks-common';
import { upgradeReadinessOf } from '../readiness';
import { AksRouter, RouteServices } from './routeServices';

/** Whether an upgrade of a cluster would go through, before it starts. */
export function addReadinessRoutes(router: AksRouter, services: RouteServices) {
  const { reads, authorizeCluster } = services;
  const readiness = upgradeReadinessOf(reads);

  router.get(
    '/clusters/:subscriptionId/:resourceGroup/:name/upgrade-readiness',
    async (req, res) => {
      await authorizeCluster(aksClusterReadPermission, req, req.params);
      const { version, controlPlaneOnly } = req.query;
      res.json(
        await readiness.check(req.params, version, {
          controlPlaneOnly: controlPlaneOnly === 'true',
        }),
      );
    },
  );
}
