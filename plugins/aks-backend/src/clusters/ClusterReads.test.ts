import { mockServices } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { ArmEmulator, startArmEmulator } from '@aks-backstage/arm-emulator';
import { AzureClients } from '@aks-backstage/plugin-aks-node';
import { clusters, emulatorConfig } from '../testUtils';
import { createClusterServices } from '.';

describe('ClusterReads', () => {
  let emulator: ArmEmulator;
  let reads: ReturnType<typeof createClusterServices>;

  beforeAll(async () => {
    emulator = await startArmEmulator();
    reads = createClusterServices({
      clients: AzureClients.fromConfig(
        new ConfigReader(emulatorConfig(emulator, { cacheTtlSeconds: 60 })),
      ),
      cache: mockServices.cache.mock(),
      logger: mockServices.logger.mock(),
      cacheStoreIsProcessLocal: true,
    });
  });
  afterAll(() => emulator.stop());
  beforeEach(() => emulator.admin.reset());

  it('reads a cluster with its upgrade options, health and support', async () => {
    const cluster = await reads.clusters.getCluster(clusters.healthy);
    expect(cluster).toMatchObject({
      name: clusters.healthy.name,
      health: { status: expect.any(String) },
      support: { status: 'supported' },
      upgrades: { controlPlaneProfile: expect.any(Object) },
      stale: false,
    });
    expect(await reads.clusters.getUpgrades(clusters.healthy)).toBe(
      cluster.upgrades,
    );
  });

  it('judges a cluster once while its data is unchanged', async () => {
    const first = await reads.clusters.getCluster(clusters.lts);
    const second = await reads.clusters.getCluster(clusters.lts);
    expect(second.health).toBe(first.health);
  });

  it('shows the support as unknown, with a finding, when the region cannot be read', async () => {
    emulator.admin.addFault({
      operation: 'ManagedClusters_ListKubernetesVersions',
      kind: 'error',
      status: 503,
    });
    await reads.arm.cache.invalidate('versions:westeurope');
    const cluster = await reads.clusters.getCluster(clusters.free);
    expect(cluster.support.status).toBe('unknown');
    expect(cluster.health.warnings.map(w => w.code)).toContain(
      'KubernetesVersionsUnknown',
    );
  });

  it('answers a cluster ARM does not have with NotFoundError', async () => {
    await expect(
      reads.clusters.getCluster({ ...clusters.free, name: 'aks-gone' }),
    ).rejects.toMatchObject({ name: 'NotFoundError' });
  });
});
