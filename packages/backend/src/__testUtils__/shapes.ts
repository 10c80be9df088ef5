import type { ArmEmulator, ResponseShape } from '@aks-backstage/arm-emulator';
import fc from 'fast-check';

/** ARM's envelope, which real ARM always sends: without it nothing can be linked or paged. */
const ENVELOPE = new Set(['id', 'name', 'type', 'value', 'nextLink']);

/** Properties of the other models the product reads: upgrade profiles, Kubernetes versions, providers. */
const OTHER_READS = [
  'controlPlaneProfile',
  'agentPoolProfiles',
  'upgrades',
  'kubernetesVersion',
  'isPreview',
  'latestNodeImageVersion',
  'osType',
  'values',
  'version',
  'isDefault',
  'capabilities',
  'supportPlan',
  'patchVersions',
  'resourceTypes',
  'resourceType',
  'locations',
  'kubeconfigs',
];

/** The resources whose properties the product reads. */
const READ_RESOURCE_TYPES = [
  'Microsoft.ContainerService/managedClusters',
  'Microsoft.KubernetesConfiguration/extensions',
  'Microsoft.KubernetesConfiguration/fluxConfigurations',
  'Microsoft.ManagedIdentity/userAssignedIdentities',
  'Microsoft.ManagedIdentity/userAssignedIdentities/federatedIdentityCredentials',
  'Microsoft.Authorization/roleAssignments',
];

/** Values the spec does not list, for the enums the product looks at. */
const UNLISTED_VALUES: Record<string, unknown[]> = {
  provisioningState: ['UpgradingNodeImageVersion', 'RotatingCertificates'],
  code: ['Deallocating', 'Hibernated'],
  mode: ['Machines'],
  tier: ['Automatic'],
  supportPlan: ['AKSExtendedSupport'],
  osType: ['FreeBSD'],
  scaleSetPriority: ['Burst'],
  networkPlugin: ['cilium-next'],
  upgradeChannel: ['fast'],
  complianceState: ['Reconciling'],
  count: [0],
  minCount: [0],
  maxCount: [0],
  maxPods: [0],
};

function keysOf(body: unknown, into: Set<string>, arrays: Set<string>) {
  if (Array.isArray(body)) {
    body.forEach(item => keysOf(item, into, arrays));
  } else if (body && typeof body === 'object') {
    for (const [key, value] of Object.entries(body)) {
      into.add(key);
      if (Array.isArray(value)) arrays.add(key);
      keysOf(value, into, arrays);
    }
  }
}

/** The property names of what the emulator serves, and those of them that hold lists. */
export async function armReadsOfEveryKind(emulator: ArmEmulator) {
  const keys = new Set(OTHER_READS);
  const arrays = new Set([
    'upgrades',
    'agentPoolProfiles',
    'values',
    'locations',
  ]);
  for (const type of READ_RESOURCE_TYPES) {
    for (const { id } of emulator.admin.listResources(type)) {
      keysOf(emulator.admin.getResource(id), keys, arrays);
    }
  }
  const open = [...keys].filter(key => !ENVELOPE.has(key)).sort();
  return {
    keys: open,
    arrays: [...arrays].filter(k => !ENVELOPE.has(k)).sort(),
  };
}

/** A shape real ARM may answer in, over the given property names. */
export function shapeArbitrary(vocabulary: {
  keys: string[];
  arrays: string[];
}): fc.Arbitrary<ResponseShape> {
  return fc.record(
    {
      omit: fc.subarray(vocabulary.keys, { maxLength: 8 }),
      nullify: fc.subarray(vocabulary.keys, { maxLength: 8 }),
      empty: fc.subarray(vocabulary.arrays, { maxLength: 4 }),
      values: fc.record(
        Object.fromEntries(
          Object.entries(UNLISTED_VALUES).map(([key, values]) => [
            key,
            fc.constantFrom(...values),
          ]),
        ),
        { requiredKeys: [] },
      ),
      extraProperties: fc.boolean(),
    },
    { requiredKeys: [] },
  );
}
