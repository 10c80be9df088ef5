import { aksClusterReadPermission } from '@aks-backstage/plugin-aks-common';
import { AksRouter, RouteServices } from './routeServices';

/** The virtual machine sizes a location offers, for the scaffolder's VM size picker. */
export function addVmSizeRoutes(router: AksRouter, services: RouteServices) {
  const { reads, authorizeRequest } = services;

  router.get(
    '/subscriptions/:subscriptionId/locations/:location/vm-sizes',
    async (req, res) => {
      const { subscriptionId, location } = req.params;
      await authorizeRequest(aksClusterReadPermission, req);
      await reads.regions.requireOfferedLocation(subscriptionId, location);
      const sizes = await reads.vmSizes.listVmSizes(subscriptionId, location);
      res.json({ location, items: sizes.value });
    },
  );
}
