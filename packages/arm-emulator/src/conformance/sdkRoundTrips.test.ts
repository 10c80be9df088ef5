import { startArmEmulator } from '../startArmEmulator';
import type { ArmEmulator } from '../types';
import { CONTAINER_SERVICE_ROUND_TRIPS } from '../__testUtils__/cases/sdkContainerService';
import { OTHER_CLIENT_ROUND_TRIPS } from '../__testUtils__/cases/sdkOtherClients';
import { MANAGED_IDENTITY_ROUND_TRIPS } from '../__testUtils__/cases/sdkManagedIdentity';
import { KUBERNETES_CONFIGURATION_ROUND_TRIPS } from '../__testUtils__/cases/sdkKubernetesConfiguration';
import { RESOURCE_AND_ROLE_ROUND_TRIPS } from '../__testUtils__/cases/sdkResourcesAndRoles';
import { PROD } from '../__testUtils__/demo';
import { catalogEntry } from '../__testUtils__/operationCatalog';
import { sdkClients, type SdkClients } from '../__testUtils__/sdkSetup';

describe('every operation round-trips through the SDK method the product calls', () => {
  let emulator: ArmEmulator;
  let clients: SdkClients;
  beforeAll(async () => {
    emulator = await startArmEmulator({ pageSize: 2, lroDurationMs: 100 });
    clients = sdkClients(emulator, PROD);
  });
  afterAll(() => emulator.stop());

  it.each(
    [
      ...CONTAINER_SERVICE_ROUND_TRIPS,
      ...OTHER_CLIENT_ROUND_TRIPS,
      ...MANAGED_IDENTITY_ROUND_TRIPS,
      ...KUBERNETES_CONFIGURATION_ROUND_TRIPS,
      ...RESOURCE_AND_ROLE_ROUND_TRIPS,
    ].map(r => [r.operation, r.method, r] as const),
  )('%s by %s', async (operation, _method, r) => {
    await r.setup?.(emulator);
    emulator.admin.clearRequests();
    const result = await r.call(clients);
    const statuses = emulator.admin
      .requests({ operation: catalogEntry(operation).servedAs ?? operation })
      .map(request => request.status);
    expect({
      result,
      answered: statuses.some(s => s >= 200 && s < 300),
      statuses,
    }).toEqual({
      result: r.returns,
      answered: true,
      statuses: expect.any(Array),
    });
  });
});
