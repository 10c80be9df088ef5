import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startArmEmulator } from './startArmEmulator';
import type { ArmEmulatorOptions } from './types';

function parseArgs(argv: string[]): {
  options: ArmEmulatorOptions;
  caFile?: string;
} {
  const options: ArmEmulatorOptions = {};
  let caFile: string | undefined;
  const number = (flag: string, value: string | undefined) => {
    const parsed = Number(value);
    if (value === undefined || !Number.isFinite(parsed))
      throw new Error(`${flag} needs a number`);
    return parsed;
  };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = argv[i + 1];
    switch (flag) {
      case '--port':
        options.port = number(flag, value);
        i++;
        break;
      case '--host':
        options.host = value;
        i++;
        break;
      case '--seed':
        options.seed = value;
        i++;
        break;
      case '--latency':
        options.latencyMs = number(flag, value);
        i++;
        break;
      case '--jitter':
        options.jitterMs = number(flag, value);
        i++;
        break;
      case '--lro-duration':
        options.lroDurationMs = number(flag, value);
        i++;
        break;
      case '--page-size':
        options.pageSize = number(flag, value);
        i++;
        break;
      case '--ca-file':
        caFile = value;
        i++;
        break;
      case '--throttling':
        // ARM's documented per-subscription defaults: 250 reads (25/s refill), 200 writes (10/s).
        options.throttling = {
          reads: { capacity: 250, refillPerSecond: 25 },
          writes: { capacity: 200, refillPerSecond: 10 },
        };
        break;
      default:
        throw new Error(`Unknown flag ${flag}`);
    }
  }
  return { options, caFile };
}

async function main() {
  const { options, caFile } = parseArgs(process.argv.slice(2));
  const emulator = await startArmEmulator(options);
  const caCertPath =
    caFile ?? join(mkdtempSync(join(tmpdir(), 'arm-emulator-')), 'ca.pem');
  writeFileSync(caCertPath, emulator.caCertPem);
  const {
    url,
    authorityHost,
    tenantId,
    clientId,
    clientSecret,
    subscriptionIds,
  } = emulator;
  process.stdout.write(
    `${JSON.stringify({
      url,
      authorityHost,
      tenantId,
      clientId,
      clientSecret,
      subscriptionIds,
      caCertPath,
    })}\n`,
  );
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
