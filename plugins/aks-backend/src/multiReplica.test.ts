import {
  mockCredentials,
  mockServices,
  startTestBackend,
  TestCaches,
  TestDatabases,
} from '@backstage/backend-test-utils';
import { cacheServiceFactory } from '@backstage/backend-defaults/cache';
import { ArmEmulator, startArmEmulator } from '@aks-backstage/arm-emulator';
import { Knex } from 'knex';
import request from 'supertest';
import { aksPlugin } from './plugin';
import {
  clusterPath,
  clusters,
  emulatorConfig,
} from './__testUtils__/emulatorConfig';

const databases = TestDatabases.create({ ids: ['POSTGRES_15', 'SQLITE_3'] });
const caches = TestCaches.create({ ids: ['REDIS_7', 'MEMORY'] });
const auth = { Authorization: mockCredentials.user.header() };

async function replica(
  emulator: ArmEmulator,
  knex: Knex,
  cache: { store: string; connection: string },
  aks: Record<string, unknown> = {},
  auditor = mockServices.auditor.mock(),
) {
  const { server } = await startTestBackend({
    features: [
      aksPlugin,
      auditor.factory,
      cacheServiceFactory,
      mockServices.database.factory({ knex }),
      mockServices.rootConfig.factory({
        data: {
          backend: { cache },
          ...emulatorConfig(emulator, aks),
        },
      }),
    ],
  });
  return server;
}

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
      const cache = await caches.init(cacheId);
      const [a, b] = [
        await replica(emulator, knex, cache),
        await replica(emulator, knex, cache),
      ];

      const accepted = await request(a)
        .post(`${clusterPath(clusters.free)}/node-pools/system/scale`)
        .set(auth)
        .send({ count: 2 });
      expect(accepted.status).toBe(202);

      const seenByB = await request(b)
        .get(`/api/aks/operations/${accepted.body.id}`)
        .set(auth);
      expect(seenByB.status).toBe(200);
      expect(seenByB.body).toMatchObject({
        id: accepted.body.id,
        kind: 'scaleNodePool',
      });
    },
  );
});

describe.each(databases.eachSupportedId())(
  'a replica that stops, on %p',
  databaseId => {
    let emulator: ArmEmulator;

    beforeAll(async () => {
      emulator = await startArmEmulator({ lroDurationMs: 1500 });
    });
    afterAll(() => emulator.stop());

    it('leaves its running operations to the next replica', async () => {
      const knex = await databases.init(databaseId);
      const cache = await caches.init('MEMORY');
      const a = await replica(emulator, knex, cache);
      const accepted = await request(a)
        .post(`${clusterPath(clusters.stopped)}/start`)
        .set(auth);
      expect(accepted.status).toBe(202);
      await a.stop();

      const auditor = mockServices.auditor.mock();
      const b = await replica(emulator, knex, cache, {}, auditor);
      let operation: request.Response | undefined;
      for (let attempt = 0; attempt < 100; attempt++) {
        operation = await request(b)
          .get(`/api/aks/operations/${accepted.body.id}`)
          .set(auth);
        if (operation.body.status !== 'InProgress') break;
        await new Promise(r => setTimeout(r, 50));
      }
      expect(operation?.body.status).toBe('Succeeded');
      expect(auditor.createEvent).toHaveBeenCalledWith(
        expect.objectContaining({
          eventId: 'cluster-operation-ended',
          meta: expect.objectContaining({ operationId: accepted.body.id }),
        }),
      );
    });
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
      const cache = await sharedCaches.init(cacheId);
      // Entries of earlier runs against the same Redis have expired by now.
      const aks = { cacheTtlSeconds: 5 };
      const [a, b] = [
        await replica(emulator, knex, cache, aks),
        await replica(emulator, knex, cache, aks),
      ];

      const fromA = await request(a).get(clusterPath(clusters.lts)).set(auth);
      const fromB = await request(b).get(clusterPath(clusters.lts)).set(auth);

      expect(fromA.status).toBe(200);
      expect(fromB.body).toEqual(fromA.body);
      expect(
        emulator.admin.requests({ operation: 'ManagedClusters_Get' }),
      ).toHaveLength(1);
    });
  },
);
