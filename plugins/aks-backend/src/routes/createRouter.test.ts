import {
  mockCredentials,
  mockErrorHandler,
  mockServices,
  TestDatabases,
} from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { ArmEmulator, startArmEmulator } from '@aks-backstage/arm-emulator';
import { AzureClients } from '@aks-backstage/plugin-aks-node';
import express from 'express';
import request from 'supertest';
import { createRouter } from './createRouter';
import { specErrors } from '../__testUtils__/specValidation';
import { createClusterServices } from '../clusters';
import { OperationService } from '../operations/OperationService';
import { OperationStore } from '../operations/OperationStore';
import { clusterPath, clusters, emulatorConfig } from '../testUtils';

const databases = TestDatabases.create({ ids: ['SQLITE_3'] });

describe('createRouter', () => {
  let emulator: ArmEmulator;
  let app: express.Express;

  beforeAll(async () => {
    emulator = await startArmEmulator({ lroDurationMs: 50 });
    const config = new ConfigReader(emulatorConfig(emulator));
    const clients = AzureClients.fromConfig(config);
    const logger = mockServices.logger.mock();
    const auditor = mockServices.auditor.mock();
    const reads = createClusterServices({
      clients,
      cache: mockServices.cache.mock({
        get: async () => undefined,
        set: async () => {},
        delete: async () => {},
      }),
      logger,
    });
    const store = await OperationStore.create(
      mockServices.database({ knex: await databases.init('SQLITE_3') }),
    );
    const router = await createRouter({
      httpAuth: mockServices.httpAuth({
        defaultCredentials: mockCredentials.user(),
      }),
      auth: mockServices.auth(),
      permissions: mockServices.permissions(),
      auditor,
      catalog: catalogServiceMock(),
      discovery: mockServices.discovery(),
      reads,
      operations: new OperationService({
        clients,
        store,
        reads,
        auditor,
        logger,
      }),
    });
    app = express().use(router).use(mockErrorHandler());
  });
  afterAll(() => emulator.stop());

  const lts = clusterPath(clusters.lts).replace('/api/aks', '');
  const sub = clusters.lts.subscriptionId;

  it.each([
    ['get', '/clusters/{subscriptionId}/{resourceGroup}/{name}', lts, 200],
    [
      'get',
      '/clusters/{subscriptionId}/{resourceGroup}/{name}',
      `${lts}x`,
      404,
    ],
    ['get', '/clusters', '/clusters?limit=2', 200],
    ['get', '/clusters', '/clusters?health=sideways', 400],
    [
      'get',
      '/clusters/{subscriptionId}/{resourceGroup}/{name}/upgrades',
      `${lts}/upgrades`,
      200,
    ],
    [
      'get',
      '/locations/{location}/kubernetes-versions',
      `/locations/westeurope/kubernetes-versions?subscriptionId=${sub}`,
      200,
    ],
    ['get', '/operations/{operationId}', '/operations/not-a-uuid', 400],
    [
      'get',
      '/entities/{kind}/{namespace}/{name}/clusters',
      '/entities/component/default/none/clusters',
      404,
    ],
    [
      'get',
      '/entities/{kind}/{namespace}/{name}/gitops',
      '/entities/component/default/none/gitops',
      404,
    ],
    [
      'get',
      '/entities/{kind}/{namespace}/{name}/workload-identities',
      '/entities/component/default/none/workload-identities',
      404,
    ],
    [
      'get',
      '/entities/{kind}/{namespace}/{name}/gitops',
      '/entities/component/Default/none/gitops',
      400,
    ],
  ] as const)(
    '%s %s (%s) answers %i as the spec says',
    async (method, template, url, status) => {
      const response = await request(app)[method](url);
      expect(response.status).toBe(status);
      expect(specErrors(method, template, status, response.body)).toEqual([]);
    },
  );

  it('accepts an operation and reports it, as the spec says', async () => {
    const accepted = await request(app)
      .post(`${lts}/node-pools/batch/scale`)
      .send({ minCount: 1, maxCount: 8 });
    expect(accepted.status).toBe(202);
    expect(
      specErrors(
        'post',
        '/clusters/{subscriptionId}/{resourceGroup}/{name}/node-pools/{nodePool}/scale',
        202,
        accepted.body,
      ),
    ).toEqual([]);

    const status = await request(app).get(`/operations/${accepted.body.id}`);
    expect(status.body.kind).toBe('scaleNodePool');
    expect(
      specErrors('get', '/operations/{operationId}', 200, status.body),
    ).toEqual([]);
    // The next tests change the same pool.
    for (let body = status.body; body.status === 'InProgress'; ) {
      await new Promise(resolve => setTimeout(resolve, 25));
      ({ body } = await request(app).get(`/operations/${accepted.body.id}`));
    }
  });

  it.each([
    [{}, /count, or minCount and maxCount/],
    [
      { minCount: 5, maxCount: 2 },
      /minCount must not be greater than maxCount/,
    ],
    [{ count: 3 }, /autoscales: give minCount and maxCount/],
    [{ count: 'three' }, /body field count "three" must be integer/],
    [{ count: 3, nodes: 4 }, /body field nodes is not allowed/],
  ])(
    'refuses the scale request %j, naming the fields',
    async (body, message) => {
      const response = await request(app)
        .post(`${lts}/node-pools/batch/scale`)
        .send(body);
      expect(response.status).toBe(400);
      expect(response.body.error.message).toMatch(message);
    },
  );
});
