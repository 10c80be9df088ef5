import { badRequest } from '../../errors/armError';
import { ok } from '../armRequest';
import { normalizeLocation } from '../arm/location';
import { paginate } from '../arm/pagination';
import { routeBuilder, type Route } from '../arm/route';
import { AKS_LOCATIONS } from '../resources/providers';
import { computeUsages } from './computeUsages';
import { COMPUTE_NAMESPACE } from './resourceSkus';

/** What `@azure/arm-compute` sends for usages (2026-04-01), and earlier versions tools still use. */
export const USAGE_API_VERSIONS = [
  '2021-07-01',
  '2023-09-01',
  '2024-07-01',
  '2024-11-01',
  '2025-04-01',
  '2026-04-01',
] as const;

const REGIONS = AKS_LOCATIONS.map(normalizeLocation);

/** `Usage_List`: a subscription's compute usage and quota limits in a region. */
export const usageRoutes: Route[] = [
  routeBuilder(USAGE_API_VERSIONS, COMPUTE_NAMESPACE)(
    'GET',
    `/subscriptions/{subscriptionId}/providers/${COMPUTE_NAMESPACE}/locations/{location}/usages`,
    'Usage_List',
    'locations/usages/read',
    (req, ctx) => {
      const region = normalizeLocation(req.params.location);
      if (!REGIONS.includes(region)) {
        throw badRequest(
          'NoRegisteredProviderFound',
          `No registered resource provider found for location '${
            req.params.location
          }' and API version '${req.query.get(
            'api-version',
          )}' for type 'locations/usages'. The supported locations are '${REGIONS.join(
            ', ',
          )}'.`,
        );
      }
      const page = paginate(
        req,
        computeUsages(ctx, req.params.subscriptionId, region),
        ctx.settings.pageSize,
      );
      return ok(page);
    },
  ),
];
