import { newGuid, shortHash } from '../../util/ids';
import { deepClone } from '../../util/random';
import type { StoredResource } from '../../state/resourceStore';
import { latestNodeImage } from './nodeImages';
import { POOL_TYPE } from './aksTypes';

const SPOT_TAINT = 'kubernetes.azure.com/scalesetpriority=spot:NoSchedule';
const SPOT_LABEL = 'kubernetes.azure.com/scalesetpriority';

/** Settings that depend on the cluster the pool belongs to. */
export interface PoolDefaults {
  clusterVersion: string;
  networkPlugin?: string;
  networkPluginMode?: string;
  powerState: 'Running' | 'Stopped';
  firstPool: boolean;
}

function defaultMaxPods(defaults: PoolDefaults): number {
  if (defaults.networkPlugin === 'kubenet') return 110;
  if (
    defaults.networkPlugin === 'azure' &&
    defaults.networkPluginMode !== 'overlay'
  )
    return 30;
  return 250;
}

/** Fills in what AKS fills in for a new pool. `input` is the pool's `properties`. */
export function newPoolProperties(
  input: Record<string, any>,
  defaults: PoolDefaults,
  provisioningState: string,
): Record<string, any> {
  const props: Record<string, any> = deepClone(input);
  props.type ??= 'VirtualMachineScaleSets';
  props.mode ??= defaults.firstPool ? 'System' : 'User';
  props.osType ??= 'Linux';
  props.osSKU ??= props.osType === 'Windows' ? 'Windows2022' : 'Ubuntu';
  props.vmSize ??= 'Standard_D4ds_v5';
  props.osDiskSizeGB ??= 128;
  props.osDiskType ??= 'Managed';
  props.kubeletDiskType ??= 'OS';
  props.maxPods ??= defaultMaxPods(defaults);
  props.enableFIPS ??= false;
  props.enableNodePublicIP ??= false;
  props.enableAutoScaling ??= false;
  props.scaleSetPriority ??= 'Regular';
  props.upgradeSettings ??= { maxSurge: '10%' };
  if (props.count === undefined)
    props.count = props.enableAutoScaling ? props.minCount ?? 1 : 3;
  if (!props.orchestratorVersion)
    props.orchestratorVersion = defaults.clusterVersion;
  props.currentOrchestratorVersion = props.orchestratorVersion;
  props.nodeImageVersion = latestNodeImage(props.osType, props.osSKU);
  if (props.scaleSetPriority === 'Spot') {
    props.scaleSetEvictionPolicy ??= 'Delete';
    props.spotMaxPrice ??= -1;
    props.nodeTaints = [...new Set([...(props.nodeTaints ?? []), SPOT_TAINT])];
    props.nodeLabels = { ...(props.nodeLabels ?? {}), [SPOT_LABEL]: 'spot' };
  }
  props.provisioningState = provisioningState;
  props.powerState = { code: defaults.powerState };
  props.eTag = shortHash(newGuid(), 16);
  return props;
}

/** The AgentPool resource body. */
export function renderPool(record: StoredResource): Record<string, any> {
  return {
    id: record.id,
    name: record.id.split('/').pop(),
    type: POOL_TYPE,
    properties: deepClone(record.body.properties),
  };
}

/** The pool as an entry of the cluster's `agentPoolProfiles`. */
export function poolProfile(record: StoredResource): Record<string, any> {
  return {
    name: record.id.split('/').pop(),
    ...deepClone(record.body.properties),
  };
}
