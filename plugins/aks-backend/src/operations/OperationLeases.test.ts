import { mockServices, TestDatabases } from '@backstage/backend-test-utils';
import { AksOperation } from '@aks-backstage/plugin-aks-common';
import { OperationLeases } from './OperationLeases';
import { OperationStore } from './OperationStore';

const databases = TestDatabases.create({ ids: ['SQLITE_3'] });
const LEASE_MS = 60;

function operation(id: string): AksOperation {
  return {
    id,
    kind: 'stop',
    cluster: { subscriptionId: 'sub', resourceGroup: 'rg', name: id },
    status: 'InProgress',
    startedAt: new Date().toISOString(),
    requestedBy: 'user:default/olivia',
  };
}

/** Waits for the beats of the leases, for up to five seconds. */
async function until(done: () => boolean) {
  for (let waited = 0; !done() && waited < 5000; waited += 10) {
    await new Promise(resolve => setTimeout(resolve, 10));
  }
}

describe('OperationLeases', () => {
  let store: OperationStore;
  const leases = (): OperationLeases =>
    new OperationLeases({
      store,
      leaseMs: LEASE_MS,
      logger: mockServices.logger.mock(),
    });

  beforeEach(async () => {
    const knex = await databases.init('SQLITE_3');
    store = await OperationStore.create(mockServices.database({ knex }));
  });

  it('leases from now, for its length, in the name of this replica', () => {
    const replica = leases();
    const before = Date.now();
    const lease = replica.lease();
    expect(lease.ownerId).toBe(replica.ownerId);
    expect(lease.expiresAt).toBeGreaterThanOrEqual(before + LEASE_MS);
    expect(replica.ownerId).not.toBe(leases().ownerId);
  });

  it('takes over an operation whose owner stopped renewing, and keeps it', async () => {
    const gone = leases();
    await store.claim(operation('left'), '{}', gone.lease());
    await store.attachPoller('left', '{}');

    const replica = leases();
    const followed: string[] = [];
    await replica.start(async running => {
      followed.push(running.operation.id);
    });
    await until(() => followed.length > 0);
    await replica.stop();
    expect(followed).toEqual(['left']);
  });

  it('aborts a follower whose lease another replica took', async () => {
    const replica = leases();
    const signal = replica.hold('taken');
    await store.claim(operation('taken'), '{}', leases().lease());
    await replica.start(async () => {});
    await until(() => signal.aborted);
    expect(signal.aborted).toBe(true);
    await replica.stop();
  });

  it('aborts every follower and gives the leases up when it stops', async () => {
    const replica = leases();
    await store.claim(operation('mine'), '{}', replica.lease());
    const signal = replica.hold('mine');
    await replica.stop();
    expect(signal.aborted).toBe(true);
    expect(replica.hold('late').aborted).toBe(true);
    const [running] = await store.takeUnheld(leases().lease(), Date.now());
    expect(running?.operation.id).toBe('mine');
  });
});
