import { conformanceCase as c, type ConformanceCase } from '../conformanceCase';
import { api, sub } from '../demo';

const skus = (query: string, subscriptionId?: string) =>
  api(
    `${sub(subscriptionId)}/providers/Microsoft.Compute/skus${query}`,
    'compute',
  );

/**
 * The compute SKUs a region offers. azure-specs has no Microsoft.Compute
 * spec, so these cases check the ARM contracts but no schema.
 */
export const RESOURCE_SKU_CASES: ConformanceCase[] = [
  c(
    'ResourceSkus_List',
    200,
    'the SKUs of one region',
    skus("?$filter=location eq 'northeurope'"),
  ),
  c('ResourceSkus_List', 200, 'the SKUs of every region', skus('')),
  c(
    'ResourceSkus_List',
    400,
    'a filter the API does not take',
    skus("?$filter=name eq 'Standard_D4ds_v5'"),
  ),
  c(
    'ResourceSkus_List',
    404,
    'an unknown subscription',
    skus('', '0b1f6471-1bf0-4dda-aec3-cb9272f09590'),
  ),
];
