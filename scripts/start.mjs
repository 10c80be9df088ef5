// Starts the ARM emulator with the demo seed, then the Backstage app and
// backend against it, and says where the portal is once both answer.
// Ctrl-C stops all of them.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdir, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { createInterface } from 'node:readline';
import { appUrl, backendUrl, portalConfigEnv } from './start/portalConfig.mjs';
import { portsToListenOn } from './start/ports.mjs';
import { waitUntilAnswering } from './start/waitUntilAnswering.mjs';

const CA_FILE = '.emulator/ca.pem';

let ports;
try {
  ports = await portsToListenOn(process.env);
} catch (error) {
  console.error(`npm start: ${error.message}`);
  process.exit(1);
}

const children = [];
const untilReady = new AbortController();
let stopping = false;

function stopAll(code, signal = 'SIGTERM') {
  if (stopping) return;
  stopping = true;
  untilReady.abort();
  for (const child of children) {
    if (signal && child.exitCode === null) child.kill(signal);
  }
  process.exitCode = code;
}

function start(command, args, options) {
  const child = spawn(command, args, options);
  children.push(child);
  child.on('exit', code => stopAll(code ?? 1));
  return child;
}

// Ctrl-C reaches every process of the terminal's group: let each shut down
// in its own order. A SIGTERM reaches only this one: pass it on.
process.on('SIGINT', () => stopAll(0, null));
process.on('SIGTERM', () => stopAll(0));

await mkdir(dirname(CA_FILE), { recursive: true });
const emulator = start(
  process.execPath,
  [
    '--require',
    '@backstage/cli/config/nodeTransform.cjs',
    'packages/arm-emulator/src/cli.ts',
    '--port',
    String(ports.emulator),
    '--seed',
    'demo',
    '--lro-duration',
    '8000',
    '--ca-file',
    CA_FILE,
  ],
  { stdio: ['ignore', 'pipe', 'inherit'] },
);

const [firstLine] = await once(
  createInterface({ input: emulator.stdout }),
  'line',
);
const connection = JSON.parse(firstLine);
console.log(`ARM emulator listening on ${connection.url}`);

start('backstage-cli', ['repo', 'start'], {
  stdio: 'inherit',
  env: {
    ...process.env,
    ...portalConfigEnv({
      ports,
      emulator: connection,
      caCert: await readFile(CA_FILE, 'utf8'),
      env: process.env,
    }),
  },
});

waitUntilAnswering(
  [`${backendUrl(ports)}/.backstage/health/v1/readiness`, appUrl(ports)],
  untilReady.signal,
).then(
  () => console.log(`Portal ready at ${appUrl(ports)} (sign in as guest)`),
  () => {},
);
