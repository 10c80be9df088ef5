import { conformanceCase as c, type ConformanceCase } from '../conformanceCase';
import { api, sub } from '../demo';

const usages = (location: string, subscriptionId?: string) =>
  api(
    `${sub(
      subscriptionId,
    )}/providers/Microsoft.Compute/locations/${location}/usages`,
    'compute',
  );

/**
 * A subscription's compute usage and quotas in a region. azure-specs has no
 * Microsoft.Compute spec, so these cases check the ARM contracts but no schema.
 */
export const COMPUTE_USAGE_CASES: ConformanceCase[] = [
  c('Usage_List', 200, 'a region with clusters', usages('westeurope')),
  c('Usage_List', 200, 'a region without clusters', usages('japaneast')),
  c('Usage_List', 400, 'a location with no compute', usages('atlantis')),
  c(
    'Usage_List',
    404,
    'an unknown subscription',
    usages('westeurope', '0b1f6471-1bf0-4dda-aec3-cb9272f09590'),
  ),
];
