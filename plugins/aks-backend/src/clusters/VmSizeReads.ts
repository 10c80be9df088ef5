import type { ResourceSku } from '@azure/arm-compute';
import { AksApiComponents } from '@aks-backstage/plugin-aks-common';
import { ArmReads } from './ArmReads';
import { Fresh } from './ReadThroughCache';

type VmSize = AksApiComponents['schemas']['VmSize'];

/** AKS refuses node sizes with fewer vCPUs. */
const MIN_NODE_VCPUS = 2;

const capability = (sku: ResourceSku, name: string) =>
  sku.capabilities?.find(c => c.name === name)?.value;

/**
 * A virtual machine SKU of the location as a size AKS nodes can run on: the
 * zones that offer it (less those restricted to the subscription), and why the
 * subscription cannot use it there, when Azure restricts the whole location.
 */
function toVmSize(sku: ResourceSku, location: string): VmSize | undefined {
  const vCPUs = Number(capability(sku, 'vCPUs'));
  if (!sku.name || !(vCPUs >= MIN_NODE_VCPUS)) return undefined;
  const here = (values?: string[]) =>
    values?.some(v => v.toLowerCase() === location) ?? false;
  const restrictions = sku.restrictions ?? [];
  const restrictedZones = new Set(
    restrictions
      .filter(r => r.type === 'Zone' && here(r.restrictionInfo?.locations))
      .flatMap(r => r.restrictionInfo?.zones ?? []),
  );
  const zones =
    sku.locationInfo
      ?.find(info => info.location?.toLowerCase() === location)
      ?.zones?.filter(zone => !restrictedZones.has(zone))
      .sort() ?? [];
  const unavailable = restrictions.find(
    r => r.type === 'Location' && here(r.values),
  );
  return {
    name: sku.name,
    family: sku.family,
    vCPUs,
    memoryGB: Number(capability(sku, 'MemoryGB')) || 0,
    architecture: capability(sku, 'CpuArchitectureType'),
    zones,
    unavailable: unavailable && (unavailable.reasonCode ?? 'Restricted'),
  };
}

/** The virtual machine sizes of a location, as `az vm list-skus --location` reads them. */
export class VmSizeReads {
  readonly #arm: ArmReads;

  constructor(arm: ArmReads) {
    this.#arm = arm;
  }

  async listVmSizes(
    subscriptionId: string,
    location: string,
  ): Promise<Fresh<VmSize[]>> {
    const { clients } = this.#arm;
    const client = clients.compute(subscriptionId);
    const region = location.toLowerCase();
    return this.#arm.read(
      subscriptionId,
      `vmsizes:${subscriptionId}/${region}`.toLowerCase(),
      async () => {
        const sizes: VmSize[] = [];
        for await (const sku of client.resourceSkus.list({
          ...clients.requestOptions(),
          filter: `location eq '${region}'`,
        })) {
          const size =
            sku.resourceType === 'virtualMachines'
              ? toVmSize(sku, region)
              : undefined;
          if (size) sizes.push(size);
        }
        return sizes.sort((a, b) =>
          a.name.localeCompare(b.name, 'en', { numeric: true }),
        );
      },
    );
  }
}
