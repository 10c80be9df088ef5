import { DEMO_IDS } from '../seeds/demoIds';
import type { ArmEmulator } from '../types';
import {
  cloudRegistration,
  EMULATOR_CLOUD,
  type AzRun,
  type AzureCliSession,
} from './azureCliHarness';

const PROD = DEMO_IDS.productionSubscriptionId;
const GROUP = 'rg-azure-cli';
const CLUSTER = 'aks-azure-cli';
const REGISTRY = 'acrazurecli';
const CONTAINER_GROUP = 'cg-azure-cli';
const IMAGE = 'mcr.microsoft.com/azuredocs/aci-helloworld';
const VNET = `/subscriptions/${PROD}/resourceGroups/${GROUP}/providers/Microsoft.Network/virtualNetworks/vnet-azure-cli`;
const POOLS = ['-g', 'rg-payments-prod', '--cluster-name', 'aks-payments-prod'];
const PAYMENTS = ['-g', 'rg-payments-prod', '-n', 'aks-payments-prod'];
const ON_CLUSTER = ['-g', GROUP, '-n', CLUSTER];
const SPOT_TAINT = 'kubernetes.azure.com/scalesetpriority=spot:NoSchedule';
const ACR_PULL = '7f951dda-4ed3-4680-a7ca-43fe172d538d';

/** What the steps learn and later steps check against. */
export interface Learned {
  kubeletObjectId?: string;
  fqdn?: string;
  registryId?: string;
  kubeconfigToken?: string;
}

/** What a step works with. */
export interface StepContext {
  emulator: ArmEmulator;
  az: AzureCliSession;
  learned: Learned;
  /** The server and token of a kubeconfig file's current context, as @kubernetes/client-node reads them. */
  readKubeconfig(file: string): { server?: string; token?: string };
}

/** What a step's answer must hold: `expect(actual).toMatchObject(shape)`. */
export interface Expectation {
  actual: unknown;
  shape: Record<string, unknown> | unknown[];
}

/** One `az` command of a platform engineer's day, and what its answer must hold. */
export interface Step {
  title: string;
  args: (ctx: StepContext) => string[];
  expects?: (run: AzRun, ctx: StepContext) => Expectation;
  /** Keeps what later steps need from the answer. */
  learn?: (run: AzRun, ctx: StepContext) => void;
  /** 0 unless the step expects a failure. */
  exitCode: number;
}

function step(
  title: string,
  args: Step['args'] | string[],
  expects?: Step['expects'],
  more: Partial<Pick<Step, 'learn' | 'exitCode'>> = {},
): Step {
  return {
    title,
    args: Array.isArray(args) ? () => args : args,
    expects,
    exitCode: 0,
    ...more,
  };
}

const its = (actual: unknown, shape: Expectation['shape']) => ({
  actual,
  shape,
});

const names = (list: Array<{ name: string }>) => list.map(item => item.name);

/** The role assignments the emulator holds for a principal. */
function assignmentsOf(emulator: ArmEmulator, principalId: string) {
  return emulator.admin
    .listResources('Microsoft.Authorization/roleAssignments')
    .map(r => (r.body as any).properties)
    .filter(p => p.principalId === principalId);
}

/** The CLI 2.45 reads ContainerServices_ListOrchestrators; later ones print ListKubernetesVersions' `values`. */
function kubernetesVersions(json: any): string[] {
  return json.orchestrators
    ? json.orchestrators.map((o: any) => o.orchestratorVersion)
    : json.values.flatMap((v: any) => Object.keys(v.patchVersions));
}

const signIn: Step[] = [
  step('registers the emulator as a cloud', ({ emulator }) =>
    cloudRegistration(emulator),
  ),
  step('makes it the active cloud', ['cloud', 'set', '--name', EMULATOR_CLOUD]),
  step(
    'logs in with the demo service principal',
    ({ emulator }) => [
      'login',
      '--service-principal',
      '--username',
      emulator.clientId,
      '--password',
      emulator.clientSecret,
      '--tenant',
      emulator.tenantId,
    ],
    ({ json }, { emulator }) =>
      its(
        { subscriptions: json.map((s: any) => s.id).sort(), first: json[0] },
        {
          subscriptions: [...emulator.subscriptionIds].sort(),
          first: {
            cloudName: EMULATOR_CLOUD,
            tenantId: emulator.tenantId,
            user: { name: emulator.clientId, type: 'servicePrincipal' },
          },
        },
      ),
  ),
  step('shows the subscription', ['account', 'show'], ({ json }) =>
    its(json, { id: PROD, name: 'Contoso Production' }),
  ),
];

const reads: Step[] = [
  step('lists the clusters', ['aks', 'list'], ({ json }) =>
    its(
      { names: names(json) },
      {
        names: expect.arrayContaining([
          'aks-payments-prod',
          'aks-platform-lts',
        ]),
      },
    ),
  ),
  step('shows a cluster', ['aks', 'show', ...PAYMENTS], ({ json }) =>
    its(json, {
      provisioningState: 'Succeeded',
      powerState: { code: 'Running' },
      currentKubernetesVersion: '1.35.2',
      fqdn: expect.stringMatching(/\.hcp\.westeurope\.azmk8s\.io$/),
    }),
  ),
  step(
    "lists a cluster's upgrades",
    ['aks', 'get-upgrades', ...PAYMENTS],
    ({ json }) =>
      its(json, {
        controlPlaneProfile: {
          kubernetesVersion: '1.35.2',
          upgrades: [{ kubernetesVersion: '1.36.0', isPreview: true }],
        },
      }),
  ),
  step(
    "lists a region's Kubernetes versions",
    ['aks', 'get-versions', '--location', 'westeurope'],
    ({ json }) =>
      its(
        { versions: kubernetesVersions(json) },
        { versions: expect.arrayContaining(['1.33.8', '1.34.5', '1.35.2']) },
      ),
  ),
];

const pools: Step[] = [
  step('lists node pools', ['aks', 'nodepool', 'list', ...POOLS], ({ json }) =>
    its({ names: names(json) }, { names: ['system', 'apps'] }),
  ),
  step(
    'adds a spot pool, with the taint AKS gives spot nodes',
    [
      ...['aks', 'nodepool', 'add', ...POOLS, '--name', 'spot'],
      ...['--priority', 'Spot', '--eviction-policy', 'Delete'],
      ...['--spot-max-price', '-1', '--node-count', '1'],
    ],
    ({ json }) =>
      its(json, {
        provisioningState: 'Succeeded',
        scaleSetPriority: 'Spot',
        scaleSetEvictionPolicy: 'Delete',
        nodeLabels: { 'kubernetes.azure.com/scalesetpriority': 'spot' },
        nodeTaints: expect.arrayContaining([SPOT_TAINT]),
      }),
  ),
  step(
    'adds a user pool',
    [
      'aks',
      'nodepool',
      'add',
      ...POOLS,
      '--name',
      'batch',
      '--node-count',
      '1',
    ],
    ({ json }) =>
      its(json, { count: 1, mode: 'User', provisioningState: 'Succeeded' }),
  ),
  step(
    'scales the user pool',
    [
      'aks',
      'nodepool',
      'scale',
      ...POOLS,
      '--name',
      'batch',
      '--node-count',
      '3',
    ],
    ({ json }) => its(json, { count: 3 }),
  ),
  step(
    'turns its autoscaler on',
    [
      ...['aks', 'nodepool', 'update', ...POOLS, '--name', 'batch'],
      ...[
        '--enable-cluster-autoscaler',
        '--min-count',
        '1',
        '--max-count',
        '5',
      ],
    ],
    ({ json }) =>
      its(json, { enableAutoScaling: true, minCount: 1, maxCount: 5 }),
  ),
  step(
    'shows the user pool',
    ['aks', 'nodepool', 'show', ...POOLS, '--name', 'batch'],
    ({ json }) => its(json, { enableAutoScaling: true, count: 3 }),
  ),
  step('deletes the spot pool', [
    ...['aks', 'nodepool', 'delete', ...POOLS, '--name', 'spot'],
  ]),
  step('deletes the user pool', [
    ...['aks', 'nodepool', 'delete', ...POOLS, '--name', 'batch'],
  ]),
  step(
    'lists the pools left',
    ['aks', 'nodepool', 'list', ...POOLS],
    ({ json }) => its({ names: names(json) }, { names: ['system', 'apps'] }),
  ),
];

const clusterLife: Step[] = [
  step(
    'creates a resource group',
    ['group', 'create', '--name', GROUP, '--location', 'westeurope'],
    ({ json }) => its(json, { name: GROUP, location: 'westeurope' }),
  ),
  step(
    'creates a cluster on Azure CNI in a subnet',
    [
      ...['aks', 'create', ...ON_CLUSTER, '--kubernetes-version', '1.34.3'],
      ...['--node-count', '1', '--network-plugin', 'azure', '--no-ssh-key'],
      ...['--vnet-subnet-id', `${VNET}/subnets/nodes`],
    ],
    ({ json }) =>
      its(json, {
        provisioningState: 'Succeeded',
        currentKubernetesVersion: '1.34.3',
        identity: { type: 'SystemAssigned' },
        networkProfile: { networkPlugin: 'azure' },
        fqdn: expect.stringMatching(/\.azmk8s\.io$/),
        identityProfile: {
          kubeletidentity: { objectId: expect.any(String) },
        },
      }),
    {
      learn: ({ json }, { learned }) => {
        learned.fqdn = json.fqdn;
        learned.kubeletObjectId = json.identityProfile.kubeletidentity.objectId;
      },
    },
  ),
  step('stops it', ['aks', 'stop', ...ON_CLUSTER]),
  step('shows it stopped', ['aks', 'show', ...ON_CLUSTER], ({ json }) =>
    its(json, {
      powerState: { code: 'Stopped' },
      provisioningState: 'Succeeded',
    }),
  ),
  step('starts it', ['aks', 'start', ...ON_CLUSTER]),
  step('shows it running', ['aks', 'show', ...ON_CLUSTER], ({ json }) =>
    its(json, { powerState: { code: 'Running' } }),
  ),
  step(
    'upgrades it',
    [
      'aks',
      'upgrade',
      ...ON_CLUSTER,
      '--kubernetes-version',
      '1.34.5',
      '--yes',
    ],
    ({ json }) =>
      its(json, {
        provisioningState: 'Succeeded',
        currentKubernetesVersion: '1.34.5',
        agentPoolProfiles: [{ currentOrchestratorVersion: '1.34.5' }],
      }),
  ),
  step(
    'scales the cluster',
    ['aks', 'scale', ...ON_CLUSTER, '--node-count', '2'],
    ({ json }) => its(json, { agentPoolProfiles: [{ count: 2 }] }),
  ),
  step(
    "writes its kubeconfig, whose server is the cluster's FQDN",
    ({ az }) => [
      ...['aks', 'get-credentials', ...ON_CLUSTER],
      ...['--file', az.file('kubeconfig')],
    ],
    (_, { az, learned, readKubeconfig }) =>
      its(readKubeconfig(az.file('kubeconfig')), {
        server: `https://${learned.fqdn}:443`,
        token: expect.any(String),
      }),
    {
      learn: (_, { az, learned, readKubeconfig }) => {
        learned.kubeconfigToken = readKubeconfig(az.file('kubeconfig')).token;
      },
    },
  ),
];

const registryAndAddons: Step[] = [
  step(
    'creates a registry',
    ['acr', 'create', '-g', GROUP, '--name', REGISTRY, '--sku', 'Basic'],
    ({ json }) =>
      its(json, {
        loginServer: `${REGISTRY}.azurecr.io`,
        provisioningState: 'Succeeded',
        sku: { name: 'Basic' },
      }),
    {
      learn: ({ json }, { learned }) => {
        learned.registryId = json.id;
      },
    },
  ),
  step(
    'shows it by name alone (the CLI finds its group in the resource list)',
    ['acr', 'show', '--name', REGISTRY],
    ({ json }) => its(json, { resourceGroup: GROUP }),
  ),
  step(
    'attaches it to the cluster (AcrPull for the kubelet identity)',
    ['aks', 'update', ...ON_CLUSTER, '--attach-acr', REGISTRY],
    (_, { emulator, learned }) =>
      its(assignmentsOf(emulator, learned.kubeletObjectId!), [
        {
          scope: learned.registryId,
          roleDefinitionId: expect.stringMatching(new RegExp(`/${ACR_PULL}$`)),
        },
      ]),
  ),
  step(
    'turns virtual nodes on (a role on the network for the connector)',
    [
      ...['aks', 'enable-addons', ...ON_CLUSTER, '--addons', 'virtual-node'],
      ...['--subnet-name', 'aci'],
    ],
    ({ json }, { emulator }) => {
      const connector = json.addonProfiles.aciConnectorLinux;
      return its(
        {
          connector,
          assignments: assignmentsOf(emulator, connector.identity.objectId),
        },
        {
          connector: { enabled: true, config: { SubnetName: 'aci' } },
          assignments: [{ scope: VNET }],
        },
      );
    },
  ),
  step('deletes the cluster', ['aks', 'delete', ...ON_CLUSTER, '--yes']),
  step(
    'finds it gone',
    ['aks', 'show', ...ON_CLUSTER],
    ({ stderr }) =>
      its({ stderr }, { stderr: expect.stringContaining('ResourceNotFound') }),
    { exitCode: 3 },
  ),
];

const containers: Step[] = [
  step(
    'creates a container group',
    [
      ...['container', 'create', '-g', GROUP, '--name', CONTAINER_GROUP],
      ...['--image', IMAGE, '--os-type', 'Linux'],
      ...['--cpu', '1', '--memory', '1.5'],
    ],
    ({ json }) =>
      its(json, {
        provisioningState: 'Succeeded',
        containers: [
          {
            image: IMAGE,
            resources: { requests: { cpu: 1, memoryInGb: 1.5 } },
          },
        ],
      }),
  ),
  step(
    'lists container groups',
    ['container', 'list', '-g', GROUP],
    ({ json }) => its({ names: names(json) }, { names: [CONTAINER_GROUP] }),
  ),
  step('deletes the container group', [
    ...['container', 'delete', '-g', GROUP, '--name', CONTAINER_GROUP],
    '--yes',
  ]),
  step('lists none left', ['container', 'list', '-g', GROUP], ({ json }) =>
    its({ json }, { json: [] }),
  ),
  step('deletes the resource group', [
    ...['group', 'delete', '--name', GROUP, '--yes'],
  ]),
];

/**
 * A platform engineer's day with the Azure CLI, in order: sign in, read the
 * fleet, change node pools (a Spot one too), a cluster's whole life, a
 * registry attached and virtual nodes, container instances.
 */
export const AZURE_CLI_STEPS: Step[] = [
  ...signIn,
  ...reads,
  ...pools,
  ...clusterLife,
  ...registryAndAddons,
  ...containers,
];
