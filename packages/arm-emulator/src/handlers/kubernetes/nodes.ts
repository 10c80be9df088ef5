import type { StoredResource } from '../../persistence/resourceStore';
import { seedFromString } from '../../util/random';
import { nameOf, stableGuid } from '../../util/ids';

/** A node as the API server lists it, with what the pod scheduler of the emulator needs. */
export interface EmulatedNode {
  object: Record<string, any>;
  ready: boolean;
  virtual: boolean;
  /** User pools take application pods; system pools take them only when there is no user pool. */
  mode: 'System' | 'User' | 'Virtual';
  cpuMillis: number;
  memoryMi: number;
}

export const VIRTUAL_NODE_NAME = 'virtual-node-aci-linux';

// vCPUs from the size name, GiB per vCPU from the family letter.
const MEMORY_PER_CPU: Record<string, number> = {
  A: 2,
  B: 4,
  D: 4,
  E: 8,
  F: 2,
  L: 8,
  M: 28,
};

function sizeOf(vmSize: string): { cpus: number; memoryGi: number } {
  const match = /^Standard_([A-Z]+)(\d+)/i.exec(vmSize);
  const cpus = match ? Number(match[2]) : 2;
  const family = match ? match[1][0].toUpperCase() : 'D';
  return { cpus, memoryGi: cpus * (MEMORY_PER_CPU[family] ?? 4) };
}

function conditions(ready: boolean, since: string) {
  const condition = (
    type: string,
    status: string,
    reason: string,
    message: string,
  ) => ({
    type,
    status,
    lastHeartbeatTime: since,
    lastTransitionTime: since,
    reason,
    message,
  });
  return [
    condition(
      'MemoryPressure',
      'False',
      'KubeletHasSufficientMemory',
      'kubelet has sufficient memory available',
    ),
    condition(
      'DiskPressure',
      'False',
      'KubeletHasNoDiskPressure',
      'kubelet has no disk pressure',
    ),
    condition(
      'PIDPressure',
      'False',
      'KubeletHasSufficientPID',
      'kubelet has sufficient PID available',
    ),
    ready
      ? condition(
          'Ready',
          'True',
          'KubeletReady',
          'kubelet is posting ready status',
        )
      : condition(
          'Ready',
          'False',
          'KubeletNotReady',
          'container runtime network not ready: NetworkReady=false',
        ),
  ];
}

function poolNodes(
  cluster: StoredResource,
  pool: StoredResource,
  poolIndex: number,
  since: string,
): EmulatedNode[] {
  const props = pool.body.properties;
  if (props.powerState?.code === 'Stopped') return [];
  const poolName = nameOf(pool.id);
  const scaleSet = String(
    seedFromString(pool.id.toLowerCase()) % 100_000_000,
  ).padStart(8, '0');
  const { cpus, memoryGi } = sizeOf(props.vmSize);
  const zones: string[] = props.availabilityZones ?? [];
  const region = cluster.body.location;
  const ready = props.provisioningState !== 'Failed';
  const version = `v${
    props.currentOrchestratorVersion ?? props.orchestratorVersion
  }`;
  return Array.from({ length: props.count ?? 0 }, (_, i) => {
    const name = `aks-${poolName}-${scaleSet}-vmss${i
      .toString(36)
      .padStart(6, '0')}`;
    const zone = zones.length ? `${region}-${zones[i % zones.length]}` : '0';
    const labels: Record<string, string> = {
      'kubernetes.io/hostname': name,
      'kubernetes.io/os': (props.osType ?? 'Linux').toLowerCase(),
      'kubernetes.io/arch': 'amd64',
      'kubernetes.azure.com/agentpool': poolName,
      'kubernetes.azure.com/mode': (props.mode ?? 'User').toLowerCase(),
      'kubernetes.azure.com/node-image-version': props.nodeImageVersion,
      'node.kubernetes.io/instance-type': props.vmSize,
      'topology.kubernetes.io/region': region,
      'topology.kubernetes.io/zone': zone,
      ...props.nodeLabels,
    };
    const taints = (props.nodeTaints ?? []).map((taint: string) => {
      const [keyValue, effect] = taint.split(':');
      const [key, value] = keyValue.split('=');
      return { key, value, effect };
    });
    return {
      ready,
      virtual: false,
      mode: props.mode === 'System' ? 'System' : 'User',
      cpuMillis: cpus * 1000,
      memoryMi: memoryGi * 1024,
      object: {
        metadata: {
          name,
          uid: stableGuid(`${cluster.id.toLowerCase()}/node/${name}`),
          creationTimestamp: since,
          labels,
          annotations: { 'node.alpha.kubernetes.io/ttl': '0' },
        },
        spec: {
          providerID: `azure:///subscriptions/${
            cluster.subscriptionId
          }/resourceGroups/${cluster.body.properties.nodeResourceGroup.toLowerCase()}/providers/Microsoft.Compute/virtualMachineScaleSets/aks-${poolName}-${scaleSet}-vmss/virtualMachines/${i}`,
          ...(taints.length ? { taints } : {}),
        },
        status: {
          capacity: {
            cpu: String(cpus),
            memory: `${memoryGi * 1024 * 1024}Ki`,
            pods: String(props.maxPods ?? 110),
          },
          allocatable: {
            cpu: `${cpus * 1000 - 140}m`,
            memory: `${Math.round(memoryGi * 1024 * 1024 * 0.85)}Ki`,
            pods: String(props.maxPods ?? 110),
          },
          conditions: conditions(ready, since),
          addresses: [
            { type: 'InternalIP', address: `10.224.${poolIndex}.${4 + i}` },
            { type: 'Hostname', address: name },
          ],
          nodeInfo: {
            kubeletVersion: version,
            kubeProxyVersion: version,
            operatingSystem: (props.osType ?? 'Linux').toLowerCase(),
            architecture: 'amd64',
            osImage:
              props.osType === 'Windows'
                ? 'Windows Server 2022 Datacenter'
                : 'Ubuntu 22.04.5 LTS',
            containerRuntimeVersion: 'containerd://1.7.27-1',
            kernelVersion: '5.15.0-1089-azure',
          },
        },
      },
    };
  });
}

/** The virtual-kubelet node AKS adds when the ACI connector addon is on. */
function virtualNode(cluster: StoredResource, since: string): EmulatedNode {
  return {
    ready: true,
    virtual: true,
    mode: 'Virtual',
    cpuMillis: 10_000_000,
    memoryMi: 4 * 1024 * 1024,
    object: {
      metadata: {
        name: VIRTUAL_NODE_NAME,
        uid: stableGuid(
          `${cluster.id.toLowerCase()}/node/${VIRTUAL_NODE_NAME}`,
        ),
        creationTimestamp: since,
        labels: {
          'kubernetes.io/hostname': VIRTUAL_NODE_NAME,
          'kubernetes.io/os': 'linux',
          'kubernetes.io/role': 'agent',
          'kubernetes.azure.com/managed': 'false',
          type: 'virtual-kubelet',
          'alpha.service-controller.kubernetes.io/exclude-balancer': 'true',
        },
      },
      spec: {
        taints: [
          {
            key: 'virtual-kubelet.io/provider',
            value: 'azure',
            effect: 'NoSchedule',
          },
        ],
      },
      status: {
        capacity: { cpu: '10k', memory: '4Ti', pods: '5k' },
        allocatable: { cpu: '10k', memory: '4Ti', pods: '5k' },
        conditions: conditions(true, since),
        addresses: [{ type: 'InternalIP', address: '10.241.0.4' }],
        nodeInfo: {
          kubeletVersion: 'v1.25.0-vk-azure-aci-1.6.2',
          operatingSystem: 'linux',
          architecture: 'amd64',
          osImage: '',
          containerRuntimeVersion: '',
          kernelVersion: '',
        },
      },
    },
  };
}

/** Every node of a running cluster: one per pool instance, and the virtual node. */
export function clusterNodes(
  cluster: StoredResource,
  pools: StoredResource[],
  since: string,
): EmulatedNode[] {
  const nodes = pools.flatMap((pool, i) => poolNodes(cluster, pool, i, since));
  if (cluster.body.properties.addonProfiles?.aciConnectorLinux?.enabled) {
    nodes.push(virtualNode(cluster, since));
  }
  return nodes;
}
