import { ConfigReader } from '@backstage/config';
import { isRestError } from '@azure/core-rest-pipeline';
import { ArmEmulator, ThrottlingSettings } from '@aks-backstage/arm-emulator';
import { AzureClients } from '@aks-backstage/plugin-aks-node';
import { emulatorConfig } from '../testUtils/emulatorConfig';

/** ARM's per-subscription token buckets. */
export const ARM_LIMITS: ThrottlingSettings = {
  reads: { capacity: 250, refillPerSecond: 25 },
  writes: { capacity: 200, refillPerSecond: 10 },
};

/** A short request timeout and quick retries, so that faults play out fast. */
export const FAULT_CONFIG = {
  requestTimeoutMs: 400,
  retry: { maxRetries: 2, retryDelayMs: 10 },
};

/** Azure clients that never retry, to spend a bucket's tokens. */
function drainer(emulator: ArmEmulator) {
  return AzureClients.fromConfig(
    new ConfigReader(
      emulatorConfig(emulator, { retry: { maxRetries: 0, retryDelayMs: 1 } }),
    ),
  );
}

/** Calls until ARM throttles; returns how many calls it took. */
async function drain(call: () => Promise<unknown>): Promise<number> {
  for (let calls = 0; calls < 2000; calls += 50) {
    const results = await Promise.allSettled(Array.from({ length: 50 }, call));
    if (
      results.some(
        r =>
          r.status === 'rejected' &&
          isRestError(r.reason) &&
          r.reason.statusCode === 429,
      )
    ) {
      return calls + 50;
    }
  }
  throw new Error('ARM never throttled');
}

/** Empties the subscription's read bucket. */
export function drainReads(emulator: ArmEmulator, subscriptionId: string) {
  const client = drainer(emulator).containerService(subscriptionId);
  return drain(() =>
    client.managedClusters.get('rg-platform-prod', 'aks-platform-lts'),
  );
}

/** Empties the subscription's write bucket, with writes to a cluster that does not exist. */
export function drainWrites(emulator: ArmEmulator, subscriptionId: string) {
  const client = drainer(emulator).containerService(subscriptionId);
  return drain(async () => {
    const poller = client.managedClusters.updateTags('rg-dev', 'aks-none', {
      tags: {},
    });
    await poller.submitted();
  });
}
