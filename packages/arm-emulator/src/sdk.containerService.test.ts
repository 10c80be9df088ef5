import { ContainerServiceClient } from '@azure/arm-containerservice';
import { RestError } from '@azure/arm-containerservice';
import { startArmEmulator } from './startArmEmulator';
import type { ArmEmulator } from './types';
import { DEMO_IDS } from './seeds/demoIds';
import {
  clientOptions,
  credentialFor,
  FAST_POLL,
  trustingAgent,
} from './__testUtils__/sdkSetup';

const PROD = DEMO_IDS.productionSubscriptionId;
const DEV = DEMO_IDS.developmentSubscriptionId;

async function expectRestError(
  promise: Promise<unknown>,
  statusCode: number,
  code: string,
) {
  const error = await promise.then(
    () => undefined,
    e => e,
  );
  expect(error).toBeInstanceOf(RestError);
  expect({ statusCode: error.statusCode, code: error.code }).toEqual({
    statusCode,
    code,
  });
  return error as RestError;
}

describe('@azure/arm-containerservice against the emulator', () => {
  let emulator: ArmEmulator;
  let prod: ContainerServiceClient;
  let dev: ContainerServiceClient;

  beforeAll(async () => {
    emulator = await startArmEmulator({ pageSize: 2 });
    const agent = trustingAgent(emulator);
    const credential = credentialFor(emulator, agent);
    prod = new ContainerServiceClient(
      credential,
      PROD,
      clientOptions(emulator, agent),
    );
    dev = new ContainerServiceClient(
      credential,
      DEV,
      clientOptions(emulator, agent),
    );
  });
  afterAll(() => emulator.stop());
  afterEach(() => emulator.admin.reset());

  it('lists clusters across pages and by resource group', async () => {
    const names: string[] = [];
    for await (const cluster of prod.managedClusters.list())
      names.push(cluster.name!);
    expect(names.sort()).toEqual([
      'aks-archive-prod',
      'aks-checkout-prod',
      'aks-legacy-prod',
      'aks-payments-prod',
      'aks-platform-lts',
      'aks-render-spot',
      'aks-reporting-prod',
      'aks-virtualnodes',
    ]);
    expect(
      emulator.admin.requests({ operation: 'ManagedClusters_List' }).length,
    ).toBe(4);
    const inGroup: string[] = [];
    for await (const cluster of dev.managedClusters.listByResourceGroup(
      'rg-dev',
    ))
      inGroup.push(cluster.name!);
    expect(inGroup.sort()).toEqual([
      'aks-dev-failed',
      'aks-dev-free',
      'aks-dev-stopped',
    ]);
  });

  it('gets a cluster with generated fqdn, node resource group and kubelet identity', async () => {
    const cluster = await prod.managedClusters.get(
      'rg-payments-prod',
      'aks-payments-prod',
    );
    expect(cluster.fqdn).toMatch(
      /^aks-payments-prod-[0-9a-f]{8}\.hcp\.westeurope\.azmk8s\.io$/,
    );
    expect(cluster.nodeResourceGroup).toBe(
      'MC_rg-payments-prod_aks-payments-prod_westeurope',
    );
    expect(cluster.identityProfile?.kubeletidentity).toEqual(
      expect.objectContaining({
        objectId: expect.any(String),
        clientId: expect.any(String),
        resourceId: expect.any(String),
      }),
    );
    expect(cluster.agentPoolProfiles?.map(p => p.name)).toEqual([
      'system',
      'apps',
    ]);
    await expectRestError(
      prod.managedClusters.get('rg-payments-prod', 'nope'),
      404,
      'ResourceNotFound',
    );
    await expectRestError(
      prod.managedClusters.get('rg-missing', 'nope'),
      404,
      'ResourceGroupNotFound',
    );
  });

  it('creates, scales, upgrades and deletes a cluster through LROs', async () => {
    const created = await prod.managedClusters.createOrUpdate(
      'rg-payments-prod',
      'aks-new',
      {
        location: 'westeurope',
        kubernetesVersion: '1.34.3',
        dnsPrefix: 'aks-new',
        agentPoolProfiles: [
          {
            name: 'system',
            mode: 'System',
            count: 2,
            vmSize: 'Standard_D4ds_v5',
          },
        ],
      },
      FAST_POLL,
    );
    expect(created.provisioningState).toBe('Succeeded');
    expect(created.powerState?.code).toBe('Running');
    expect(
      emulator.admin.requests({
        operation: 'ContainerService_GetOperationStatus',
      }).length,
    ).toBeGreaterThan(0);

    const profile = await prod.managedClusters.getUpgradeProfile(
      'rg-payments-prod',
      'aks-new',
    );
    expect(
      profile.controlPlaneProfile.upgrades?.map(u => u.kubernetesVersion),
    ).toEqual(['1.34.5', '1.35.0', '1.35.1', '1.35.2']);

    await expectRestError(
      prod.managedClusters
        .createOrUpdate(
          'rg-payments-prod',
          'aks-new',
          { ...created, kubernetesVersion: '1.36.0' },
          FAST_POLL,
        )
        .pollUntilDone(),
      400,
      'OperationNotAllowed',
    );
    const upgraded = await prod.managedClusters.createOrUpdate(
      'rg-payments-prod',
      'aks-new',
      { ...created, kubernetesVersion: '1.35.2' },
      FAST_POLL,
    );
    expect(upgraded.currentKubernetesVersion).toBe('1.35.2');
    expect(upgraded.agentPoolProfiles?.[0].currentOrchestratorVersion).toBe(
      '1.34.3',
    );

    const pool = await prod.agentPools.createOrUpdate(
      'rg-payments-prod',
      'aks-new',
      'system',
      { orchestratorVersion: '1.35.2', count: 3 },
      FAST_POLL,
    );
    expect(pool.currentOrchestratorVersion).toBe('1.35.2');
    expect(pool.count).toBe(3);

    await prod.managedClusters.delete('rg-payments-prod', 'aks-new', FAST_POLL);
    await expectRestError(
      prod.managedClusters.get('rg-payments-prod', 'aks-new'),
      404,
      'ResourceNotFound',
    );
  });

  it('stops and starts a cluster, flipping power state on cluster and pools', async () => {
    await dev.managedClusters.start('rg-dev', 'aks-dev-stopped', FAST_POLL);
    let cluster = await dev.managedClusters.get('rg-dev', 'aks-dev-stopped');
    expect(cluster.powerState?.code).toBe('Running');
    expect(
      cluster.agentPoolProfiles?.every(p => p.powerState?.code === 'Running'),
    ).toBe(true);
    await dev.managedClusters.beginStopAndWait(
      'rg-dev',
      'aks-dev-stopped',
      FAST_POLL,
    );
    cluster = await dev.managedClusters.get('rg-dev', 'aks-dev-stopped');
    expect(cluster.powerState?.code).toBe('Stopped');
    expect(
      cluster.agentPoolProfiles?.every(p => p.powerState?.code === 'Stopped'),
    ).toBe(true);
    const error = await expectRestError(
      dev.agentPools
        .createOrUpdate(
          'rg-dev',
          'aks-dev-stopped',
          'system',
          { count: 2 },
          FAST_POLL,
        )
        .pollUntilDone(),
      400,
      'OperationNotAllowed',
    );
    expect(error.message).toMatch(/stopped/);
  });

  it('rejects a second mutation while an upgrade runs, and aborts it', async () => {
    const checkout = await prod.managedClusters.get(
      'rg-payments-prod',
      'aks-checkout-prod',
    );
    expect(checkout.provisioningState).toBe('Upgrading');
    const error = await expectRestError(
      prod.agentPools
        .createOrUpdate(
          'rg-payments-prod',
          'aks-checkout-prod',
          'web',
          { count: 7 },
          FAST_POLL,
        )
        .pollUntilDone(),
      409,
      'OperationNotAllowed',
    );
    expect(error.message).toMatch(
      /in progress upgrade managed cluster operation/,
    );
    await prod.managedClusters.abortLatestOperation(
      'rg-payments-prod',
      'aks-checkout-prod',
      FAST_POLL,
    );
    expect(
      (await prod.managedClusters.get('rg-payments-prod', 'aks-checkout-prod'))
        .provisioningState,
    ).toBe('Canceled');
  });

  it('serves kubernetes versions, pool upgrade profiles and node image upgrades', async () => {
    const versions = await prod.managedClusters.listKubernetesVersions(
      'westeurope',
    );
    expect(versions.values?.map(v => v.version)).toEqual([
      '1.32',
      '1.33',
      '1.34',
      '1.35',
      '1.36',
    ]);
    const poolProfile = await prod.agentPools.getUpgradeProfile(
      'rg-platform-prod',
      'aks-platform-lts',
      'legacyapps',
    );
    expect(poolProfile.latestNodeImageVersion).toBe(
      'AKSUbuntu-2204gen2containerd-202609.15.0',
    );
    const pools: string[] = [];
    for await (const p of prod.agentPools.list(
      'rg-platform-prod',
      'aks-platform-lts',
    ))
      pools.push(p.name!);
    expect(pools).toEqual(['system', 'spot', 'batch', 'legacyapps']);
    await prod.agentPools.upgradeNodeImageVersion(
      'rg-platform-prod',
      'aks-platform-lts',
      'legacyapps',
      FAST_POLL,
    );
    const pool = await prod.agentPools.get(
      'rg-platform-prod',
      'aks-platform-lts',
      'legacyapps',
    );
    expect(pool.nodeImageVersion).toBe(poolProfile.latestNodeImageVersion);
  });

  it('keeps autoscaled counts within min/max and creates and deletes pools', async () => {
    await expectRestError(
      prod.agentPools
        .createOrUpdate(
          'rg-platform-prod',
          'aks-platform-lts',
          'batch',
          { count: 9 },
          FAST_POLL,
        )
        .pollUntilDone(),
      400,
      'InvalidParameter',
    );
    const spot = await prod.agentPools.createOrUpdate(
      'rg-payments-prod',
      'aks-payments-prod',
      'spot2',
      {
        vmSize: 'Standard_D4ds_v5',
        count: 1,
        mode: 'User',
        scaleSetPriority: 'Spot',
      },
      FAST_POLL,
    );
    expect(spot.nodeTaints).toContain(
      'kubernetes.azure.com/scalesetpriority=spot:NoSchedule',
    );
    await prod.agentPools.delete(
      'rg-payments-prod',
      'aks-payments-prod',
      'spot2',
      FAST_POLL,
    );
    await expectRestError(
      prod.agentPools.get('rg-payments-prod', 'aks-payments-prod', 'spot2'),
      404,
      'ResourceNotFound',
    );
  });

  it('enables virtual nodes only with Azure CNI and a subnet', async () => {
    const free = await dev.managedClusters.get('rg-dev', 'aks-dev-free');
    await expectRestError(
      dev.managedClusters
        .createOrUpdate(
          'rg-dev',
          'aks-dev-free',
          { ...free, addonProfiles: { aciConnectorLinux: { enabled: true } } },
          FAST_POLL,
        )
        .pollUntilDone(),
      400,
      'InvalidParameter',
    );
    const vn = await prod.managedClusters.get(
      'rg-platform-prod',
      'aks-virtualnodes',
    );
    expect(vn.addonProfiles?.aciConnectorLinux?.enabled).toBe(true);
  });

  it('ends an LRO Failed with a provisioningError when told to', async () => {
    emulator.admin.failNextLro({
      operation: 'ManagedClusters_Start',
      code: 'VMExtensionProvisioningError',
      message: 'boom',
    });
    await expectRestError(
      dev.managedClusters
        .start('rg-dev', 'aks-dev-stopped', FAST_POLL)
        .pollUntilDone(),
      400,
      'VMExtensionProvisioningError',
    );
    const cluster = await dev.managedClusters.get('rg-dev', 'aks-dev-stopped');
    expect(cluster.provisioningState).toBe('Failed');
    expect(cluster.status?.provisioningError).toEqual({
      code: 'VMExtensionProvisioningError',
      message: 'boom',
    });
  });

  it('retries a 429 with the SDK retry policy', async () => {
    emulator.admin.addFault({
      kind: 'error',
      status: 429,
      retryAfterSeconds: 0,
      operation: 'ManagedClusters_Get',
      count: 1,
    });
    emulator.admin.clearRequests();
    const cluster = await prod.managedClusters.get(
      'rg-payments-prod',
      'aks-payments-prod',
    );
    expect(cluster.name).toBe('aks-payments-prod');
    expect(
      emulator.admin
        .requests({ operation: 'ManagedClusters_Get' })
        .map(r => r.status),
    ).toEqual([429, 200]);
  });
});
