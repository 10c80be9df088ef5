import { TestDatabases } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import {
  ArmEmulator,
  DEMO_IDS,
  FaultRule,
  startArmEmulator,
} from '@aks-backstage/arm-emulator';
import {
  AksClusterRef,
  formatAksClusterId,
} from '@aks-backstage/plugin-aks-common';
import { AzureClients } from '@aks-backstage/plugin-aks-node';
import { Knex } from 'knex';
import request from 'supertest';
import { clusterPath, clusters, emulatorConfig } from '../testUtils';
import { ARM_LIMITS, drainWrites, FAULT_CONFIG } from '../__testUtils__/faults';
import {
  auth,
  ended,
  endAudits,
  startReplica,
} from '../__testUtils__/replicas';

const databases = TestDatabases.create({ ids: ['SQLITE_3'] });
const STOP = { operation: 'ManagedClusters_Stop' };
const POLL = { path: 'Microsoft.ContainerService/locations/[^/]+/operation' };

/** Stopping a cluster, with each fault ARM and Entra show on the way. */
describe('fault matrix: an operation', () => {
  let emulator: ArmEmulator;
  let knex: Knex;
  let replica: Awaited<ReturnType<typeof startReplica>>;
  let cells = 0;

  /** A running cluster of its own for each cell. */
  function newCluster(): AksClusterRef {
    const ref = { ...clusters.free, name: `aks-cell-${++cells}` };
    emulator.admin.putResource(
      formatAksClusterId(ref),
      emulator.admin.getResource(formatAksClusterId(clusters.free)),
    );
    return ref;
  }
  const stop = (ref: AksClusterRef, server = replica.server) =>
    request(server)
      .post(`${clusterPath(ref)}/stop`)
      .set(auth);
  const stopStatuses = () => emulator.admin.requests(STOP).map(r => r.status);
  const powerState = (ref: AksClusterRef) =>
    emulator.admin.getResource(formatAksClusterId(ref)).properties.powerState
      .code;

  async function expectStopped(ref: AksClusterRef, id: string) {
    expect(await ended(replica.server, id)).toMatchObject({
      status: 'Succeeded',
    });
    expect(powerState(ref)).toBe('Stopped');
    const [events] = await endAudits(id, replica.auditor);
    expect(events).toHaveLength(1);
  }

  beforeAll(async () => {
    // Long enough to abort an operation from outside while it runs.
    emulator = await startArmEmulator({ lroDurationMs: 500 });
    knex = await databases.init('SQLITE_3');
    replica = await startReplica({ emulator, knex, aks: FAULT_CONFIG });
  }, 30_000);
  afterAll(() => emulator.stop());
  beforeEach(() => {
    emulator.admin.reset();
    emulator.admin.clearRequests();
  });

  it.each<[string, number[], FaultRule]>([
    ['500 once', [500, 202], { kind: 'error', status: 500, count: 1, ...STOP }],
    ['503 once', [503, 202], { kind: 'error', status: 503, count: 1, ...STOP }],
    [
      'a dropped connection once',
      [0, 202],
      { kind: 'drop', count: 1, ...STOP },
    ],
    [
      '429 with Retry-After once',
      [429, 202],
      { kind: 'error', status: 429, retryAfterSeconds: 1, count: 1, ...STOP },
    ],
    [
      '500 to three polls',
      [202],
      { kind: 'error', status: 500, count: 3, ...POLL },
    ],
    [
      'dropped connections to three polls',
      [202],
      { kind: 'drop', count: 3, ...POLL },
    ],
    [
      'a poll hanging beyond the request timeout',
      [202],
      { kind: 'hang', count: 1, ...POLL },
    ],
  ])(
    'ARM answering %s: the stop is sent once and followed to its end',
    async (_what, statuses, fault) => {
      const ref = newCluster();
      emulator.admin.addFault(fault);
      const accepted = await stop(ref);
      expect(accepted.status).toBe(202);
      await expectStopped(ref, accepted.body.id);
      expect(stopStatuses()).toEqual(statuses);
    },
    20_000,
  );

  it.each<[string, FaultRule]>([
    ['503 throughout', { kind: 'error', status: 503, ...STOP }],
    // A write abandoned at its timeout is not sent again: Azure may have taken it.
    ['a hang beyond the request timeout', { kind: 'hang', count: 1, ...STOP }],
  ])(
    'ARM answering %s: 503, and the cluster is free for the next request',
    async (_what, fault) => {
      const ref = newCluster();
      const id = emulator.admin.addFault(fault);
      const refused = await stop(ref);
      expect(refused.status).toBe(503);
      expect(refused.body.error.message).toContain('Contoso Development');
      emulator.admin.removeFault(id);
      const accepted = await stop(ref);
      expect(accepted.status).toBe(202);
      await expectStopped(ref, accepted.body.id);
    },
    20_000,
  );

  it('ARM failing every poll for a while: followed on until it answers', async () => {
    const ref = newCluster();
    const id = emulator.admin.addFault({ kind: 'error', status: 503, ...POLL });
    const accepted = await stop(ref);
    await new Promise(resolve => setTimeout(resolve, 1000));
    expect(
      emulator.admin.requests({ status: 503 }).length,
    ).toBeGreaterThanOrEqual(3);
    emulator.admin.removeFault(id);
    await expectStopped(ref, accepted.body.id);
  });

  it("ARM's write bucket empty (200, 10 per second): each stop waits for a token and is sent once", async () => {
    const refs = Array.from({ length: 5 }, newCluster);
    emulator.admin.setThrottling(ARM_LIMITS);
    await drainWrites(emulator, DEMO_IDS.developmentSubscriptionId);
    emulator.admin.clearRequests();

    const accepted = await Promise.all(refs.map(ref => stop(ref)));

    expect(accepted.map(r => r.status)).toEqual(Array(5).fill(202));
    expect(stopStatuses()).toContain(429);
    for (const [i, ref] of refs.entries()) {
      await expectStopped(ref, accepted[i].body.id);
      expect(
        emulator.admin.requests({
          ...STOP,
          pathContains: `/${ref.name}/`,
          status: 202,
        }),
      ).toHaveLength(1);
    }
  }, 20_000);

  it('Entra down before the first token: 503 naming the credentials, no ARM write, the cluster free', async () => {
    const ref = newCluster();
    emulator.admin.addFault({
      kind: 'error',
      status: 503,
      retryAfterSeconds: 1,
      operation: 'Entra_Token',
    });
    const cold = await startReplica({ emulator, knex, aks: FAULT_CONFIG });
    const refused = await stop(ref, cold.server);
    expect(refused.status).toBe(503);
    expect(refused.body.error.message).toContain(
      "check the AKS plugin's credentials",
    );
    expect(stopStatuses()).toEqual([]);
    const accepted = await stop(ref);
    expect(accepted.status).toBe(202);
    await expectStopped(ref, accepted.body.id);
  }, 30_000);

  it("the operation ending Failed: Failed with ARM's code and message, audited as failed", async () => {
    const ref = newCluster();
    emulator.admin.failNextLro({
      ...STOP,
      resourceId: formatAksClusterId(ref),
      code: 'VMExtensionProvisioningError',
      message: 'The nodes could not be stopped',
    });
    const accepted = await stop(ref);
    expect(await ended(replica.server, accepted.body.id)).toMatchObject({
      status: 'Failed',
      error: {
        code: 'VMExtensionProvisioningError',
        message: expect.stringContaining('The nodes could not be stopped'),
      },
    });
    const [[[event]]] = await endAudits(accepted.body.id, replica.auditor);
    expect(event.meta).toMatchObject({ status: 'Failed' });
  });

  it('the operation aborted in Azure: Canceled', async () => {
    const ref = newCluster();
    const accepted = await stop(ref);
    const elsewhere = AzureClients.fromConfig(
      new ConfigReader(emulatorConfig(emulator)),
    ).containerService(ref.subscriptionId);
    await elsewhere.managedClusters.abortLatestOperation(
      ref.resourceGroup,
      ref.name,
    );
    expect(await ended(replica.server, accepted.body.id)).toMatchObject({
      status: 'Canceled',
    });
    const [events] = await endAudits(accepted.body.id, replica.auditor);
    expect(events).toHaveLength(1);
  });
});
