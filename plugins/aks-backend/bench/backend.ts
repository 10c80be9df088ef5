import { AddressInfo } from 'node:net';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { aksPlugin } from '../src/plugin';
import { emulatorConfig } from '../src/testUtils';
import { ArmEmulatorProcess as RemoteEmulator } from '@aks-backstage/arm-emulator';

export interface BenchBackend {
  baseUrl: string;
  headers: Record<string, string>;
  stop(): Promise<void>;
}

export type Variant = 'cached' | 'uncached';

/** The real plugin in an in-process Backstage test backend, pointed at the emulator. */
export async function startBackend(options: {
  emulator: RemoteEmulator;
  variant: Variant;
  entities?: Entity[];
  /** All of the emulator's subscriptions instead of the two demo ones. */
  allSubscriptions?: boolean;
  /** The cache TTL when cached; by default long enough that nothing expires during a scenario. */
  ttlSeconds?: number;
}): Promise<BenchBackend> {
  const { emulator, variant } = options;
  const overrides: Record<string, unknown> = {
    cacheTtlSeconds: variant === 'cached' ? options.ttlSeconds ?? 600 : 0,
    requestTimeoutMs: 30_000,
  };
  if (options.allSubscriptions) {
    overrides.subscriptions = emulator.subscriptionIds.map((id, i) => ({
      subscriptionId: id,
      displayName: `Subscription ${i + 1}`,
      tenantId: emulator.tenantId,
      credential: {
        type: 'clientSecret',
        clientId: emulator.clientId,
        clientSecret: emulator.clientSecret,
      },
    }));
  }
  const { server } = await startTestBackend({
    features: [
      aksPlugin,
      mockServices.rootConfig.factory({
        data: emulatorConfig(emulator, overrides),
      }),
      catalogServiceMock.factory({ entities: options.entities ?? [] }),
    ],
  });
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    headers: { authorization: mockCredentials.user.header() },
    stop: () => server.stop(),
  };
}
