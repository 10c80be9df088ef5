import { TestCaches, TestDatabases } from '@backstage/backend-test-utils';
import { ArmEmulator, startArmEmulator } from '@aks-backstage/arm-emulator';
import request from 'supertest';
import { clusterPath, clusters } from '../testUtils';
import { isolatedCache } from '../__testUtils__/isolatedCache';
import {
  auth,
  ended,
  endAudits,
  leaseOf,
  replicaPrincipal,
  SHORT_LEASE,
  startReplica,
  until,
  afterInFlight,
} from '../__testUtils__/replicas';

const databases = TestDatabases.create({ ids: ['POSTGRES_15', 'SQLITE_3'] });
const caches = TestCaches.create({ ids: ['REDIS_7', 'MEMORY'] });

describe.each(databases.eachSupportedId())('two replicas on %p', databaseId => {
  let emulator: ArmEmulator;

  beforeAll(async () => {
    emulator = await startArmEmulator({ lroDurationMs: 50 });
  });
  afterAll(() => emulator.stop());

  it.each(caches.eachSupportedId())(
    'share operations through the database (cache %p)',
    async cacheId => {
      const knex = await databases.init(databaseId);
      const cache = await isolatedCache(caches, cacheId);
      const a = await startReplica({ emulator, knex, cache });
      const b = await startReplica({ emulator, knex, cache });

      const accepted = await request(a.server)
        .post(`${clusterPath(clusters.free)}/node-pools/system/scale`)
        .set(auth)
        .send({ count: 2 });
      expect(accepted.status).toBe(202);

      const seenByB = await request(b.server)
        .get(`/api/aks/operations/${accepted.body.id}`)
        .set(auth);
      expect(seenByB.status).toBe(200);
      expect(seenByB.body).toMatchObject({
        id: accepted.body.id,
        kind: 'scaleNodePool',
      });
      await ended(b.server, accepted.body.id);
    },
    30_000,
  );
});

describe.each(databases.eachSupportedId())(
  'a replica that shuts down, on %p',
  databaseId => {
    let emulator: ArmEmulator;

    beforeAll(async () => {
      emulator = await startArmEmulator({ lroDurationMs: 1500 });
    });
    afterAll(() => emulator.stop());

    it('hands its operation to the other replica, which finishes it and audits its end once', async () => {
      const knex = await databases.init(databaseId);
      const [principalA, principalB] = ['a', 'b'].map(name =>
        replicaPrincipal(emulator, name),
      );
      const a = await startReplica({
        emulator: principalA,
        knex,
        aks: SHORT_LEASE,
      });
      const b = await startReplica({
        emulator: principalB,
        knex,
        aks: SHORT_LEASE,
      });
      const fromA = () =>
        emulator.admin
          .requests({ clientId: principalA.clientId })
          .filter(r => r.operation !== 'ManagedClusters_Start');

      const accepted = await request(a.server)
        .post(`${clusterPath(clusters.stopped)}/start`)
        .set(auth);
      expect(accepted.status).toBe(202);
      const { id } = accepted.body;
      const heldByA = await leaseOf(knex, id);
      expect(heldByA.ownerId).toEqual(expect.any(String));
      expect(heldByA.leaseExpiresAt).toBeGreaterThan(Date.now());
      await until(() => fromA().length > 0);

      await a.backend.stop();
      const stoppedAt = await afterInFlight();
      expect((await leaseOf(knex, id)).ownerId).not.toBe(heldByA.ownerId);

      expect(await ended(b.server, id)).toMatchObject({ status: 'Succeeded' });
      const finishedBy = await leaseOf(knex, id);
      expect(finishedBy.ownerId).toEqual(expect.any(String));
      expect(finishedBy.ownerId).not.toBe(heldByA.ownerId);
      const [ofB, ofA] = await endAudits(id, b.auditor, a.auditor);
      expect(ofB).toHaveLength(1);
      expect(ofA).toHaveLength(0);
      expect(
        emulator.admin.requests({
          clientId: principalA.clientId,
          since: stoppedAt,
        }),
      ).toEqual([]);
      expect(
        emulator.admin.requests({ clientId: principalB.clientId }).length,
      ).toBeGreaterThan(0);
    }, 30_000);
  },
);

const sharedCaches = TestCaches.create({ ids: ['REDIS_7'] });
const sharedCacheIds = sharedCaches.eachSupportedId();

(sharedCacheIds.length > 0
  ? describe.each(sharedCacheIds)
  : describe.skip.each([['REDIS_7' as const]]))(
  'two replicas sharing the %p cache',
  cacheId => {
    let emulator: ArmEmulator;

    beforeAll(async () => {
      emulator = await startArmEmulator({ lroDurationMs: 50 });
    });
    afterAll(() => emulator.stop());

    it('read Azure once between them', async () => {
      const knex = await databases.init('SQLITE_3');
      const cache = await isolatedCache(sharedCaches, cacheId);
      const a = await startReplica({ emulator, knex, cache });
      const b = await startReplica({ emulator, knex, cache });

      const fromA = await request(a.server)
        .get(clusterPath(clusters.lts))
        .set(auth);
      const fromB = await request(b.server)
        .get(clusterPath(clusters.lts))
        .set(auth);

      expect(fromA.status).toBe(200);
      expect(fromB.body).toEqual(fromA.body);
      expect(
        emulator.admin.requests({ operation: 'ManagedClusters_Get' }),
      ).toHaveLength(1);
    });
  },
);
