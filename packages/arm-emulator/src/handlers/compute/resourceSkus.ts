import { badRequest } from '../../errors/armError';
import { ok, type ArmRequest } from '../armRequest';
import { normalizeLocation } from '../arm/location';
import { routeBuilder, type Route } from '../arm/route';
import { AKS_LOCATIONS } from '../resources/providers';
import { offeredIn, VM_SIZES, zonesOf } from './vmSizes';

export const COMPUTE_NAMESPACE = 'Microsoft.Compute';
/** What `@azure/arm-compute` sends, and the earlier versions tools still use. */
export const COMPUTE_API_VERSIONS = [
  '2017-09-01',
  '2019-04-01',
  '2021-07-01',
] as const;

const REGIONS = AKS_LOCATIONS.map(normalizeLocation);

/** The one filter the API takes: `location eq 'westeurope'`. */
function filteredRegions(req: ArmRequest): string[] {
  const filter = req.query.get('$filter');
  if (filter === null) return REGIONS;
  const location = /^\s*location\s+eq\s+'([^']*)'\s*$/i.exec(filter)?.[1];
  if (location === undefined) {
    throw badRequest(
      'InvalidFilter',
      `The filter '${filter}' is not supported; the only supported filter is location eq '<location>'.`,
      '$filter',
    );
  }
  const region = normalizeLocation(location);
  return REGIONS.includes(region) ? [region] : [];
}

const capability = (name: string, value: string | number | boolean) => {
  if (typeof value !== 'boolean') return { name, value: String(value) };
  return { name, value: value ? 'True' : 'False' };
};

/** One size in one region, as `ResourceSkus_List` lists it. */
function vmSku(size: (typeof VM_SIZES)[number], region: string) {
  const zones = zonesOf(region);
  const restricted = size.restrictedIn?.includes(region);
  return {
    resourceType: 'virtualMachines',
    name: size.name,
    tier: 'Standard',
    size: size.name.replace(/^Standard_/, ''),
    family: size.family,
    locations: [region],
    locationInfo: [{ location: region, zones, zoneDetails: [] }],
    capabilities: [
      capability('vCPUs', size.vCPUs),
      capability('MemoryGB', size.memoryGB),
      capability('CpuArchitectureType', size.architecture ?? 'x64'),
      capability('HyperVGenerations', size.architecture ? 'V2' : 'V1,V2'),
      capability('PremiumIO', size.premiumIO),
      capability('EphemeralOSDiskSupported', size.premiumIO),
    ],
    restrictions: restricted
      ? [
          {
            type: 'Location',
            values: [region],
            restrictionInfo: { locations: [region], zones },
            reasonCode: 'NotAvailableForSubscription',
          },
        ]
      : [],
  };
}

/** SKUs of other resource types, which the list holds too. */
function otherSkus(region: string) {
  return [
    {
      resourceType: 'disks',
      name: 'Premium_LRS',
      tier: 'Premium',
      size: 'P1',
      locations: [region],
      locationInfo: [{ location: region, zones: zonesOf(region) }],
      capabilities: [capability('MaxSizeGiB', 4)],
      restrictions: [],
    },
    {
      resourceType: 'availabilitySets',
      name: 'Aligned',
      locations: [region],
      locationInfo: [{ location: region }],
      capabilities: [capability('MaximumPlatformFaultDomainCount', 3)],
      restrictions: [],
    },
  ];
}

/** `ResourceSkus_List`: the compute SKUs of every region, or of the region the filter names. */
export const resourceSkuRoutes: Route[] = [
  routeBuilder(COMPUTE_API_VERSIONS, COMPUTE_NAMESPACE)(
    'GET',
    `/subscriptions/{subscriptionId}/providers/${COMPUTE_NAMESPACE}/skus`,
    'ResourceSkus_List',
    'skus/read',
    req =>
      ok({
        value: filteredRegions(req).flatMap(region => [
          ...VM_SIZES.filter(size => offeredIn(size, region)).map(size =>
            vmSku(size, region),
          ),
          ...otherSkus(region),
        ]),
      }),
  ),
];
