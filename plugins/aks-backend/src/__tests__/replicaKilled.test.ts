import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TestDatabaseId, TestDatabases } from '@backstage/backend-test-utils';
import { ArmEmulator, startArmEmulator } from '@aks-backstage/arm-emulator';
import knexFactory, { Knex } from 'knex';
import { clusterPath, clusters, emulatorConfig } from '../testUtils';
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
import { startReplicaProcess } from '../__testUtils__/replicaProcess';

const databases = TestDatabases.create({ ids: ['POSTGRES_15'] });

/** The shared database, as a config another process can open too. */
async function sharedDatabase(
  id: TestDatabaseId | 'SQLITE_3 file',
): Promise<{ knex: Knex; config: Knex.Config }> {
  if (id !== 'SQLITE_3 file') {
    const knex = await databases.init(id);
    return {
      knex,
      config: { client: 'pg', connection: knex.client.config.connection },
    };
  }
  const filename = join(mkdtempSync(join(tmpdir(), 'aks-')), 'plugin.sqlite');
  const config = {
    client: 'better-sqlite3',
    connection: { filename },
    useNullAsDefault: true,
  };
  return { knex: knexFactory(config), config };
}

describe.each([
  ...databases.eachSupportedId().map(([id]) => id),
  'SQLITE_3 file' as const,
])('a replica killed mid-operation, on %p', databaseId => {
  let emulator: ArmEmulator;

  beforeAll(async () => {
    emulator = await startArmEmulator({ lroDurationMs: 2500 });
  });
  afterAll(() => emulator.stop());

  it('leaves the operation to the other replica once its lease runs out, which finishes it and audits its end once', async () => {
    const { knex, config } = await sharedDatabase(databaseId);
    const [principalA, principalB] = ['killed', 'survivor'].map(name =>
      replicaPrincipal(emulator, name),
    );
    const b = await startReplica({
      emulator: principalB,
      knex,
      aks: SHORT_LEASE,
    });
    const a = await startReplicaProcess({
      config: emulatorConfig(principalA, SHORT_LEASE),
      database: config,
    });
    const requestsOf = (clientId: string) =>
      emulator.admin
        .requests({ clientId })
        .filter(r => r.operation !== 'ManagedClusters_Start');

    const accepted = await fetch(
      `${a.baseUrl}${clusterPath(clusters.stopped)}/start`,
      { method: 'POST', headers: auth },
    );
    expect(accepted.status).toBe(202);
    const { id } = await accepted.json();
    await until(() => requestsOf(principalA.clientId).length > 0);
    const heldByA = await leaseOf(knex, id);
    expect(heldByA.ownerId).toEqual(expect.any(String));

    await a.kill();
    const killedAt = await afterInFlight();

    expect(await ended(b.server, id)).toMatchObject({ status: 'Succeeded' });
    const finishedBy = await leaseOf(knex, id);
    expect(finishedBy.ownerId).toEqual(expect.any(String));
    expect(finishedBy.ownerId).not.toBe(heldByA.ownerId);
    expect(await endAudits(id, b.auditor)).toEqual([[expect.anything()]]);
    expect(
      emulator.admin.requests({
        clientId: principalA.clientId,
        since: killedAt,
      }),
    ).toEqual([]);
    const [firstOfB] = requestsOf(principalB.clientId);
    expect(Date.parse(firstOfB.time)).toBeGreaterThanOrEqual(
      heldByA.leaseExpiresAt!,
    );
    expect(
      emulator.admin.requests({ operation: 'ManagedClusters_Start' }),
    ).toHaveLength(1);
    await b.backend.stop();
    if (databaseId === 'SQLITE_3 file') await knex.destroy();
  }, 60_000);
});
