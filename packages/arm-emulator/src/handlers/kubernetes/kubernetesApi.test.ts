import type * as KubernetesClient from '@kubernetes/client-node';
import { DEMO_IDS } from '../../seeds/demoIds';
import { startArmEmulator } from '../../startArmEmulator';
import { credentialFor, trustingAgent } from '../../__testUtils__/sdkSetup';
import type { ArmEmulator } from '../../types';
import { AKS_SERVER_APP_ID } from './kubernetesApi';

const PROD = DEMO_IDS.productionSubscriptionId;

/**
 * The emulated API servers through the unmodified @kubernetes/client-node,
 * with Microsoft Entra tokens from the emulator for the AKS server application.
 */
describe('the Kubernetes API of emulated clusters', () => {
  let emulator: ArmEmulator;
  let token: string;
  // An ES module, which Jest loads only with VM modules (NODE_OPTIONS=--experimental-vm-modules).
  let k8s: typeof KubernetesClient;

  beforeAll(async () => {
    k8s = await import('@kubernetes/client-node');
    emulator = await startArmEmulator();
    const credential = credentialFor(emulator, trustingAgent(emulator));
    token = (await credential.getToken(`${AKS_SERVER_APP_ID}/.default`))!.token;
  }, 30_000);
  afterAll(() => emulator.stop());

  function kubeConfig(group: string, cluster: string, userToken = token) {
    const kc = new k8s.KubeConfig();
    kc.loadFromOptions({
      clusters: [
        {
          name: cluster,
          server: `${emulator.url}/kubernetes/${PROD}/${group}/${cluster}`,
          caData: Buffer.from(emulator.caCertPem).toString('base64'),
        },
      ],
      users: [{ name: 'backstage', token: userToken }],
      contexts: [{ name: cluster, cluster, user: 'backstage' }],
      currentContext: cluster,
    });
    return kc;
  }

  it('reports the cluster version and its API groups', async () => {
    const kc = kubeConfig('rg-payments-prod', 'aks-payments-prod');
    const version = await kc.makeApiClient(k8s.VersionApi).getCode();
    expect(version.gitVersion).toBe('v1.35.2');
    const core = await kc.makeApiClient(k8s.CoreV1Api).getAPIResources();
    expect(core.resources.map(r => r.name)).toEqual(
      expect.arrayContaining(['pods', 'services', 'nodes', 'namespaces']),
    );
  });

  it('lists one node per pool instance, with pool, size and version labels', async () => {
    const kc = kubeConfig('rg-payments-prod', 'aks-payments-prod');
    const { items } = await kc.makeApiClient(k8s.CoreV1Api).listNode();
    expect(items).toHaveLength(3 + 4);
    const apps = items.filter(
      n => n.metadata?.labels?.['kubernetes.azure.com/agentpool'] === 'apps',
    );
    expect(apps).toHaveLength(4);
    expect(apps[0].metadata?.labels?.['node.kubernetes.io/instance-type']).toBe(
      'Standard_D8ds_v5',
    );
    expect(apps[0].status?.nodeInfo?.kubeletVersion).toBe('v1.35.2');
    expect(
      apps[0].status?.conditions?.find(c => c.type === 'Ready')?.status,
    ).toBe('True');
  });

  it('adds the virtual-kubelet node when the ACI connector addon is on, and runs pods on it', async () => {
    const kc = kubeConfig('rg-platform-prod', 'aks-virtualnodes');
    const core = kc.makeApiClient(k8s.CoreV1Api);
    const { items } = await core.listNode({
      labelSelector: 'type=virtual-kubelet',
    });
    expect(items.map(n => n.metadata?.name)).toEqual([
      'virtual-node-aci-linux',
    ]);
    const pods = await core.listNamespacedPod({ namespace: 'rendering' });
    expect(pods.items).toHaveLength(5);
    expect(new Set(pods.items.map(p => p.spec?.nodeName))).toEqual(
      new Set(['virtual-node-aci-linux']),
    );
  });

  it("finds a component's deployment, pods, service and autoscaler by the Backstage label", async () => {
    const kc = kubeConfig('rg-payments-prod', 'aks-payments-prod');
    const labelSelector = 'backstage.io/kubernetes-id=payments-api';
    const [pods, deployments, replicaSets, services, autoscalers] =
      await Promise.all([
        kc
          .makeApiClient(k8s.CoreV1Api)
          .listPodForAllNamespaces({ labelSelector }),
        kc.makeApiClient(k8s.AppsV1Api).listNamespacedDeployment({
          namespace: 'payments',
          labelSelector,
        }),
        kc.makeApiClient(k8s.AppsV1Api).listReplicaSetForAllNamespaces({
          labelSelector,
        }),
        kc.makeApiClient(k8s.CoreV1Api).listNamespacedService({
          namespace: 'payments',
          labelSelector,
        }),
        kc
          .makeApiClient(k8s.AutoscalingV2Api)
          .listHorizontalPodAutoscalerForAllNamespaces({ labelSelector }),
      ]);
    expect(pods.items).toHaveLength(3);
    expect(pods.items.every(p => p.status?.phase === 'Running')).toBe(true);
    expect(pods.items[0].metadata?.name).toMatch(
      /^payments-api-[a-z0-9]{10}-[a-z0-9]{5}$/,
    );
    expect(deployments.items[0].status?.readyReplicas).toBe(3);
    expect(replicaSets.items[0].metadata?.ownerReferences?.[0].kind).toBe(
      'Deployment',
    );
    expect(services.items[0].spec?.ports?.[0].targetPort).toBe(8080);
    expect(autoscalers.items[0].spec?.maxReplicas).toBe(10);

    const pod = await kc.makeApiClient(k8s.CoreV1Api).readNamespacedPod({
      namespace: 'payments',
      name: pods.items[0].metadata!.name!,
    });
    expect(pod.kind).toBe('Pod');
    expect(pod.spec?.nodeName).toMatch(/^aks-apps-\d{8}-vmss00000[0-3]$/);
  });

  it('selects with set-based and negated selectors, and answers 404 for a missing object', async () => {
    const core = kubeConfig(
      'rg-payments-prod',
      'aks-payments-prod',
    ).makeApiClient(k8s.CoreV1Api);
    const system = await core.listPodForAllNamespaces({
      labelSelector: 'k8s-app in (kube-proxy),!backstage.io/kubernetes-id',
    });
    expect(system.items).toHaveLength(7);
    await expect(
      core.readNamespacedPod({ namespace: 'payments', name: 'missing' }),
    ).rejects.toMatchObject({ code: 404 });
    await expect(
      core.listPodForAllNamespaces({ labelSelector: 'bad key=x' }),
    ).rejects.toMatchObject({ code: 400 });
  });

  it('shows a crash-looping container as the kubelet reports it', async () => {
    const core = kubeConfig(
      'rg-payments-prod',
      'aks-legacy-prod',
    ).makeApiClient(k8s.CoreV1Api);
    const { items } = await core.listNamespacedPod({ namespace: 'ledger' });
    const status = items[0].status?.containerStatuses?.[0];
    expect(status?.state?.waiting?.reason).toBe('CrashLoopBackOff');
    expect(status?.restartCount).toBeGreaterThan(0);
  });

  it('follows the cluster: scaled pools change the nodes, a stopped cluster has no API server', async () => {
    const id = `/subscriptions/${DEMO_IDS.developmentSubscriptionId}/resourceGroups/rg-dev/providers/Microsoft.ContainerService/managedClusters/aks-dev-free`;
    const kc = new k8s.KubeConfig();
    kc.loadFromOptions({
      clusters: [
        {
          name: 'free',
          server: `${emulator.url}/kubernetes/${DEMO_IDS.developmentSubscriptionId}/rg-dev/aks-dev-free`,
          caData: Buffer.from(emulator.caCertPem).toString('base64'),
        },
      ],
      users: [{ name: 'u', token }],
      contexts: [{ name: 'free', cluster: 'free', user: 'u' }],
      currentContext: 'free',
    });
    const core = kc.makeApiClient(k8s.CoreV1Api);
    expect((await core.listNode()).items).toHaveLength(2);
    const pool = emulator.admin.getResource(`${id}/agentPools/system`);
    emulator.admin.putResource(`${id}/agentPools/system`, {
      properties: { ...pool.properties, count: 5 },
    });
    expect((await core.listNode()).items).toHaveLength(5);

    const cluster = emulator.admin.getResource(id);
    emulator.admin.putResource(id, {
      ...cluster,
      properties: { ...cluster.properties, powerState: { code: 'Stopped' } },
    });
    await expect(core.listNode()).rejects.toMatchObject({ code: 503 });
  });

  it('refuses a missing or foreign token, and a principal without a role on the cluster', async () => {
    const noToken = kubeConfig('rg-payments-prod', 'aks-payments-prod', '');
    await expect(
      noToken.makeApiClient(k8s.CoreV1Api).listNamespace(),
    ).rejects.toMatchObject({ code: 401 });

    const armToken = emulator.admin.issueToken(emulator.clientId);
    await expect(
      kubeConfig('rg-payments-prod', 'aks-payments-prod', armToken)
        .makeApiClient(k8s.CoreV1Api)
        .listNamespace(),
    ).rejects.toMatchObject({ code: 401 });

    const noRole = emulator.admin.issueToken(DEMO_IDS.noRoleClientId, {
      audience: AKS_SERVER_APP_ID,
    });
    const refused = kubeConfig('rg-payments-prod', 'aks-payments-prod', noRole)
      .makeApiClient(k8s.CoreV1Api)
      .listNamespacedPod({ namespace: 'payments' });
    await expect(refused).rejects.toMatchObject({
      code: 403,
      body: expect.stringContaining('cannot list resource \\"pods\\"'),
    });
  });
});
