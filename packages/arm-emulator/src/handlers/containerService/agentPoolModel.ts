import { nameOf, newGuid, shortHash } from '../../util/ids';
import { deepClone } from '../../util/random';
import type {
  ResourceStore,
  StoredResource,
} from '../../persistence/resourceStore';
import { renderResource } from '../arm/renderResource';
import { latestNodeImage } from './nodeImages';
import { POOL_TYPE } from './aksTypes';

/** Properties of a pool the spec marks read-only: AKS ignores what a client sends for them. */
export const READ_ONLY_POOL_PROPERTIES = [
  'provisioningState',
  'powerState',
  'currentOrchestratorVersion',
  'nodeImageVersion',
  'eTag',
];

const SPOT_TAINT = 'kubernetes.azure.com/scalesetpriority=spot:NoSchedule';
const SPOT_LABEL = 'kubernetes.azure.com/scalesetpriority';

/** The cluster a new pool joins: its id, its Kubernetes version and its network profile. */
export interface PoolCluster {
  id: string;
  version: string;
  network: Record<string, any>;
}

function defaultMaxPods(network: Record<string, any>): number {
  if (network.networkPlugin === 'kubenet') return 110;
  if (
    network.networkPlugin === 'azure' &&
    network.networkPluginMode !== 'overlay'
  )
    return 30;
  return 250;
}

/**
 * Fills in what AKS fills in for a new pool. `input` is the pool's
 * `properties`; the first pool of a new cluster is its System pool unless it
 * says otherwise.
 */
function newPoolProperties(
  input: Record<string, any>,
  cluster: PoolCluster,
  firstPool: boolean,
  provisioningState: string,
): Record<string, any> {
  const props: Record<string, any> = deepClone(input);
  props.type ??= 'VirtualMachineScaleSets';
  props.mode ??= firstPool ? 'System' : 'User';
  props.osType ??= 'Linux';
  props.osSKU ??= props.osType === 'Windows' ? 'Windows2022' : 'Ubuntu';
  props.vmSize ??= 'Standard_D4ds_v5';
  props.osDiskSizeGB ??= 128;
  props.osDiskType ??= 'Managed';
  props.kubeletDiskType ??= 'OS';
  props.maxPods ??= defaultMaxPods(cluster.network);
  props.enableFIPS ??= false;
  props.enableNodePublicIP ??= false;
  props.enableAutoScaling ??= false;
  props.scaleSetPriority ??= 'Regular';
  props.upgradeSettings ??= { maxSurge: '10%' };
  if (props.count === undefined)
    props.count = props.enableAutoScaling ? props.minCount ?? 1 : 3;
  if (!props.orchestratorVersion) props.orchestratorVersion = cluster.version;
  props.currentOrchestratorVersion = props.orchestratorVersion;
  props.nodeImageVersion = latestNodeImage(props.osType, props.osSKU);
  if (props.scaleSetPriority === 'Spot') {
    props.scaleSetEvictionPolicy ??= 'Delete';
    props.spotMaxPrice ??= -1;
    props.nodeTaints = [...new Set([...(props.nodeTaints ?? []), SPOT_TAINT])];
    props.nodeLabels = { ...(props.nodeLabels ?? {}), [SPOT_LABEL]: 'spot' };
  }
  props.provisioningState = provisioningState;
  props.powerState = { code: 'Running' };
  props.eTag = shortHash(newGuid(), 16);
  return props;
}

export const poolIdOf = (clusterId: string, name: string) =>
  `${clusterId}/agentPools/${name}`;

/** Stores a new pool of a cluster, filled in as AKS fills in a new pool. */
export function storeNewPool(
  store: ResourceStore,
  cluster: PoolCluster,
  name: string,
  input: Record<string, any>,
  provisioningState: string,
  firstPool = false,
): StoredResource {
  return store.put(poolIdOf(cluster.id, name), {
    properties: newPoolProperties(input, cluster, firstPool, provisioningState),
  });
}

/** The state an update puts a pool in: Upgrading to a new version, Scaling to a new count, else Updating. */
export function poolUpdateState(
  current: Record<string, any>,
  requested: Record<string, any>,
): 'Upgrading' | 'Scaling' | 'Updating' {
  if (
    requested.orchestratorVersion &&
    requested.orchestratorVersion !== current.currentOrchestratorVersion
  )
    return 'Upgrading';
  if (requested.count !== undefined && requested.count !== current.count)
    return 'Scaling';
  return 'Updating';
}

/** The AgentPool resource body. */
export function renderPool(record: StoredResource): Record<string, any> {
  return renderResource(record, POOL_TYPE, {
    properties: deepClone(record.body.properties),
  });
}

/** The pool as an entry of the cluster's `agentPoolProfiles`. */
export function poolProfile(record: StoredResource): Record<string, any> {
  return {
    name: nameOf(record.id),
    ...deepClone(record.body.properties),
  };
}
