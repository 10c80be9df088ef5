import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import {
  ArmEmulator,
  DEMO_IDS,
  startArmEmulator,
} from '@aks-backstage/arm-emulator';
import { formatAksClusterId } from '@aks-backstage/plugin-aks-common';
import request from 'supertest';
import { specErrors } from '../__testUtils__/specValidation';
import { armRequests, clusters, startAksTestBackend } from '../testUtils';

const TEMPLATE = '/entities/{kind}/{namespace}/{name}/workload-identities';
const PATH =
  '/api/aks/entities/component/default/payments-api/workload-identities';
const auth = { Authorization: mockCredentials.user.header() };

function component(name: string, annotations: Record<string, string>): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name, namespace: 'default', annotations },
    spec: { type: 'service', owner: 'team-payments', lifecycle: 'production' },
  };
}

const entities = [
  component('payments-api', {
    'azure.com/aks-cluster-id': [clusters.healthy, clusters.free]
      .map(formatAksClusterId)
      .join(','),
  }),
  component('checkout', {
    'azure.com/aks-cluster-id': formatAksClusterId(clusters.healthy),
    'backstage.io/kubernetes-namespace': 'checkout',
  }),
];

describe('GET /entities/{kind}/{namespace}/{name}/workload-identities', () => {
  let emulator: ArmEmulator;

  async function backend(
    options: {
      permission?: AuthorizeResult;
      aks?: Record<string, unknown>;
    } = {},
  ) {
    const { server } = await startAksTestBackend({
      emulator,
      aks: options.aks,
      features: [
        mockServices.permissions.factory({
          result: (options.permission ?? AuthorizeResult.ALLOW) as any,
        }),
        catalogServiceMock.factory({ entities }),
      ],
    });
    return server;
  }

  async function read(server: unknown, path = PATH) {
    const response = await request(server as any)
      .get(path)
      .set(auth);
    expect(specErrors('get', TEMPLATE, response.status, response.body)).toEqual(
      [],
    );
    return response;
  }

  beforeAll(async () => {
    emulator = await startArmEmulator({ lroDurationMs: 50 });
  });
  afterAll(() => emulator.stop());
  beforeEach(() => {
    emulator.admin.reset();
    emulator.admin.clearRequests();
  });

  it("lists the identities federated to the entity's service accounts, with their roles and findings", async () => {
    const response = await read(await backend());
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      entityRef: 'component:default/payments-api',
      namespace: 'payments-api',
    });
    const [prod, dev] = response.body.items;

    const issuer = prod.workloadIdentity.oidcIssuerUrl;
    expect(prod).toMatchObject({
      clusterId: formatAksClusterId(clusters.healthy),
      clusterName: 'aks-payments-prod',
      workloadIdentity: {
        workloadIdentityEnabled: true,
        oidcIssuerEnabled: true,
        oidcIssuerUrl: expect.stringMatching(
          /^https:\/\/.+\.oic\.prod-aks\.azure\.com\//,
        ),
      },
      warnings: [],
      stale: false,
    });
    const byName = Object.fromEntries(
      prod.identities.map((i: any) => [i.name, i]),
    );
    expect(Object.keys(byName).sort()).toEqual([
      'id-payments-api',
      'id-payments-worker',
    ]);

    expect(byName['id-payments-api']).toMatchObject({
      resourceGroup: 'rg-payments-prod',
      clientId: expect.stringMatching(/^[0-9a-f-]{36}$/),
      principalId: expect.stringMatching(/^[0-9a-f-]{36}$/),
      federatedCredentials: [
        {
          issuer,
          subject: 'system:serviceaccount:payments-api:payments-api',
          serviceAccount: 'payments-api',
          audiences: ['api://AzureADTokenExchange'],
          issuerMatches: true,
        },
      ],
      roleAssignments: [
        {
          roleName: 'AcrPull',
          roleDefinitionId: expect.stringMatching(
            /\/roleDefinitions\/7f951dda-4ed3-4680-a7ca-43fe172d538d$/,
          ),
          scope: expect.stringMatching(/\/registries\/acrcontosoprod$/),
        },
      ],
      warnings: [],
    });
    expect(byName['id-payments-api'].roleAssignmentsError).toBeUndefined();

    const worker = byName['id-payments-worker'];
    expect(worker.federatedCredentials).toMatchObject([
      { serviceAccount: 'payments-worker', issuerMatches: false },
    ]);
    expect(worker.federatedCredentials[0].issuer).not.toBe(issuer);
    expect(worker.warnings).toEqual([
      expect.objectContaining({
        code: 'FederatedCredentialIssuerMismatch',
        severity: 'error',
        message: expect.stringContaining(
          `but aks-payments-prod publishes ${issuer}`,
        ),
      }),
    ]);

    expect(dev).toMatchObject({
      clusterId: formatAksClusterId(clusters.free),
      workloadIdentity: {
        workloadIdentityEnabled: true,
        oidcIssuerEnabled: false,
      },
      identities: [],
      warnings: [
        expect.objectContaining({
          code: 'WorkloadIdentityWithoutOidcIssuer',
          severity: 'error',
        }),
      ],
    });
  });

  it('reads the namespace from backstage.io/kubernetes-namespace, where nothing is federated', async () => {
    const response = await read(
      await backend(),
      '/api/aks/entities/component/default/checkout/workload-identities',
    );
    expect(response.body.namespace).toBe('checkout');
    expect(response.body.items[0].identities).toEqual([]);
  });

  it("reads a subscription's identities and credentials once per cache TTL", async () => {
    const server = await backend();
    await read(server);
    const calls = armRequests(emulator).length;
    expect(
      armRequests(emulator).filter(
        r => r.operation === 'FederatedIdentityCredentials_List',
      ).length,
    ).toBeGreaterThanOrEqual(2);
    await read(server);
    expect(armRequests(emulator)).toHaveLength(calls);
  });

  it('answers 403 before any Azure call when the permission is denied', async () => {
    const response = await read(
      await backend({ permission: AuthorizeResult.DENY }),
    );
    expect(response.status).toBe(403);
    expect(armRequests(emulator)).toEqual([]);
  });

  it.each([
    ['/entities/component/default/%2E%2E/workload-identities', 'name'],
    [
      '/entities/component/Default/payments-api/workload-identities',
      'namespace',
    ],
    ['/entities/%2E%2E/default/payments-api/workload-identities', 'kind'],
  ])(
    'refuses %s, naming the %s, before any Azure call',
    async (path, field) => {
      const response = await read(await backend(), `/api/aks${path}`);
      expect(response.status).toBe(400);
      expect(response.body.error.message).toContain(`Invalid ${field} `);
      expect(armRequests(emulator)).toEqual([]);
    },
  );

  it("gives a cluster whose subscription's identities ARM does not give its error, and reads the other", async () => {
    const server = await backend({ aks: { cacheTtlSeconds: 0 } });
    emulator.admin.addFault({
      kind: 'error',
      status: 503,
      operation: 'UserAssignedIdentities_ListBySubscription',
      path: DEMO_IDS.developmentSubscriptionId,
    });
    const [prod, dev] = (await read(server)).body.items;
    expect(prod.identities).toHaveLength(2);
    expect(dev).toEqual({
      clusterId: formatAksClusterId(clusters.free),
      error: {
        name: 'ServiceUnavailableError',
        message: expect.stringContaining('Contoso Development'),
      },
    });
  });

  it('says the plugin could not read an answer it cannot parse, not that Azure is down', async () => {
    const server = await backend({ aks: { cacheTtlSeconds: 0 } });
    emulator.admin.addFault({
      kind: 'respond',
      status: 200,
      text: '{"value": [',
      operation: 'FederatedIdentityCredentials_List',
    });
    const [prod] = (await read(server)).body.items;
    expect(prod.error).toEqual({
      name: 'AzureAnswerUnreadableError',
      message: expect.stringContaining("the backend's log has the cause"),
    });
  });

  it('keeps an identity whose role assignments cannot be read, saying why', async () => {
    const server = await backend({ aks: { cacheTtlSeconds: 0 } });
    emulator.admin.addFault({
      kind: 'respond',
      status: 403,
      body: {
        error: {
          code: 'AuthorizationFailed',
          message: 'no roleAssignments/read',
        },
      },
      operation: 'RoleAssignments_ListForSubscription',
    });
    const [prod] = (await read(server)).body.items;
    const api = prod.identities.find((i: any) => i.name === 'id-payments-api');
    expect(api.federatedCredentials).toHaveLength(1);
    expect(api.roleAssignments).toEqual([]);
    expect(api.roleAssignmentsError).toEqual({
      name: 'NotAllowedError',
      message: expect.stringContaining('role assignment'),
    });
  });
});
