import { mockServices, TestDatabases } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { ArmEmulator, startArmEmulator } from '@aks-backstage/arm-emulator';
import { formatAksClusterId } from '@aks-backstage/plugin-aks-common';
import { AzureClients } from '@aks-backstage/plugin-aks-node';
import request from 'supertest';
import { clusterPath, clusters, emulatorConfig } from '../testUtils';
import { auth, startReplica, until } from '../__testUtils__/replicas';

const databases = TestDatabases.create({ ids: ['SQLITE_3'] });
const { resourceGroup, name, subscriptionId } = clusters.free;

/**
 * Our read-then-write changes, with someone else's change landing between
 * the read and the write: the write is refused (If-Match), not applied over it.
 */
describe('a change made elsewhere between our read and our write', () => {
  let emulator: ArmEmulator;
  let server: Awaited<ReturnType<typeof startReplica>>['server'];
  let elsewhere: ReturnType<AzureClients['containerService']>;

  /**
   * Holds our write back until the other change has been made. The other
   * change's poller comes wrapped, as a poller is thenable.
   */
  async function raceOurWrite(
    write: string,
    read: string,
    changeElsewhere: () => Promise<{ poller: { submitted(): Promise<void> } }>,
    send: () => request.Test,
  ) {
    emulator.admin.clearRequests();
    emulator.admin.addFault({
      kind: 'latency',
      latencyMs: 500,
      operation: write,
      count: 1,
    });
    const ours = send();
    const answered = ours.then(r => r);
    await until(() => emulator.admin.requests({ operation: read }).length > 0);
    await (await changeElsewhere()).poller.submitted();
    return answered;
  }

  beforeAll(async () => {
    emulator = await startArmEmulator({ lroDurationMs: 50 });
    ({ server } = await startReplica({
      emulator,
      knex: await databases.init('SQLITE_3'),
      auditor: mockServices.auditor.mock(),
      aks: { cacheTtlSeconds: 0 },
    }));
    elsewhere = AzureClients.fromConfig(
      new ConfigReader(emulatorConfig(emulator)),
    ).containerService(subscriptionId);
  }, 30_000);
  afterAll(() => emulator.stop());

  it('leaves an upgrade unsent with 409 saying the cluster changed, keeping the other change', async () => {
    const before = emulator.admin.getResource(
      formatAksClusterId(clusters.free),
    );
    const upgrades = await request(server)
      .get(`${clusterPath(clusters.free)}/upgrades`)
      .set(auth);
    const target = upgrades.body.controlPlaneProfile.upgrades.find(
      (u: { isPreview: boolean }) => !u.isPreview,
    ).kubernetesVersion;

    const response = await raceOurWrite(
      'ManagedClusters_CreateOrUpdate',
      'ManagedClusters_Get',
      async () => ({
        poller: elsewhere.managedClusters.updateTags(resourceGroup, name, {
          tags: { changedBy: 'someone else' },
        }),
      }),
      () =>
        request(server)
          .post(`${clusterPath(clusters.free)}/upgrade`)
          .set(auth)
          // Confirmed, so that the readiness reads do not race the write.
          .send({
            kubernetesVersion: target,
            controlPlaneOnly: true,
            confirmFindings: true,
          }),
    );

    expect(response.status).toBe(409);
    expect(response.body.error.message).toMatch(
      /aks-dev-free changed while the upgradeControlPlane was being sent, so it was not applied/,
    );
    expect(
      emulator.admin.requests({ operation: 'ManagedClusters_CreateOrUpdate' }),
    ).toEqual([expect.objectContaining({ status: 412 })]);
    const after = emulator.admin.getResource(formatAksClusterId(clusters.free));
    expect(after.tags).toMatchObject({ changedBy: 'someone else' });
    expect(after.properties.kubernetesVersion).toBe(
      before.properties.kubernetesVersion,
    );
  });

  it('leaves a scale unsent with 409 when the pool was scaled elsewhere, keeping that count', async () => {
    const poolId = `${formatAksClusterId(clusters.free)}/agentPools/system`;
    await until(
      () =>
        emulator.admin.getResource(formatAksClusterId(clusters.free)).properties
          .provisioningState === 'Succeeded',
    );

    const response = await raceOurWrite(
      'AgentPools_CreateOrUpdate',
      'AgentPools_Get',
      async () => {
        const pool = await elsewhere.agentPools.get(
          resourceGroup,
          name,
          'system',
        );
        return {
          poller: elsewhere.agentPools.createOrUpdate(
            resourceGroup,
            name,
            'system',
            { ...pool, count: 5 },
          ),
        };
      },
      () =>
        request(server)
          .post(`${clusterPath(clusters.free)}/node-pools/system/scale`)
          .set(auth)
          .send({ count: 2 }),
    );

    expect(response.status).toBe(409);
    expect(response.body.error.message).toContain(
      'changed while the scaleNodePool was being sent',
    );
    expect(
      emulator.admin
        .requests({ operation: 'AgentPools_CreateOrUpdate' })
        .map(r => r.status),
    ).toEqual(expect.arrayContaining([200, 412]));
    expect(emulator.admin.getResource(poolId).properties.count).toBe(5);
  });
});
