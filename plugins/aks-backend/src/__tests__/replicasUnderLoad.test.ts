import { TestCaches, TestDatabases } from '@backstage/backend-test-utils';
import { ArmEmulator, startArmEmulator } from '@aks-backstage/arm-emulator';
import request from 'supertest';
import { clusterPath, clusters } from '../testUtils';
import { isolatedCache } from '../__testUtils__/isolatedCache';
import {
  auth,
  ended,
  endAudits,
  startReplica,
} from '../__testUtils__/replicas';

const databases = TestDatabases.create({ ids: ['POSTGRES_15', 'SQLITE_3'] });
const caches = TestCaches.create({ ids: ['REDIS_7', 'MEMORY'] });
/** Redis where the environment has it, as in production. */
const [[cacheId]] = caches.eachSupportedId();
const READS_PER_CLUSTER_AND_REPLICA = 25;
const REQUESTS_PER_OPERATION = 10;

const withoutFetchedAt = ({ fetchedAt, ...body }: Record<string, unknown>) =>
  body;

describe.each(databases.eachSupportedId())(
  `two replicas on %p and ${cacheId}, under concurrent load`,
  databaseId => {
    let emulator: ArmEmulator;

    beforeAll(async () => {
      emulator = await startArmEmulator({ lroDurationMs: 300 });
    });
    afterAll(() => emulator.stop());

    it('give the same answers, and run each operation once: one ARM write, one row, one end audited', async () => {
      const knex = await databases.init(databaseId);
      const cache = await isolatedCache(caches, cacheId);
      // Without Redis, replicas share nothing but Azure: no cache then. The
      // load is the point, not the SDK's timeout: on a busy machine 150
      // uncached reads at once outlast the suites' usual 2 s.
      const aks = {
        requestTimeoutMs: 30_000,
        ...(cacheId === 'MEMORY' && { cacheTtlSeconds: 0 }),
      };
      const replicas = [
        await startReplica({ emulator, knex, cache, aks }),
        await startReplica({ emulator, knex, cache, aks }),
      ];
      const read = [clusters.healthy, clusters.lts, clusters.free];
      const operations = [
        {
          ref: clusters.free,
          path: 'stop',
          body: {},
          write: 'ManagedClusters_Stop',
        },
        {
          ref: clusters.stopped,
          path: 'start',
          body: {},
          write: 'ManagedClusters_Start',
        },
        {
          ref: clusters.lts,
          path: 'node-pools/legacyapps/scale',
          body: { count: 3 },
          write: 'AgentPools_CreateOrUpdate',
        },
      ];

      const [reads, started] = await Promise.all([
        Promise.all(
          read.flatMap(ref =>
            replicas.flatMap(({ server }) =>
              Array.from({ length: READS_PER_CLUSTER_AND_REPLICA }, () =>
                request(server).get(clusterPath(ref)).set(auth),
              ),
            ),
          ),
        ),
        Promise.all(
          operations.flatMap(({ ref, path, body }) =>
            Array.from({ length: REQUESTS_PER_OPERATION }, (_, i) =>
              request(replicas[i % 2].server)
                .post(`${clusterPath(ref)}/${path}`)
                .set(auth)
                .send(body),
            ),
          ),
        ),
      ]);

      expect(started.map(r => r.status)).toEqual(started.map(() => 202));
      for (const [i, { ref, write }] of operations.entries()) {
        const answered = started.slice(
          i * REQUESTS_PER_OPERATION,
          (i + 1) * REQUESTS_PER_OPERATION,
        );
        const ids = [...new Set(answered.map(r => r.body.id))];
        expect(ids).toHaveLength(1);
        const [id] = ids;
        expect(
          emulator.admin
            .requests({ operation: write, pathContains: `/${ref.name}` })
            .filter(r => r.status < 300),
        ).toHaveLength(1);
        expect(
          await knex('aks_operations').where({ cluster_name: ref.name }),
        ).toHaveLength(1);
        expect(await ended(replicas[i % 2].server, id)).toMatchObject({
          status: 'Succeeded',
        });
        expect(
          (await endAudits(id, ...replicas.map(r => r.auditor))).flat(),
        ).toHaveLength(1);
      }
      // Once the operations ended, both replicas read alike.
      expect(reads.map(r => r.status)).toEqual(reads.map(() => 200));
      const fleets = await Promise.all(
        replicas.map(({ server }) =>
          request(server).get('/api/aks/clusters').set(auth),
        ),
      );
      expect(withoutFetchedAt(fleets[1].body)).toEqual(
        withoutFetchedAt(fleets[0].body),
      );
      for (const ref of read) {
        const answers = await Promise.all(
          replicas.map(({ server }) =>
            request(server).get(clusterPath(ref)).set(auth),
          ),
        );
        expect(withoutFetchedAt(answers[1].body)).toEqual(
          withoutFetchedAt(answers[0].body),
        );
      }
    }, 60_000);
  },
);
