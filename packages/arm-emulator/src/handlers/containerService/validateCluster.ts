import {
  ArmError,
  invalidParameter,
  propertyChangeNotAllowed,
} from '../../errors/armError';
import { normalizeLocation } from '../arm/location';
import {
  isOffered,
  minorDistance,
  minorOf,
  resolveVersion,
  upgradesFrom,
  type SupportPlan,
} from './kubernetesVersions';
import { validatePoolProperties } from './validateAgentPool';

/** Long-term support comes with the Premium tier only. */
function checkSupportPlan(plan: SupportPlan, tier: string | undefined) {
  if (plan === 'AKSLongTermSupport' && tier !== 'Premium') {
    throw invalidParameter(
      'The AKSLongTermSupport support plan requires the Premium tier (sku.tier).',
      'properties.supportPlan',
    );
  }
}

/** Virtual nodes need Azure CNI (not overlay) and pools in a VNet subnet. */
export function checkVirtualNodes(
  body: Record<string, any>,
  pools: Record<string, any>[],
): void {
  const addon = body.properties?.addonProfiles?.aciConnectorLinux;
  if (!addon?.enabled) return;
  const network = body.properties?.networkProfile ?? {};
  if (
    network.networkPlugin !== 'azure' ||
    network.networkPluginMode === 'overlay'
  ) {
    throw invalidParameter(
      'The virtual node addon (aciConnectorLinux) is only supported with the Azure CNI network plugin (networkPlugin azure without overlay mode).',
      'properties.addonProfiles.aciConnectorLinux',
    );
  }
  if (!pools.some(p => p.vnetSubnetID)) {
    throw invalidParameter(
      'The virtual node addon (aciConnectorLinux) requires agent pools in a custom virtual network subnet (vnetSubnetID).',
      'properties.addonProfiles.aciConnectorLinux',
    );
  }
}

function versionNotSupported(name: string, version: string): ArmError {
  return new ArmError(
    400,
    'K8sVersionNotSupported',
    `Managed cluster ${name} is on version ${version}, which is not supported in this region. Please use [az aks get-versions] command to get the supported version list in this region. For more information, please check https://aka.ms/supported-version-list`,
    'properties.kubernetesVersion',
  );
}

/** Rules for a new cluster; returns the resolved control-plane version. */
export function validateNewCluster(
  name: string,
  body: Record<string, any>,
): string {
  const props = body.properties ?? {};
  const plan: SupportPlan = props.supportPlan ?? 'KubernetesOfficial';
  checkSupportPlan(plan, body.sku?.tier);
  const version = resolveVersion(props.kubernetesVersion);
  if (!version || !isOffered(version, plan))
    throw versionNotSupported(name, props.kubernetesVersion);
  const pools: any[] = props.agentPoolProfiles ?? [];
  if (pools.length === 0) {
    throw invalidParameter(
      'At least one agent pool profile is required.',
      'properties.agentPoolProfiles',
    );
  }
  const names = new Set<string>();
  pools.forEach((pool, i) => {
    const { name: poolName, ...poolProps } = pool;
    if (names.has(poolName))
      throw invalidParameter(
        `Agent pool name '${poolName}' is used more than once.`,
        `properties.agentPoolProfiles[${i}].name`,
      );
    names.add(poolName);
    if (i === 0 && !poolProps.mode) poolProps.mode = 'System';
    validatePoolProperties(
      poolName,
      poolProps,
      `properties.agentPoolProfiles[${i}]`,
      version,
    );
  });
  if (
    !pools.some(
      (p, i) => (p.mode ?? (i === 0 ? 'System' : 'User')) === 'System',
    )
  ) {
    throw invalidParameter(
      'Must define at least one system pool.',
      'properties.agentPoolProfiles',
    );
  }
  checkVirtualNodes(body, pools);
  return version;
}

/** Rules for a PUT on an existing cluster; returns the resolved control-plane version. */
export function validateClusterUpdate(
  _clusterName: string,
  body: Record<string, any>,
  existing: Record<string, any>,
  existingPools: Map<string, Record<string, any>>,
): string {
  const props = body.properties ?? {};
  const current = existing.properties;
  if (normalizeLocation(body.location) !== existing.location)
    throw propertyChangeNotAllowed('location');
  for (const field of ['dnsPrefix', 'nodeResourceGroup'] as const) {
    if (props[field] !== undefined && props[field] !== current[field])
      throw propertyChangeNotAllowed(`properties.${field}`);
  }
  for (const field of ['serviceCidr', 'dnsServiceIP', 'podCidr'] as const) {
    const requested = props.networkProfile?.[field];
    if (
      requested !== undefined &&
      current.networkProfile?.[field] !== undefined &&
      requested !== current.networkProfile[field]
    ) {
      throw propertyChangeNotAllowed(`properties.networkProfile.${field}`);
    }
  }
  const plan: SupportPlan =
    props.supportPlan ?? current.supportPlan ?? 'KubernetesOfficial';
  checkSupportPlan(plan, body.sku?.tier ?? existing.sku?.tier);
  const from: string = current.currentKubernetesVersion;
  let version = from;
  const requested: string | undefined = props.kubernetesVersion;
  if (requested && requested !== from && requested !== minorOf(from)) {
    const resolved = resolveVersion(requested);
    const allowed = upgradesFrom(from, plan);
    if (!resolved || !allowed.includes(resolved)) {
      throw new ArmError(
        400,
        'OperationNotAllowed',
        `Upgrading Kubernetes version ${from} to ${requested} is not allowed. Available upgrades: [${[
          ...allowed,
        ]
          .reverse()
          .join(
            ' ',
          )}]. Please see https://aka.ms/aks-supported-k8s-ver for version details.`,
        'properties.kubernetesVersion',
      );
    }
    version = resolved;
  }
  const pools: any[] = props.agentPoolProfiles ?? [];
  pools.forEach((pool, i) => {
    const { name: poolName, ...poolProps } = pool;
    validatePoolProperties(
      poolName,
      poolProps,
      `properties.agentPoolProfiles[${i}]`,
      version,
      existingPools.get(poolName),
    );
  });
  for (const [poolName, pool] of existingPools) {
    const inBody = pools.find(p => p.name === poolName);
    const poolVersion =
      inBody?.orchestratorVersion || pool.currentOrchestratorVersion;
    if (minorDistance(poolVersion, version) > 3) {
      throw new ArmError(
        400,
        'NodePoolMcVersionIncompatible',
        `Node pool '${poolName}' version ${poolVersion} and control plane version ${version} are incompatible. Minor version of node pool cannot be more than 3 versions less than control plane's version.`,
        'properties.kubernetesVersion',
      );
    }
  }
  const effective = {
    properties: {
      addonProfiles: props.addonProfiles ?? current.addonProfiles,
      networkProfile: { ...current.networkProfile, ...props.networkProfile },
    },
  };
  checkVirtualNodes(effective, [...pools, ...existingPools.values()]);
  return version;
}
