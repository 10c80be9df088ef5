import type { ArmEmulatorProcess } from '@aks-backstage/arm-emulator';
import { startBackend, Variant } from '../backend';
import { runLoad } from '../load';
import { figure, log, round, settled, sleep } from '../report';

const TTL_SECONDS = 2;
const SECONDS = 6;
const USERS = [1, 10, 50];

/**
 * (e) ARM reads per minute while N users keep the fleet page open (each
 * reloading as fast as it answers), with a 2 s TTL: it must not grow with N.
 */
export async function steadyState(
  emulator: ArmEmulatorProcess,
  variant: Variant,
) {
  const backend = await startBackend({
    emulator,
    variant,
    allSubscriptions: true,
    ttlSeconds: TTL_SECONDS,
  });
  try {
    await sleep(1000);
    for (const users of USERS) {
      await emulator.clearRequests();
      const load = await runLoad({
        url: `${backend.baseUrl}/api/aks/clusters?limit=100`,
        headers: backend.headers,
        connections: users,
        seconds: SECONDS,
      });
      const reads = (await settled(() => emulator.requests())).filter(
        e => !e.operation?.startsWith('Entra_'),
      ).length;
      log(
        `(e) ${variant}, ${users} users: ${load.requests} page loads, ${reads} ARM reads`,
      );
      figure(
        `steady.armReadsPerMinute.${users}users.${variant}`,
        round((reads * 60) / SECONDS),
        'reads/min',
        variant === 'cached' ? 'flat in N' : undefined,
      );
    }
  } finally {
    await backend.stop();
  }
}
