import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { ArmEmulator, startArmEmulator } from '@aks-backstage/arm-emulator';
import request from 'supertest';
import { armRequests, clusters, startAksTestBackend } from '../testUtils';

const clusterId = (c: typeof clusters.healthy) =>
  `/subscriptions/${c.subscriptionId}/resourceGroups/${c.resourceGroup}/providers/Microsoft.ContainerService/managedClusters/${c.name}`;

const entities: Entity[] = [
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: {
      name: 'payments-api',
      namespace: 'default',
      annotations: {
        'azure.com/aks-cluster-id': `${clusterId(
          clusters.healthy,
        )}, ${clusterId({
          ...clusters.healthy,
          name: 'aks-gone',
        })}`,
      },
    },
    spec: { type: 'service', owner: 'team-payments', lifecycle: 'production' },
  },
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: {
      name: 'broken',
      namespace: 'default',
      annotations: {
        'azure.com/aks-cluster-id': `/subscriptions/nope, ${clusterId(
          clusters.healthy,
        )}`,
      },
    },
    spec: { type: 'service', owner: 'team-payments', lifecycle: 'production' },
  },
];

describe('GET /entities/{kind}/{namespace}/{name}/clusters', () => {
  let emulator: ArmEmulator;
  const auth = { Authorization: mockCredentials.user.header() };

  async function backend(
    permission:
      | AuthorizeResult.ALLOW
      | AuthorizeResult.DENY = AuthorizeResult.ALLOW,
  ) {
    const { server } = await startAksTestBackend({
      emulator,
      features: [
        mockServices.permissions.factory({ result: permission }),
        catalogServiceMock.factory({ entities }),
      ],
    });
    return server;
  }

  beforeAll(async () => {
    emulator = await startArmEmulator({ lroDurationMs: 50 });
  });
  afterAll(() => emulator.stop());
  beforeEach(() => emulator.admin.clearRequests());

  it('returns each cluster of the annotation, or its error', async () => {
    const server = await backend();
    const response = await request(server)
      .get('/api/aks/entities/component/default/payments-api/clusters')
      .set(auth);

    expect(response.status).toBe(200);
    expect(response.body.entityRef).toBe('component:default/payments-api');
    const [found, missing] = response.body.items;
    expect(found.cluster).toMatchObject({
      name: 'aks-payments-prod',
      health: { status: 'healthy' },
    });
    expect(missing.cluster).toBeUndefined();
    expect(missing.error).toMatchObject({ name: 'NotFoundError' });
  });

  it('answers 403 before any Azure call when the permission is denied', async () => {
    const server = await backend(AuthorizeResult.DENY);
    const response = await request(server)
      .get('/api/aks/entities/component/default/payments-api/clusters')
      .set(auth);

    expect(response.status).toBe(403);
    expect(armRequests(emulator)).toHaveLength(0);
  });

  it('answers 404 for an entity the caller cannot see', async () => {
    const server = await backend();
    const response = await request(server)
      .get('/api/aks/entities/component/default/nobody/clusters')
      .set(auth);
    expect(response.status).toBe(404);
  });

  it("reports a malformed id as that id's error, and still reads the others", async () => {
    const server = await backend();
    const response = await request(server)
      .get('/api/aks/entities/component/default/broken/clusters')
      .set(auth);
    expect(response.status).toBe(200);
    const [invalid, valid] = response.body.items;
    expect(invalid).toEqual({
      clusterId: '/subscriptions/nope',
      error: {
        name: 'InputError',
        message: expect.stringContaining(
          'Annotation azure.com/aks-cluster-id:',
        ),
      },
    });
    expect(valid.cluster).toMatchObject({ name: clusters.healthy.name });
    expect(
      armRequests(emulator).filter(r => r.path.includes('nope')),
    ).toHaveLength(0);
  });
});
