/** A virtual machine size and where it is offered. */
interface VmSize {
  name: string;
  family: string;
  vCPUs: number;
  memoryGB: number;
  architecture?: 'x64' | 'Arm64';
  /** Premium SSD support; the `s` in a size's name. */
  premiumIO: boolean;
  /** Regions that offer it; every AKS region when absent. */
  regions?: string[];
  /** Regions where this subscription may not use it (`NotAvailableForSubscription`). */
  restrictedIn?: string[];
}

/** Large regions, with the newest and the GPU sizes. */
const HUB_REGIONS = [
  'westeurope',
  'northeurope',
  'eastus',
  'eastus2',
  'westus2',
  'westus3',
  'swedencentral',
  'uksouth',
  'southcentralus',
  'australiaeast',
  'japaneast',
];
/** Regions without availability zones. */
const NO_ZONES = ['southafricanorth', 'norwayeast', 'uaenorth'];

const sizes = (
  family: string,
  names: Array<[name: string, vCPUs: number, memoryGB: number]>,
  extra: Partial<VmSize> = {},
): VmSize[] =>
  names.map(([name, vCPUs, memoryGB]) => ({
    name,
    family,
    vCPUs,
    memoryGB,
    premiumIO: true,
    ...extra,
  }));

/** The sizes AKS node pools run on in the emulated regions (a late-2026 picture). */
export const VM_SIZES: VmSize[] = [
  ...sizes('standardBSFamily', [
    ['Standard_B2s', 2, 4],
    ['Standard_B2ms', 2, 8],
    ['Standard_B4ms', 4, 16],
  ]),
  ...sizes('standardDSv5Family', [
    ['Standard_D2s_v5', 2, 8],
    ['Standard_D4s_v5', 4, 16],
    ['Standard_D8s_v5', 8, 32],
    ['Standard_D16s_v5', 16, 64],
  ]),
  ...sizes('standardDDSv5Family', [
    ['Standard_D2ds_v5', 2, 8],
    ['Standard_D4ds_v5', 4, 16],
    ['Standard_D8ds_v5', 8, 32],
    ['Standard_D16ds_v5', 16, 64],
  ]),
  ...sizes('standardDASv5Family', [
    ['Standard_D2as_v5', 2, 8],
    ['Standard_D4as_v5', 4, 16],
    ['Standard_D8as_v5', 8, 32],
  ]),
  ...sizes(
    'standardDPSv5Family',
    [
      ['Standard_D4ps_v5', 4, 16],
      ['Standard_D8ps_v5', 8, 32],
    ],
    { architecture: 'Arm64', regions: HUB_REGIONS },
  ),
  ...sizes(
    'standardDdsv6Family',
    [
      ['Standard_D4ds_v6', 4, 16],
      ['Standard_D8ds_v6', 8, 32],
    ],
    { regions: ['westeurope', 'eastus', 'eastus2', 'swedencentral'] },
  ),
  ...sizes('standardEDSv5Family', [
    ['Standard_E2ds_v5', 2, 16],
    ['Standard_E4ds_v5', 4, 32],
    ['Standard_E8ds_v5', 8, 64],
    ['Standard_E16ds_v5', 16, 128],
  ]),
  ...sizes('standardFSv2Family', [
    ['Standard_F2s_v2', 2, 4],
    ['Standard_F4s_v2', 4, 8],
    ['Standard_F8s_v2', 8, 16],
    ['Standard_F16s_v2', 16, 32],
  ]),
  ...sizes('standardLSv3Family', [['Standard_L8s_v3', 8, 64]], {
    regions: HUB_REGIONS,
  }),
  ...sizes('Standard NCASv3_T4 Family', [['Standard_NC4as_T4_v3', 4, 28]], {
    regions: HUB_REGIONS,
  }),
  ...sizes(
    'StandardNCADSA100v4Family',
    [['Standard_NC24ads_A100_v4', 24, 220]],
    {
      regions: ['westeurope', 'eastus', 'eastus2', 'westus3', 'swedencentral'],
      restrictedIn: ['westeurope'],
    },
  ),
  ...sizes('standardA2v2Family', [['Standard_A2_v2', 2, 4]], {
    premiumIO: false,
  }),
];

/** Whether a region offers a size. */
export function offeredIn(size: VmSize, region: string): boolean {
  return !size.regions || size.regions.includes(region);
}

/** The availability zones of a region. */
export function zonesOf(region: string): string[] {
  return NO_ZONES.includes(region) ? [] : ['1', '2', '3'];
}
