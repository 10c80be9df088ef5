import { mockServices, TestDatabases } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { ArmEmulator, startArmEmulator } from '@aks-backstage/arm-emulator';
import { AzureClients } from '@aks-backstage/plugin-aks-node';
import { createClusterServices } from '../clusters';
import { clusters, emulatorConfig } from '../testUtils';
import { OperationService } from './OperationService';
import { OperationStore } from './OperationStore';

const databases = TestDatabases.create({ ids: ['SQLITE_3'] });

describe('OperationService', () => {
  let emulator: ArmEmulator;
  let service: OperationService;
  const cluster = clusters.free;

  beforeAll(async () => {
    emulator = await startArmEmulator({ lroDurationMs: 100 });
    const clients = AzureClients.fromConfig(
      new ConfigReader(emulatorConfig(emulator)),
    );
    const logger = mockServices.logger.mock();
    const store = await OperationStore.create(
      mockServices.database({ knex: await databases.init('SQLITE_3') }),
    );
    service = new OperationService({
      clients,
      store,
      reads: createClusterServices({
        clients,
        cache: mockServices.cache.mock(),
        logger,
      }),
      auditor: mockServices.auditor.mock(),
      logger,
    });
  });
  afterAll(async () => {
    await service.stop();
    await emulator.stop();
  });

  async function ended(id: string) {
    for (let waited = 0; waited < 10_000; waited += 50) {
      const operation = await service.get(id);
      if (operation.status !== 'InProgress') return operation;
      await new Promise(resolve => setTimeout(resolve, 50));
    }
    throw new Error(`operation ${id} did not end`);
  }

  it('starts an operation, follows it with the SDK poller and records its end', async () => {
    const started = await service.start(cluster, { kind: 'stop' }, 'user:a');
    expect(started).toMatchObject({ kind: 'stop', status: 'InProgress' });
    expect(await ended(started.id)).toMatchObject({ status: 'Succeeded' });
    const running = await service.start(cluster, { kind: 'start' }, 'user:a');
    expect(await ended(running.id)).toMatchObject({ status: 'Succeeded' });
  });

  it('gives the running operation back for the same request, and refuses another', async () => {
    const first = await service.start(cluster, { kind: 'stop' }, 'user:a');
    await expect(
      service.start(cluster, { kind: 'stop' }, 'user:b'),
    ).resolves.toMatchObject({ id: first.id });
    await expect(
      service.start(cluster, { kind: 'start' }, 'user:b'),
    ).rejects.toMatchObject({ name: 'ConflictError' });
    await ended(first.id);
    await ended((await service.start(cluster, { kind: 'start' }, 'user:a')).id);
  });

  it('refuses an upgrade to a version the profile does not offer, before any write', async () => {
    emulator.admin.clearRequests();
    await expect(
      service.start(
        cluster,
        { kind: 'upgradeControlPlane', kubernetesVersion: '1.99.0' },
        'user:a',
      ),
    ).rejects.toMatchObject({
      name: 'InputError',
      message: expect.stringContaining('Invalid kubernetesVersion "1.99.0"'),
    });
    expect(
      emulator.admin.requests({ operation: 'ManagedClusters_CreateOrUpdate' }),
    ).toEqual([]);
  });

  it('records an operation that Azure refused to start as Failed', async () => {
    await expect(
      service.start(
        cluster,
        {
          kind: 'upgradeControlPlane',
          kubernetesVersion: '1.99.0',
          confirmFindings: true,
        },
        'user:a',
      ),
    ).rejects.toBeDefined();
    const writes = emulator.admin.requests({
      operation: 'ManagedClusters_CreateOrUpdate',
    });
    expect(writes.map(w => w.status)).toContain(400);
  });
});
