import type * as KubernetesClient from '@kubernetes/client-node';
import { DEMO_IDS } from '../../seeds/demoIds';
import { startArmEmulator } from '../../startArmEmulator';
import { armFetch } from '../../__testUtils__/armFetch';
import { credentialFor, trustingAgent } from '../../__testUtils__/sdkSetup';
import type { ArmEmulator } from '../../types';
import { AKS_SERVER_APP_ID } from './kubernetesApi';

const PROD = DEMO_IDS.productionSubscriptionId;
const CHECKOUT = `/subscriptions/${PROD}/resourceGroups/rg-payments-prod/providers/Microsoft.ContainerService/managedClusters/aks-checkout-prod`;

/**
 * What an upgrade readiness check reads from a cluster's API server: pod
 * disruption budgets (through the unmodified @kubernetes/client-node) and the
 * deprecated APIs the API server's metrics report.
 */
describe('the Kubernetes API reads an upgrade readiness check makes', () => {
  let emulator: ArmEmulator;
  let token: string;
  let k8s: typeof KubernetesClient;

  beforeAll(async () => {
    k8s = await import('@kubernetes/client-node');
    emulator = await startArmEmulator();
    const credential = credentialFor(emulator, trustingAgent(emulator));
    token = (await credential.getToken(`${AKS_SERVER_APP_ID}/.default`))!.token;
  }, 30_000);
  afterAll(() => emulator.stop());

  const server = (cluster: string) =>
    `/kubernetes/${PROD}/rg-payments-prod/${cluster}`;

  function policy(cluster: string) {
    const kc = new k8s.KubeConfig();
    kc.loadFromOptions({
      clusters: [
        {
          name: cluster,
          server: `${emulator.url}${server(cluster)}`,
          caData: Buffer.from(emulator.caCertPem).toString('base64'),
        },
      ],
      users: [{ name: 'backstage', token }],
      contexts: [{ name: cluster, cluster, user: 'backstage' }],
      currentContext: cluster,
    });
    return kc;
  }

  const metrics = (cluster: string, bearer: string | null = token) =>
    armFetch(emulator, 'GET', `${server(cluster)}/metrics`, { token: bearer });

  it('lists pod disruption budgets in every namespace and in one, with the disruptions they allow', async () => {
    const kc = policy('aks-checkout-prod');
    const api = kc.makeApiClient(k8s.PolicyV1Api);
    const all = await api.listPodDisruptionBudgetForAllNamespaces();
    expect(
      all.items.map(pdb => [
        pdb.metadata?.namespace,
        pdb.metadata?.name,
        pdb.status?.disruptionsAllowed,
      ]),
    ).toEqual([
      ['kube-system', 'coredns-pdb', 1],
      ['kube-system', 'metrics-server-pdb', 1],
      ['checkout', 'checkout-web-pdb', 0],
    ]);
    const [checkout] = (
      await api.listNamespacedPodDisruptionBudget({ namespace: 'checkout' })
    ).items;
    expect({ spec: checkout.spec, status: checkout.status }).toEqual({
      spec: {
        minAvailable: '100%',
        selector: { matchLabels: { app: 'checkout-web' } },
      },
      status: expect.objectContaining({
        currentHealthy: 4,
        desiredHealthy: 4,
        expectedPods: 4,
        disruptionsAllowed: 0,
        conditions: [
          expect.objectContaining({
            type: 'DisruptionAllowed',
            status: 'False',
            reason: 'InsufficientPods',
          }),
        ],
      }),
    });
    const payments = await policy('aks-payments-prod')
      .makeApiClient(k8s.PolicyV1Api)
      .readNamespacedPodDisruptionBudget({
        namespace: 'payments',
        name: 'payments-api-pdb',
      });
    expect({
      maxUnavailable: payments.spec?.maxUnavailable,
      disruptionsAllowed: payments.status?.disruptionsAllowed,
    }).toEqual({ maxUnavailable: 1, disruptionsAllowed: 1 });
  });

  it('serves policy/v1 in discovery', async () => {
    const kc = policy('aks-checkout-prod');
    const groups = await kc.makeApiClient(k8s.ApisApi).getAPIVersions();
    expect(groups.groups.map(g => g.name)).toContain('policy');
    const resources = await kc.makeApiClient(k8s.PolicyV1Api).getAPIResources();
    expect(resources.resources).toContainEqual(
      expect.objectContaining({
        name: 'poddisruptionbudgets',
        kind: 'PodDisruptionBudget',
        namespaced: true,
        shortNames: ['pdb'],
      }),
    );
  });

  it('reports the deprecated APIs the workloads request in Prometheus text', async () => {
    const checkout = await metrics('aks-checkout-prod');
    expect(checkout.status).toBe(200);
    expect(checkout.headers['content-type']).toBe(
      'text/plain; version=0.0.4; charset=utf-8',
    );
    const deprecated = checkout.text
      .split('\n')
      .filter(l => l.startsWith('apiserver_requested_deprecated_apis{'));
    expect(deprecated).toEqual([
      'apiserver_requested_deprecated_apis{group="admissionregistration.k8s.io",removed_release="1.34",resource="validatingadmissionpolicies",subresource="",version="v1beta1"} 1',
      'apiserver_requested_deprecated_apis{group="",removed_release="",resource="endpoints",subresource="",version="v1"} 1',
    ]);
    expect(checkout.text).toContain(
      '# TYPE apiserver_requested_deprecated_apis gauge',
    );
    expect(checkout.text).toMatch(
      /^kubernetes_build_info\{.*git_version="v1\.33\.8".*\} 1$/m,
    );

    const payments = await metrics('aks-payments-prod');
    expect(payments.text).not.toContain('apiserver_requested_deprecated_apis');
  });

  it('stops reporting an API once the cluster runs a version that removed it', async () => {
    const cluster = emulator.admin.getResource(CHECKOUT);
    emulator.admin.putResource(CHECKOUT, {
      ...cluster,
      properties: { ...cluster.properties, currentKubernetesVersion: '1.34.5' },
    });
    const deprecated = (await metrics('aks-checkout-prod')).text
      .split('\n')
      .filter(l => l.startsWith('apiserver_requested_deprecated_apis{'));
    expect(deprecated).toEqual([
      'apiserver_requested_deprecated_apis{group="",removed_release="",resource="endpoints",subresource="",version="v1"} 1',
    ]);
  });

  it('refuses the metrics to a caller without a token or a role', async () => {
    expect((await metrics('aks-checkout-prod', null)).status).toBe(401);
    const noRole = emulator.admin.issueToken(DEMO_IDS.noRoleClientId, {
      audience: AKS_SERVER_APP_ID,
    });
    const refused = await metrics('aks-checkout-prod', noRole);
    expect({ status: refused.status, message: refused.body.message }).toEqual({
      status: 403,
      message: expect.stringContaining('cannot get path "/metrics"'),
    });
  });
});
