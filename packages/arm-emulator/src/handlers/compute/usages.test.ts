import { ComputeManagementClient, type Usage } from '@azure/arm-compute';
import { DEMO_IDS } from '../../seeds/demoIds';
import { startArmEmulator } from '../../startArmEmulator';
import { armFetch } from '../../__testUtils__/armFetch';
import {
  clientOptions,
  credentialFor,
  trustingAgent,
} from '../../__testUtils__/sdkSetup';
import type { ArmEmulator } from '../../types';

const PROD = DEMO_IDS.productionSubscriptionId;
const DEV = DEMO_IDS.developmentSubscriptionId;

describe('compute usages and quotas through @azure/arm-compute', () => {
  let emulator: ArmEmulator;
  const client = (subscriptionId: string) => {
    const agent = trustingAgent(emulator);
    return new ComputeManagementClient(
      credentialFor(emulator, agent),
      subscriptionId,
      clientOptions(emulator, agent),
    );
  };
  async function usages(subscriptionId: string, location: string) {
    const found = new Map<string, Usage>();
    for await (const usage of client(subscriptionId).usage.list(location))
      found.set(usage.name.value!, usage);
    return found;
  }
  const used = (u?: Usage) => u && { used: u.currentValue, limit: u.limit };

  beforeAll(async () => {
    emulator = await startArmEmulator();
  });
  afterAll(() => emulator.stop());

  it("counts the running pools' vCPUs by family, and leaves the F-series batch pool no room for a surge node", async () => {
    const westeurope = await usages(PROD, 'West Europe');
    expect({
      fsv2: used(westeurope.get('standardFSv2Family')),
      ddsv5: used(westeurope.get('standardDDSv5Family')),
      dsv2: used(westeurope.get('standardDSv2Family')),
      spot: used(westeurope.get('lowPriorityCores')),
      cores: used(westeurope.get('cores')),
      gpu: used(westeurope.get('StandardNCADSA100v4Family')),
    }).toEqual({
      // aks-platform-lts: batch, 6 x Standard_F8s_v2
      fsv2: { used: 48, limit: 50 },
      ddsv5: { used: 172, limit: 350 },
      // aks-legacy-prod: 3 x Standard_DS2_v2
      dsv2: { used: 6, limit: 350 },
      // Spot pools of aks-platform-lts (2 x 8) and aks-render-spot (3 x 8)
      spot: { used: 40, limit: 100 },
      cores: { used: 226, limit: 500 },
      gpu: { used: 0, limit: 0 },
    });
    expect(westeurope.get('cores')?.name.localizedValue).toBe(
      'Total Regional vCPUs',
    );
    expect(westeurope.get('standardDDSv5Family')).toEqual({
      unit: 'Count',
      currentValue: 172,
      limit: 350,
      name: {
        value: 'standardDDSv5Family',
        localizedValue: 'Standard DDSv5 Family vCPUs',
      },
    });
  });

  it('counts no vCPUs of a stopped cluster', async () => {
    // aks-dev-failed and aks-dev-free run 2 x Standard_D2ds_v5 each; aks-dev-stopped runs none.
    const northeurope = await usages(DEV, 'northeurope');
    expect(used(northeurope.get('standardDDSv5Family'))).toEqual({
      used: 8,
      limit: 350,
    });
  });

  it('takes a quota set over the admin API', async () => {
    const set = await armFetch(emulator, 'PUT', '/_emulator/quotas', {
      body: {
        subscriptionId: PROD,
        location: 'West Europe',
        name: 'standardFSv2Family',
        limit: 100,
      },
    });
    expect(set.status).toBe(204);
    const westeurope = await usages(PROD, 'westeurope');
    expect(used(westeurope.get('standardFSv2Family'))).toEqual({
      used: 48,
      limit: 100,
    });
    const refused = await armFetch(emulator, 'PUT', '/_emulator/quotas', {
      body: { subscriptionId: PROD, location: 'westeurope', name: 'cores' },
    });
    expect(refused.status).toBe(400);
  });

  it('answers ARM errors for an unknown location or subscription', async () => {
    const error = await (async () => {
      for await (const _ of client(PROD).usage.list('atlantis')) return 'found';
      return 'none';
    })().catch(e => e);
    expect({ status: error.statusCode, code: error.code }).toEqual({
      status: 400,
      code: 'NoRegisteredProviderFound',
    });
    const unknown = await (async () => {
      for await (const _ of client(
        '0b1f6471-1bf0-4dda-aec3-cb9272f09590',
      ).usage.list('westeurope'))
        return 'found';
      return 'none';
    })().catch(e => e);
    expect(unknown.statusCode).toBe(404);
  });
});
