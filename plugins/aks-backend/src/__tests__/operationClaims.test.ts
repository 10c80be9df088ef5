import { TestDatabases } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { ArmEmulator, startArmEmulator } from '@aks-backstage/arm-emulator';
import { AzureClients } from '@aks-backstage/plugin-aks-node';
import { Knex } from 'knex';
import request from 'supertest';
import { clusterPath, clusters, emulatorConfig } from '../testUtils';
import {
  auth,
  ended,
  endAudits,
  startReplica,
} from '../__testUtils__/replicas';

const databases = TestDatabases.create({ ids: ['POSTGRES_15', 'SQLITE_3'] });

describe.each(databases.eachSupportedId())(
  'one operation per cluster, on %p',
  databaseId => {
    let emulator: ArmEmulator;
    let knex: Knex;
    let replicas: Awaited<ReturnType<typeof startReplica>>[];
    const rowsOf = (name: string) =>
      knex('aks_operations').where({ cluster_name: name });
    const writes = (operation: string) =>
      emulator.admin.requests({ operation });

    beforeAll(async () => {
      emulator = await startArmEmulator({ lroDurationMs: 300 });
      knex = await databases.init(databaseId);
      replicas = [
        await startReplica({ emulator, knex }),
        await startReplica({ emulator, knex }),
      ];
    }, 30_000);
    afterAll(() => emulator.stop());
    beforeEach(() => {
      emulator.admin.reset();
      emulator.admin.clearRequests();
    });

    it('makes one ARM write for 20 concurrent identical stops on two replicas, all answered with that operation', async () => {
      const responses = await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          request(replicas[i % 2].server)
            .post(`${clusterPath(clusters.free)}/stop`)
            .set(auth),
        ),
      );

      expect(responses.map(r => r.status)).toEqual(Array(20).fill(202));
      const ids = new Set(responses.map(r => r.body.id));
      expect(ids.size).toBe(1);
      const [id] = ids;
      expect(writes('ManagedClusters_Stop')).toHaveLength(1);
      expect(await rowsOf(clusters.free.name)).toHaveLength(1);
      expect(await ended(replicas[0].server, id)).toMatchObject({
        status: 'Succeeded',
      });
      expect(
        (await endAudits(id, ...replicas.map(r => r.auditor))).flat(),
      ).toHaveLength(1);
    });

    it('refuses another request on the cluster with 409 naming the running operation, without calling Azure', async () => {
      // Holds the first poll back, so that the scale is still running for us.
      emulator.admin.addFault({
        kind: 'latency',
        latencyMs: 1000,
        path: '/operations/',
        count: 1,
      });
      const running = await request(replicas[0].server)
        .post(`${clusterPath(clusters.lts)}/node-pools/legacyapps/scale`)
        .set(auth)
        .send({ count: 3 });
      expect(running.status).toBe(202);

      const others = await Promise.all([
        request(replicas[1].server)
          .post(`${clusterPath(clusters.lts)}/node-pools/legacyapps/scale`)
          .set(auth)
          .send({ count: 4 }),
        request(replicas[1].server)
          .post(`${clusterPath(clusters.lts)}/stop`)
          .set(auth),
      ]);

      for (const other of others) {
        expect(other.status).toBe(409);
        expect(other.body.error.message).toContain(
          `Operation ${running.body.id} (scaleNodePool of node pool legacyapps) is in progress on cluster`,
        );
      }
      expect(writes('ManagedClusters_Stop')).toHaveLength(0);
      expect(writes('AgentPools_CreateOrUpdate')).toHaveLength(1);
      await ended(replicas[1].server, running.body.id);
    });

    it('frees the cluster when Azure refuses the start, recording why', async () => {
      const fault = emulator.admin.addFault({
        kind: 'error',
        status: 503,
        operation: 'ManagedClusters_Stop',
      });
      const refused = await request(replicas[0].server)
        .post(`${clusterPath(clusters.healthy)}/stop`)
        .set(auth);
      expect(refused.status).toBe(503);
      expect(await rowsOf(clusters.healthy.name)).toEqual([
        expect.objectContaining({
          status: 'Failed',
          error_code: 'ServiceUnavailableError',
          error_message: expect.stringContaining('ServiceUnavailable'),
        }),
      ]);

      emulator.admin.removeFault(fault);
      const accepted = await request(replicas[1].server)
        .post(`${clusterPath(clusters.healthy)}/stop`)
        .set(auth);
      expect(accepted.status).toBe(202);
      expect(await ended(replicas[1].server, accepted.body.id)).toMatchObject({
        status: 'Succeeded',
      });
    });

    it("passes ARM's 409 on for an operation started outside the portal, and frees the cluster", async () => {
      const outside = AzureClients.fromConfig(
        new ConfigReader(emulatorConfig(emulator)),
      ).containerService(clusters.stopped.subscriptionId);
      const { resourceGroup, name } = clusters.stopped;
      const elsewhere = outside.managedClusters.start(resourceGroup, name);
      await elsewhere.submitted();

      const refused = await request(replicas[0].server)
        .post(`${clusterPath(clusters.stopped)}/start`)
        .set(auth);
      expect(refused.status).toBe(409);
      expect(refused.body.error.message).toContain('OperationNotAllowed');
      expect(
        await rowsOf(clusters.stopped.name).where({ status: 'InProgress' }),
      ).toEqual([]);
      await elsewhere.pollUntilDone();
    });
  },
);
