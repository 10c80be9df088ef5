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

const TEMPLATE = '/entities/{kind}/{namespace}/{name}/gitops';
const PATH = '/api/aks/entities/component/default/payments-api/gitops';
const auth = { Authorization: mockCredentials.user.header() };
const HOUR = 3_600_000;

function component(name: string, annotations: Record<string, string>): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name, namespace: 'default', annotations },
    spec: { type: 'service', owner: 'team-payments', lifecycle: 'production' },
  };
}

const missing = { ...clusters.healthy, name: 'aks-gone' };
const clusterIds = [clusters.healthy, clusters.free, clusters.lts]
  .map(formatAksClusterId)
  .join(',');
const entities = [
  component('payments-api', {
    'backstage.io/source-location':
      'url:https://github.com/acme/payments-api/tree/main/',
    'azure.com/aks-cluster-id': clusterIds,
  }),
  component('no-source', { 'azure.com/aks-cluster-id': clusterIds }),
  component('gone', {
    'backstage.io/source-location': 'url:https://github.com/acme/payments-api',
    'azure.com/aks-cluster-id': formatAksClusterId(missing),
  }),
];

describe('GET /entities/{kind}/{namespace}/{name}/gitops', () => {
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

  it("lists the Flux configurations of the entity's repository on each of its clusters", async () => {
    const response = await read(await backend());
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      entityRef: 'component:default/payments-api',
      repositoryUrl: 'https://github.com/acme/payments-api',
    });
    const [prod, dev, lts] = response.body.items;

    expect(prod).toMatchObject({
      clusterId: formatAksClusterId(clusters.healthy),
      clusterName: 'aks-payments-prod',
      fluxInstalled: true,
      stale: false,
      configurations: [
        {
          name: 'payments-api',
          url: 'https://github.com/acme/payments-api',
          branch: 'main',
          namespace: 'payments-api',
          kustomizations: [{ name: 'apps', path: './deploy/production' }],
          complianceState: 'Compliant',
          lastAppliedRevision: expect.stringMatching(/\w/),
          warnings: [],
        },
      ],
    });
    const [compliant] = prod.configurations;
    expect(Date.parse(compliant.lastAppliedAt)).toBeLessThanOrEqual(Date.now());
    expect(compliant.nonCompliantSince).toBeUndefined();
    expect(compliant.errorMessage).toBeUndefined();

    expect(dev).toMatchObject({
      clusterId: formatAksClusterId(clusters.free),
      fluxInstalled: true,
      configurations: [
        {
          name: 'payments-api',
          url: 'git@github.com:acme/payments-api.git',
          branch: 'develop',
          complianceState: 'Non-Compliant',
          errorMessage: expect.stringContaining(
            "unable to clone 'git@github.com:acme/payments-api.git'",
          ),
          warnings: [
            expect.objectContaining({
              code: 'FluxNotCompliant',
              severity: 'warning',
              message: expect.stringContaining('for 2 hours'),
            }),
          ],
        },
      ],
    });
    const since = Date.parse(dev.configurations[0].nonCompliantSince);
    expect(Date.now() - since).toBeGreaterThan(2 * HOUR - 60_000);
    expect(Date.now() - since).toBeLessThan(2 * HOUR + 5 * 60_000);

    // The platform team's repository is not this entity's.
    expect(lts).toMatchObject({
      clusterId: formatAksClusterId(clusters.lts),
      fluxInstalled: true,
      configurations: [],
    });
  });

  it('waits as long as configured before a configuration that is not compliant is a finding', async () => {
    const response = await read(
      await backend({ aks: { gitops: { nonCompliantWarningAfter: '3h' } } }),
    );
    const dev = response.body.items[1];
    expect(dev.configurations[0].complianceState).toBe('Non-Compliant');
    expect(dev.configurations[0].warnings).toEqual([]);
  });

  it('matches nothing for an entity without a source location', async () => {
    const response = await read(
      await backend(),
      '/api/aks/entities/component/default/no-source/gitops',
    );
    expect(response.status).toBe(200);
    expect(response.body.repositoryUrl).toBeUndefined();
    expect(response.body.items.map((i: any) => i.configurations)).toEqual([
      [],
      [],
      [],
    ]);
  });

  it("reads a cluster's extensions and configurations once per cache TTL", async () => {
    const server = await backend();
    await read(server);
    const calls = armRequests(emulator);
    expect(
      calls.filter(r => r.operation === 'FluxConfigurations_List'),
    ).toHaveLength(3);
    expect(calls.filter(r => r.operation === 'Extensions_List')).toHaveLength(
      3,
    );
    await read(server);
    await read(server, '/api/aks/entities/component/default/no-source/gitops');
    expect(armRequests(emulator)).toHaveLength(calls.length);
  });

  it('answers 403 before any Azure call when the permission is denied', async () => {
    const response = await read(
      await backend({ permission: AuthorizeResult.DENY }),
    );
    expect(response.status).toBe(403);
    expect(armRequests(emulator)).toEqual([]);
  });

  it('answers 404 for an entity the caller cannot see', async () => {
    const response = await read(
      await backend(),
      '/api/aks/entities/component/default/nobody/gitops',
    );
    expect(response.status).toBe(404);
    expect(armRequests(emulator)).toEqual([]);
  });

  it.each([
    ['/entities/component/default/%2E%2E/gitops', 'name'],
    ['/entities/component/Default/payments-api/gitops', 'namespace'],
    ['/entities/%2E%2E/default/payments-api/gitops', 'kind'],
  ])(
    'refuses %s, naming the %s, before any Azure call',
    async (path, field) => {
      const response = await read(await backend(), `/api/aks${path}`);
      expect(response.status).toBe(400);
      expect(response.body.error.message).toContain(`Invalid ${field} `);
      expect(armRequests(emulator)).toEqual([]);
    },
  );

  it('gives a cluster ARM does not answer for its error, and reads the others', async () => {
    const server = await backend({ aks: { cacheTtlSeconds: 0 } });
    emulator.admin.addFault({
      kind: 'error',
      status: 503,
      operation: 'FluxConfigurations_List',
      path: DEMO_IDS.developmentSubscriptionId,
    });
    const [prod, dev, lts] = (await read(server)).body.items;
    expect(prod.configurations).toHaveLength(1);
    expect(lts.fluxInstalled).toBe(true);
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
      operation: 'Extensions_List',
      path: 'aks-payments-prod',
    });
    const [prod, dev] = (await read(server)).body.items;
    expect(prod.error).toEqual({
      name: 'AzureAnswerUnreadableError',
      message: expect.stringContaining("the backend's log has the cause"),
    });
    expect(dev.configurations).toHaveLength(1);
  });

  it('gives the error of a cluster that does not exist', async () => {
    const response = await read(
      await backend(),
      '/api/aks/entities/component/default/gone/gitops',
    );
    expect(response.body.items).toEqual([
      {
        clusterId: formatAksClusterId(missing),
        error: { name: 'NotFoundError', message: expect.any(String) },
      },
    ]);
  });
});
