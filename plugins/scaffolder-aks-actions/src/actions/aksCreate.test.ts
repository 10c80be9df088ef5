import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import { ArmEmulator, startArmEmulator } from '@aks-backstage/arm-emulator';
import { emulatorClients } from '../__testUtils__/emulatorClients';
import { createAksClusterCreateAction } from './aksCreate';

const DEV = '6f1a2b3c-0000-4000-8000-000000000002';

describe('azure:aks:create', () => {
  let emulator: ArmEmulator;
  let action: ReturnType<typeof createAksClusterCreateAction>;

  beforeAll(async () => {
    emulator = await startArmEmulator({ lroDurationMs: 50 });
    action = createAksClusterCreateAction({
      clients: emulatorClients(emulator),
    });
  });
  afterAll(() => emulator.stop());

  const input = {
    subscriptionId: DEV,
    resourceGroup: 'rg-dev',
    name: 'aks-created',
    location: 'northeurope',
    nodeCount: 2,
  };

  it('creates the cluster, waits until it runs and outputs its identity', async () => {
    const ctx = createMockActionContext({ input });

    await action.handler(ctx);

    const id = `/subscriptions/${DEV}/resourceGroups/rg-dev/providers/Microsoft.ContainerService/managedClusters/aks-created`;
    expect(ctx.output).toHaveBeenCalledWith('clusterId', id);
    expect(ctx.output).toHaveBeenCalledWith(
      'fqdn',
      expect.stringMatching(/azmk8s\.io$/),
    );
    expect(ctx.output).toHaveBeenCalledWith(
      'kubeletIdentityObjectId',
      expect.stringMatching(/^[0-9a-f-]{36}$/),
    );
    const stored = emulator.admin.getResource(id);
    expect(stored.properties.provisioningState).toBe('Succeeded');
    expect(stored.properties.agentPoolProfiles ?? []).toBeDefined();
  });

  it('refuses to touch a cluster that exists', async () => {
    const ctx = createMockActionContext({
      input: { ...input, name: 'aks-dev-free' },
    });
    await expect(action.handler(ctx)).rejects.toThrow(/already exists/);
    expect(
      emulator.admin.getResource(
        `/subscriptions/${DEV}/resourceGroups/rg-dev/providers/Microsoft.ContainerService/managedClusters/aks-dev-free`,
      ).properties.provisioningState,
    ).toBe('Succeeded');
  });

  it('calls nothing in a dry run', async () => {
    emulator.admin.clearRequests();
    const ctx = {
      ...createMockActionContext({ input: { ...input, name: 'aks-dry' } }),
      isDryRun: true,
    };
    await action.handler(ctx);
    expect(ctx.output).toHaveBeenCalledWith(
      'clusterId',
      expect.stringContaining('aks-dry'),
    );
    expect(emulator.admin.requests()).toHaveLength(0);
  });

  it('refuses a subscription that is not configured', async () => {
    const ctx = createMockActionContext({
      input: {
        ...input,
        subscriptionId: '00000000-0000-4000-8000-000000000999',
      },
    });
    await expect(action.handler(ctx)).rejects.toThrow(/not configured/);
  });

  it('surfaces ARM errors with their code', async () => {
    const ctx = createMockActionContext({
      input: { ...input, name: 'aks-nowhere', resourceGroup: 'rg-missing' },
    });
    await expect(action.handler(ctx)).rejects.toThrow(/ResourceGroupNotFound/);
  });
});
