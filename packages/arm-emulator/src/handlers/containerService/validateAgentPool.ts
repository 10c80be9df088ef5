import {
  ArmError,
  invalidParameter,
  propertyChangeNotAllowed,
} from '../../errors/armError';
import type { Shape } from '../arm/bodyShape';
import {
  compareVersions,
  minorDistance,
  minorOf,
  resolveVersion,
} from './kubernetesVersions';

/** JSON types of the pool fields the emulator reads. */
export const POOL_PROPERTY_SHAPES: Record<string, Shape> = {
  count: 'integer',
  vmSize: 'string',
  osDiskSizeGB: 'integer',
  maxPods: 'integer',
  osType: 'string',
  osSKU: 'string',
  minCount: 'integer',
  maxCount: 'integer',
  enableAutoScaling: 'boolean',
  type: 'string',
  mode: 'string',
  orchestratorVersion: 'string',
  vnetSubnetID: 'string',
  podSubnetID: 'string',
  availabilityZones: { array: 'string' },
  scaleSetPriority: 'string',
  scaleSetEvictionPolicy: 'string',
  spotMaxPrice: 'number',
  nodeLabels: { map: 'string' },
  nodeTaints: { array: 'string' },
  tags: { map: 'string' },
  enableNodePublicIP: 'boolean',
  upgradeSettings: 'object',
};

const ENUMS: Record<string, string[]> = {
  osType: ['Linux', 'Windows'],
  mode: ['System', 'User', 'Gateway'],
  scaleSetPriority: ['Spot', 'Regular'],
  scaleSetEvictionPolicy: ['Delete', 'Deallocate'],
  type: ['VirtualMachineScaleSets', 'AvailabilitySet', 'VirtualMachines'],
};

const IMMUTABLE = [
  'vmSize',
  'osType',
  'osSKU',
  'vnetSubnetID',
  'scaleSetPriority',
  'osDiskSizeGB',
  'maxPods',
  'availabilityZones',
];

const same = (a: unknown, b: unknown) =>
  JSON.stringify(a) === JSON.stringify(b);

/**
 * Checks one pool's properties. `path` names the pool in error targets,
 * `existing` is the stored pool when this is an update.
 */
export function validatePoolProperties(
  name: string,
  props: Record<string, any>,
  path: string,
  controlPlaneVersion: string,
  existing?: Record<string, any>,
): void {
  if (
    !/^[a-z][a-z0-9]{0,11}$/.test(name) ||
    (props.osType === 'Windows' && name.length > 6)
  ) {
    throw invalidParameter(
      `The agent pool name '${name}' is invalid. Agent pool names must start with a lowercase letter, have max length of 12 (6 for Windows), and only have characters a-z0-9.`,
      `${path}.name`,
    );
  }
  for (const [field, allowed] of Object.entries(ENUMS)) {
    if (props[field] !== undefined && !allowed.includes(props[field])) {
      throw invalidParameter(
        `The value '${
          props[field]
        }' of ${field} is invalid. Allowed values: ${allowed.join(', ')}.`,
        `${path}.${field}`,
      );
    }
  }
  if (props.count !== undefined && (props.count < 0 || props.count > 1000)) {
    throw invalidParameter(
      `The value of parameter count is invalid: ${props.count}. It must be between 0 and 1000.`,
      `${path}.count`,
    );
  }
  if (props.mode === 'System' && props.count === 0) {
    throw invalidParameter(
      `System agent pool '${name}' must have at least one node.`,
      `${path}.count`,
    );
  }
  if (props.mode === 'System' && props.scaleSetPriority === 'Spot') {
    throw invalidParameter(
      `Spot agent pool '${name}' cannot be a System pool.`,
      `${path}.mode`,
    );
  }
  if (props.enableAutoScaling) {
    if (props.minCount === undefined || props.maxCount === undefined) {
      throw invalidParameter(
        'Both minCount and maxCount are required when enableAutoScaling is true.',
        `${path}.minCount`,
      );
    }
    if (props.minCount > props.maxCount) {
      throw invalidParameter(
        `minCount (${props.minCount}) must be less than or equal to maxCount (${props.maxCount}).`,
        `${path}.minCount`,
      );
    }
    if (
      props.count !== undefined &&
      (props.count < props.minCount || props.count > props.maxCount)
    ) {
      throw invalidParameter(
        `The value of parameter count (${props.count}) must be between minCount (${props.minCount}) and maxCount (${props.maxCount}) when enableAutoScaling is true.`,
        `${path}.count`,
      );
    }
  } else if (
    props.enableAutoScaling === false &&
    (props.minCount !== undefined || props.maxCount !== undefined) &&
    !existing
  ) {
    throw invalidParameter(
      'minCount and maxCount must not be set when enableAutoScaling is false.',
      `${path}.minCount`,
    );
  }
  if (existing) {
    for (const field of IMMUTABLE) {
      if (
        props[field] !== undefined &&
        existing[field] !== undefined &&
        !same(props[field], existing[field])
      ) {
        throw propertyChangeNotAllowed(`${path}.${field}`);
      }
    }
  }
  if (props.orchestratorVersion) {
    validatePoolVersion(
      name,
      props.orchestratorVersion,
      path,
      controlPlaneVersion,
      existing?.currentOrchestratorVersion,
    );
  }
}

function validatePoolVersion(
  name: string,
  requested: string,
  path: string,
  controlPlane: string,
  current?: string,
) {
  const unchanged =
    current && (requested === current || requested === minorOf(current));
  if (unchanged) return;
  const version = resolveVersion(requested);
  if (!version) {
    throw new ArmError(
      400,
      'AgentPoolK8sVersionNotSupported',
      `Version ${requested} is not supported in this region. Please use [az aks get-versions] command to get the supported version list in this region. For more information, please check https://aka.ms/supported-version-list`,
      `${path}.orchestratorVersion`,
    );
  }
  if (
    compareVersions(minorOf(version), minorOf(controlPlane)) > 0 ||
    compareVersions(version, controlPlane) > 0
  ) {
    throw new ArmError(
      400,
      'NodePoolMcVersionIncompatible',
      `Node pool version ${version} and control plane version ${controlPlane} are incompatible. Node pool version cannot be greater than control plane version.`,
      `${path}.orchestratorVersion`,
    );
  }
  if (minorDistance(version, controlPlane) > 3) {
    throw new ArmError(
      400,
      'NodePoolMcVersionIncompatible',
      `Node pool version ${version} and control plane version ${controlPlane} are incompatible. Minor version of node pool cannot be more than 3 versions less than control plane's version.`,
      `${path}.orchestratorVersion`,
    );
  }
  if (current) {
    if (compareVersions(version, current) < 0) {
      throw new ArmError(
        400,
        'OperationNotAllowed',
        `Downgrading agent pool '${name}' from ${current} to ${version} is not allowed.`,
        `${path}.orchestratorVersion`,
      );
    }
    if (minorDistance(current, version) > 1) {
      throw new ArmError(
        400,
        'OperationNotAllowed',
        `Upgrade agent pool version from ${current} to ${version} is not allowed, you can only upgrade one minor version at a time. Please use [az aks get-upgrades] command to get the supported upgrade paths. For more information, please check https://aka.ms/version-skew-policy`,
        `${path}.orchestratorVersion`,
      );
    }
  }
}
