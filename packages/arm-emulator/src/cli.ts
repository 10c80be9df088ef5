import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { startArmEmulator } from './startArmEmulator';
import type { ArmEmulatorOptions } from './types';

const number = (flag: string, value: string | undefined) => {
  if (value === undefined) return undefined;
  const parsed = Number(value);
  if (!Number.isFinite(parsed)) throw new Error(`--${flag} needs a number`);
  return parsed;
};

function readArgs(args: string[]): {
  options: ArmEmulatorOptions;
  caFile?: string;
} {
  const { values } = parseArgs({
    args,
    strict: true,
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      seed: { type: 'string' },
      latency: { type: 'string' },
      jitter: { type: 'string' },
      'lro-duration': { type: 'string' },
      'page-size': { type: 'string' },
      'ca-file': { type: 'string' },
      throttling: { type: 'boolean' },
    },
  });
  const options: ArmEmulatorOptions = {
    port: number('port', values.port),
    host: values.host,
    seed: values.seed,
    latencyMs: number('latency', values.latency),
    jitterMs: number('jitter', values.jitter),
    lroDurationMs: number('lro-duration', values['lro-duration']),
    pageSize: number('page-size', values['page-size']),
    // ARM's documented per-subscription defaults: 250 reads (25/s refill), 200 writes (10/s).
    throttling: values.throttling
      ? {
          reads: { capacity: 250, refillPerSecond: 25 },
          writes: { capacity: 200, refillPerSecond: 10 },
        }
      : undefined,
  };
  return { options, caFile: values['ca-file'] };
}

/** What the JSON line on stdout tells a client, besides the CA file. */
const PRINTED = [
  'url',
  'authorityHost',
  'graphEndpoint',
  'kubernetesUrlTemplate',
  'tenantId',
  'clientId',
  'clientSecret',
  'subscriptionIds',
] as const;

async function main() {
  const { options, caFile } = readArgs(process.argv.slice(2));
  const emulator = await startArmEmulator(options);
  const caCertPath =
    caFile ?? join(mkdtempSync(join(tmpdir(), 'arm-emulator-')), 'ca.pem');
  writeFileSync(caCertPath, emulator.caCertPem);
  const connection = Object.fromEntries(
    PRINTED.map(key => [key, emulator[key]]),
  );
  process.stdout.write(`${JSON.stringify({ ...connection, caCertPath })}\n`);
  const shutdown = () => {
    emulator.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

main().catch(error => {
  process.stderr.write(`arm-emulator: ${error.message}\n`);
  process.exit(1);
});
