import { ConfigReader } from '@backstage/config';
import { ArmEmulator } from '@aks-backstage/arm-emulator';
import { AzureClients } from '@aks-backstage/plugin-aks-node';

/** Azure clients of every emulator subscription, polling quickly. */
export function emulatorClients(emulator: ArmEmulator) {
  return AzureClients.fromConfig(
    new ConfigReader({
      aks: {
        armEndpoint: emulator.url,
        authorityHost: emulator.authorityHost,
        caCert: emulator.caCertPem,
        pollIntervalMs: 20,
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
    }),
  );
}
