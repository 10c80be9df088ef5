import { ConfigReader } from '@backstage/config';
import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { ArmEmulator, startArmEmulator } from '@aks-backstage/arm-emulator';
import { AksClusterRef } from '@aks-backstage/plugin-aks-common';
import { AzureClients } from '@aks-backstage/plugin-aks-node';
import type { Server } from 'node:http';
import request from 'supertest';
import {
  armRequests,
  clusterPath,
  clusters,
  emulatorConfig,
  startAksTestBackend,
} from '../testUtils';

const auth = { Authorization: mockCredentials.user.header() };

const checkout = { ...clusters.healthy, name: 'aks-checkout-prod' };
const legacy = { ...clusters.healthy, name: 'aks-legacy-prod' };

/**
 * The upgrade readiness of the emulator's demo clusters, read through the
 * real SDK and the emulator's Kubernetes API (reached as
 * `aks.kubernetesApiServer.urlTemplate` says).
 */
describe('GET /clusters/{…}/upgrade-readiness', () => {
  let emulator: ArmEmulator;
  let server: Server;
  let clients: AzureClients;

  async function backend(
    aks: Record<string, unknown>,
    permission:
      | AuthorizeResult.ALLOW
      | AuthorizeResult.DENY = AuthorizeResult.ALLOW,
  ) {
    return (
      await startAksTestBackend({
        emulator,
        aks: { cacheTtlSeconds: 0, ...aks },
        features: [
          mockServices.permissions.factory({ result: permission }),
          catalogServiceMock.factory(),
        ],
      })
    ).server;
  }

  const readiness = (s: Server, cluster: AksClusterRef, query: string) =>
    request(s)
      .get(`${clusterPath(cluster)}/upgrade-readiness?${query}`)
      .set(auth);

  /** The quota of a family in a region, as Azure reports it. */
  async function usageOf(
    cluster: AksClusterRef,
    location: string,
    name: string,
  ) {
    for await (const usage of clients
      .compute(cluster.subscriptionId)
      .usage.list(location)) {
      if (usage.name.value === name) return usage;
    }
    throw new Error(`no quota ${name}`);
  }

  beforeAll(async () => {
    emulator = await startArmEmulator({ lroDurationMs: 50 });
    server = await backend({
      kubernetesApiServer: {
        urlTemplate: emulator.kubernetesUrlTemplate,
        caCert: emulator.caCertPem,
      },
    });
    clients = AzureClients.fromConfig(
      new ConfigReader(emulatorConfig(emulator)),
    );
  }, 60_000);
  afterAll(() => emulator.stop());
  beforeEach(() => emulator.admin.clearRequests());

  it('finds nothing in the way of a clean upgrade, with its path, surge and quota', async () => {
    const response = await readiness(server, clusters.free, 'version=1.35');
    expect(response.status).toBe(200);
    const body = response.body;
    expect(body).toMatchObject({
      targetVersion: '1.35.2',
      currentVersion: '1.34.3',
      path: [
        { kind: 'controlPlane', from: '1.34.3', to: '1.35.2' },
        { kind: 'nodePool', name: 'system', from: '1.34.3', to: '1.35.2' },
      ],
      disruptionBudgets: [],
      deprecatedApis: [],
      blocking: false,
    });
    expect(body.findings.filter((f: any) => f.severity !== 'info')).toEqual([]);
    const [surge] = body.pools;
    expect(surge).toMatchObject({
      name: 'system',
      nodeCount: 2,
      maxSurge: '10%',
      surgeNodes: 1,
      vmSize: 'Standard_D2ds_v5',
      extraVCpus: 2,
    });
    const family = await usageOf(clusters.free, 'northeurope', surge.family);
    expect(body.quota).toContainEqual({
      family: surge.family,
      needed: 2,
      available: family.limit - family.currentValue,
      limit: family.limit,
      used: family.currentValue,
    });
    expect(body.quota.map((q: any) => q.family)).toContain('cores');
    expect(Date.parse(body.fetchedAt)).not.toBeNaN();
  });

  it('blocks a skip of minor versions, naming the version to go through', async () => {
    const response = await readiness(server, legacy, 'version=1.33.8');
    expect(response.status).toBe(200);
    expect(response.body.blocking).toBe(true);
    expect(response.body.path[0]).toEqual({
      kind: 'controlPlane',
      from: '1.30.14',
      to: '1.33.8',
    });
    expect(response.body.findings).toContainEqual(
      expect.objectContaining({
        code: 'MinorVersionSkipped',
        severity: 'blocking',
        remedy: expect.stringMatching(/^Upgrade to 1\.31 first/),
      }),
    );
    // Its pool too, which AKS upgrades one minor version at a time.
    expect(response.body.findings).toContainEqual(
      expect.objectContaining({
        code: 'NodePoolSkipsMinorVersion',
        nodePool: 'nodepool1',
      }),
    );
  });

  it('blocks on a PodDisruptionBudget that allows no disruption', async () => {
    const response = await readiness(server, checkout, 'version=1.34.5');
    expect(response.status).toBe(200);
    expect(response.body.blocking).toBe(true);
    expect(response.body.disruptionBudgets).toEqual([
      expect.objectContaining({
        name: expect.stringContaining('checkout-web'),
        why: expect.stringContaining('minAvailable 100%'),
      }),
    ]);
    expect(response.body.findings).toContainEqual(
      expect.objectContaining({
        code: 'DisruptionBudgetBlocksDrain',
        severity: 'blocking',
      }),
    );
  });

  it('blocks on a deprecated API still in use that the target removes, not on one it keeps', async () => {
    const response = await readiness(server, checkout, 'version=1.34.5');
    expect(response.body.deprecatedApis).toEqual([
      {
        group: 'admissionregistration.k8s.io',
        version: 'v1beta1',
        resource: 'validatingadmissionpolicies',
        removedRelease: '1.34',
      },
    ]);
    expect(response.body.findings).toContainEqual(
      expect.objectContaining({
        code: 'RemovedApiInUse',
        severity: 'blocking',
        message: expect.stringContaining(
          'admissionregistration.k8s.io/v1beta1 validatingadmissionpolicies (removed in 1.34)',
        ),
      }),
    );
  });

  it('blocks when the VM family has too little quota left for the surge nodes', async () => {
    const response = await readiness(server, clusters.lts, 'version=1.33.8');
    expect(response.status).toBe(200);
    const batch = response.body.pools.find((p: any) => p.name === 'batch');
    expect(batch).toMatchObject({ vmSize: 'Standard_F8s_v2', surgeNodes: 1 });
    const family = await usageOf(clusters.lts, 'westeurope', batch.family);
    const need = response.body.quota.find(
      (q: any) => q.family === batch.family,
    );
    expect(need).toEqual({
      family: batch.family,
      needed: batch.extraVCpus,
      available: family.limit - family.currentValue,
      limit: family.limit,
      used: family.currentValue,
    });
    expect(need.needed).toBeGreaterThan(need.available);
    expect(response.body.blocking).toBe(true);
    expect(response.body.findings).toContainEqual(
      expect.objectContaining({
        code: 'QuotaInsufficient',
        severity: 'blocking',
      }),
    );
    // Spot nodes count against the Spot quota.
    expect(response.body.quota.map((q: any) => q.family)).toContain(
      'lowPriorityCores',
    );
  });

  it('adds no surge for a control-plane-only upgrade', async () => {
    const response = await readiness(
      server,
      clusters.lts,
      'version=1.33.8&controlPlaneOnly=true',
    );
    expect(response.body).toMatchObject({
      path: [{ kind: 'controlPlane', from: '1.32.9', to: '1.33.8' }],
      pools: [],
      quota: [],
      blocking: false,
    });
  });

  it('degrades, without blocking, when the Kubernetes API cannot be read', async () => {
    // Without the URL template, the API server is at the cluster's FQDN,
    // which does not resolve here.
    const unreachable = await backend({});
    const response = await readiness(
      unreachable,
      clusters.free,
      'version=1.35.2',
    );
    expect(response.status).toBe(200);
    expect(response.body.blocking).toBe(false);
    expect(response.body.findings).toContainEqual(
      expect.objectContaining({
        code: 'KubernetesApiUnreadable',
        severity: 'warning',
        message: expect.stringMatching(/^Could not read the Kubernetes API: /),
      }),
    );
    expect(response.body.disruptionBudgets).toEqual([]);
    expect(response.text).not.toMatch(/eyJ|certificate-authority|kubeconfig/);
  });

  it.each([
    ['not a version', 'latest', 'must match pattern'],
    ['a version the profile does not offer', '1.99.0', 'does not offer it'],
  ])(
    'answers 400 naming version for %s, with no write and no other Azure call',
    async (_what, version, problem) => {
      const response = await readiness(
        server,
        clusters.free,
        `version=${version}`,
      );
      expect(response.status).toBe(400);
      expect(response.body.error.name).toBe('InputError');
      expect(response.body.error.message).toContain('version');
      expect(response.body.error.message).toContain(problem);
      const calls = armRequests(emulator);
      expect(calls.filter(r => r.method !== 'GET')).toEqual([]);
      expect(
        calls.filter(
          r =>
            ![
              'ManagedClusters_Get',
              'ManagedClusters_GetUpgradeProfile',
              'AgentPools_GetUpgradeProfile',
            ].includes(r.operation ?? ''),
        ),
      ).toEqual([]);
      expect(
        emulator.admin
          .requests()
          .filter(r => r.operation?.startsWith('Kubernetes')),
      ).toEqual([]);
    },
  );

  it('needs aks.cluster.read, checked before any Azure call', async () => {
    const denied = await backend({}, AuthorizeResult.DENY);
    const response = await readiness(denied, clusters.free, 'version=1.35.2');
    expect(response.status).toBe(403);
    expect(armRequests(emulator)).toEqual([]);
  });
});
