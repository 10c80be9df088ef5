import { mockServices } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { ActionContext } from '@backstage/plugin-scaffolder-node';
import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import { ArmEmulator } from '@aks-backstage/arm-emulator';
import { AzureClients } from '@aks-backstage/plugin-aks-node';

/** The `aks` configuration of every emulator subscription, polling quickly. */
export function emulatorConfig(emulator: ArmEmulator) {
  return {
    aks: {
      armEndpoint: emulator.url,
      authorityHost: emulator.authorityHost,
      caCert: emulator.caCertPem,
      pollIntervalMs: 20,
      retry: { maxRetries: 1, retryDelayMs: 10 },
      subscriptions: emulator.subscriptionIds.map(subscriptionId => ({
        subscriptionId,
        tenantId: emulator.tenantId,
        credential: {
          type: 'clientSecret',
          clientId: emulator.clientId,
          clientSecret: emulator.clientSecret,
        },
      })),
    },
  };
}

/** Azure clients of every emulator subscription, polling quickly. */
export function emulatorClients(emulator: ArmEmulator) {
  return AzureClients.fromConfig(new ConfigReader(emulatorConfig(emulator)));
}

/** The Azure Resource Manager requests the emulator saw (not Entra's). */
export function armRequests(emulator: ArmEmulator) {
  return emulator.admin
    .requests()
    .filter(r => !r.operation?.startsWith('Entra_'));
}

/** The requests that change something in Azure. */
export function armWrites(emulator: ArmEmulator) {
  return armRequests(emulator).filter(
    r =>
      !['GET', 'HEAD'].includes(r.method) &&
      r.operation !== 'Registries_CheckNameAvailability',
  );
}

/**
 * A mock action context with a mock logger; `createMockActionContext` leaves
 * out `isDryRun` and `signal`, which the overrides add. Typed loosely, as the scaffolder hands
 * an action its raw input and the action parses it.
 */
export function actionContext(
  input: Record<string, unknown>,
  overrides: Partial<ActionContext<any>> = {},
): ActionContext<any, any> & { output: jest.Mock } {
  return {
    ...createMockActionContext({
      input: input as ActionContext<any>['input'],
      logger: mockServices.logger.mock(),
    }),
    ...overrides,
  } as ActionContext<any, any> & { output: jest.Mock };
}

/** An ARM id of a subnet (the emulator has no Microsoft.Network). */
export function subnetId(subscriptionId: string, name = 'snet-nodes') {
  return `/subscriptions/${subscriptionId}/resourceGroups/rg-network/providers/Microsoft.Network/virtualNetworks/vnet-aks/subnets/${name}`;
}

/** Resolves once the condition holds (checked every few milliseconds). */
export async function until(condition: () => boolean): Promise<void> {
  while (!condition()) {
    await new Promise(resolve => setTimeout(resolve, 5));
  }
}
