import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { createServiceFactory } from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { ArmEmulator, startArmEmulator } from '@aks-backstage/arm-emulator';
import { formatAksClusterId } from '@aks-backstage/plugin-aks-common';
import request from 'supertest';
import {
  armRequests,
  clusterPath,
  clusters,
  startAksTestBackend,
} from '../testUtils';

describe('entity refs from callers', () => {
  let emulator: ArmEmulator;
  let server: Awaited<ReturnType<typeof startTestBackend>>['server'];
  const auth = { Authorization: mockCredentials.user.header() };
  const catalog = catalogServiceMock({
    entities: [
      {
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'Resource',
        metadata: {
          name: 'aks-platform-lts',
          annotations: {
            'azure.com/aks-cluster-id': formatAksClusterId(clusters.lts),
          },
        },
        spec: { type: 'kubernetes-cluster', owner: 'team-platform' },
      },
    ],
  });
  const getEntityByRef = jest.spyOn(catalog, 'getEntityByRef');
  const allow = async (requests: unknown[]) =>
    requests.map(() => ({ result: AuthorizeResult.ALLOW }));
  const permissions = mockServices.permissions.mock({
    authorize: jest.fn(allow) as any,
    authorizeConditional: jest.fn(allow) as any,
  });
  const auditor = mockServices.auditor.mock();

  beforeAll(async () => {
    emulator = await startArmEmulator({ lroDurationMs: 50 });
    ({ server } = await startAksTestBackend({
      emulator,
      features: [
        permissions.factory,
        auditor.factory,
        createServiceFactory({
          service: catalogServiceRef,
          deps: {},
          factory: () => catalog,
        }),
      ],
    }));
  });
  afterAll(() => emulator.stop());
  beforeEach(() => {
    jest.clearAllMocks();
    emulator.admin.clearRequests();
  });

  const lts = clusterPath(clusters.lts);
  const routes = [
    ['get', lts],
    ['get', `${lts}/upgrades`],
    [
      'get',
      `/api/aks/locations/westeurope/kubernetes-versions?subscriptionId=${clusters.lts.subscriptionId}`,
    ],
    ['post', `${lts}/start`],
    ['post', `${lts}/stop`],
    ['post', `${lts}/node-pools/system/upgrade-node-image`],
    ['get', '/api/aks/operations/00000000-0000-4000-8000-000000000001'],
  ] as const;

  // The catalog client builds its URL from the ref's parts: `..` would
  // address other catalog paths; a kind of `..` turns into `by-uid`.
  it.each([
    ['resource:default/..', /name "\.\." must be/],
    ['resource:../aks-platform-lts', /namespace "\.\." must be/],
    ['..:by-uid/0f7c1a2e', /kind "\.\." must be/],
    ['resource:default/a/b', /name "a\/b" must be/],
    ['resource:default/aks\u0000', /"resource:default\/aks\\u0000"/],
    ['aks-platform-lts', /must be kind:namespace\/name/],
    ['resource:default/', /must be kind:namespace\/name/],
  ])(
    'refuses %j on every route before any catalog, permission or Azure call',
    async (entityRef, problem) => {
      for (const [method, path] of routes) {
        const separator = path.includes('?') ? '&' : '?';
        const response = await request(server)
          [method](
            `${path}${separator}entityRef=${encodeURIComponent(entityRef)}`,
          )
          .set(auth);
        expect({ path, status: response.status }).toEqual({
          path,
          status: 400,
        });
        expect(response.body.error.message).toMatch(/^Invalid entityRef /);
        expect(response.body.error.message).toMatch(problem);
      }
      expect(getEntityByRef).not.toHaveBeenCalled();
      expect(permissions.authorize).not.toHaveBeenCalled();
      expect(permissions.authorizeConditional).not.toHaveBeenCalled();
      expect(auditor.createEvent).not.toHaveBeenCalled();
      expect(armRequests(emulator)).toEqual([]);
    },
  );

  it.each([
    ['/entities/resource/default/%2E%2E/clusters', 'name', '".."'],
    ['/entities/resource/%2E%2E/aks/clusters', 'namespace', '".."'],
    ['/entities/%2E%2E/default/aks/clusters', 'kind', '".."'],
    ['/entities/resource/default/a%2Fb/clusters', 'name', '"a/b"'],
    ['/entities/resource/Default/aks/clusters', 'namespace', '"Default"'],
    ['/entities/resource/default/%2E%2E/gitops', 'name', '".."'],
    ['/entities/%2E%2E/default/aks/gitops', 'kind', '".."'],
    ['/entities/resource/%2E%2E/aks/workload-identities', 'namespace', '".."'],
    ['/entities/resource/default/a%2Fb/workload-identities', 'name', '"a/b"'],
  ])(
    'refuses %s, naming the %s, before any catalog or permission call',
    async (path, field, value) => {
      const response = await request(server).get(`/api/aks${path}`).set(auth);
      expect(response.status).toBe(400);
      expect(response.body.error.message).toContain(
        `Invalid ${field} ${value}: must be`,
      );
      expect(getEntityByRef).not.toHaveBeenCalled();
      expect(permissions.authorize).not.toHaveBeenCalled();
    },
  );

  it('checks the permission on, and reads, the entity a valid ref names', async () => {
    const response = await request(server)
      .get(
        `${lts}?entityRef=${encodeURIComponent(
          'Resource:default/aks-platform-lts',
        )}`,
      )
      .set(auth);
    expect(response.status).toBe(200);
    expect(permissions.authorize).toHaveBeenCalledWith(
      [
        expect.objectContaining({
          resourceRef: 'resource:default/aks-platform-lts',
        }),
      ],
      expect.anything(),
    );
    expect(getEntityByRef).toHaveBeenCalledWith(
      'resource:default/aks-platform-lts',
      expect.anything(),
    );
  });
});
