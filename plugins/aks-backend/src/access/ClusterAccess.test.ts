import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import {
  aksClusterReadPermission,
  AksOperation,
  formatAksClusterId,
} from '@aks-backstage/plugin-aks-common';
import type { OperationService } from '../operations/OperationService';
import { clusters } from '../testUtils';
import { ClusterAccess } from './ClusterAccess';

const payments = 'component:default/payments';
const broken = 'component:default/broken';

function access(result: AuthorizeResult.ALLOW | AuthorizeResult.DENY) {
  const auditor = mockServices.auditor.mock();
  const started: AksOperation = {
    id: 'op-1',
    kind: 'stop',
    cluster: clusters.healthy,
    status: 'InProgress',
    startedAt: '2026-12-07T10:00:00Z',
    requestedBy: 'user:default/mock',
  };
  const operations = {
    start: jest.fn(async () => started),
  } as unknown as OperationService;
  const catalog = catalogServiceMock({
    entities: [
      {
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'Component',
        metadata: {
          name: 'payments',
          namespace: 'default',
          annotations: {
            'azure.com/aks-cluster-id': formatAksClusterId(clusters.healthy),
          },
        },
      },
      {
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'Component',
        metadata: {
          name: 'broken',
          namespace: 'default',
          annotations: { 'azure.com/aks-cluster-id': '/subscriptions/x' },
        },
      },
    ],
  });
  return {
    auditor,
    operations,
    access: new ClusterAccess({
      auth: mockServices.auth(),
      permissions: mockServices.permissions({ result }),
      catalog,
      auditor,
      operations,
    }),
  };
}

const credentials = mockCredentials.user();

describe('ClusterAccess', () => {
  it('checks a permission on the entity named, or unconditionally without one', async () => {
    const allowed = access(AuthorizeResult.ALLOW).access;
    await expect(
      allowed.authorize(aksClusterReadPermission, credentials, payments),
    ).resolves.toBeUndefined();
    await expect(allowed.authorizeFleet(credentials)).resolves.toBeUndefined();

    const denied = access(AuthorizeResult.DENY).access;
    await expect(
      denied.authorize(aksClusterReadPermission, credentials),
    ).rejects.toThrow('Not allowed: aks.cluster.read');
    await expect(denied.authorizeFleet(credentials)).rejects.toThrow(
      'Not allowed: aks.fleet.read',
    );
  });

  it('reads the clusters an entity names, each malformed id with its error', async () => {
    const { access: allowed } = access(AuthorizeResult.ALLOW);
    expect(
      (await allowed.clustersOfEntity(payments, credentials)).map(c => c.ref),
    ).toEqual([clusters.healthy]);
    const [invalid] = await allowed.clustersOfEntity(broken, credentials);
    expect(invalid.ref).toBeUndefined();
    expect(invalid.error?.message).toContain('azure.com/aks-cluster-id');
    await expect(
      allowed.clustersOfEntity('component:default/none', credentials),
    ).rejects.toMatchObject({ name: 'NotFoundError' });
  });

  it('lends an entity’s permission only to a cluster it names', async () => {
    const { access: allowed } = access(AuthorizeResult.ALLOW);
    await expect(
      allowed.authorizeCluster(
        aksClusterReadPermission,
        credentials,
        clusters.lts,
        payments,
      ),
    ).rejects.toThrow('the entity does not name cluster');
  });

  it('starts an operation under an audit event, after checking aks.cluster.operate', async () => {
    const allowed = access(AuthorizeResult.ALLOW);
    const operation = await allowed.access.startOperation({
      credentials,
      cluster: clusters.healthy,
      request: { kind: 'stop' },
      entityRef: payments,
    });
    expect(operation.id).toBe('op-1');
    expect(allowed.auditor.createEvent).toHaveBeenCalledWith(
      expect.objectContaining({ eventId: 'cluster-operation' }),
    );

    const denied = access(AuthorizeResult.DENY);
    await expect(
      denied.access.startOperation({
        credentials,
        cluster: clusters.healthy,
        request: { kind: 'stop' },
      }),
    ).rejects.toThrow('Not allowed: aks.cluster.operate');
    expect(denied.operations.start).not.toHaveBeenCalled();
  });
});
