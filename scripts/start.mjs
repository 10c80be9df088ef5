// Starts the ARM emulator with the demo seed, then the Backstage app and
// backend against it. Ctrl-C stops all of them.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdir, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { createInterface } from 'node:readline';

const EMULATOR_PORT = '7443';
const CA_FILE = '.emulator/ca.pem';

const children = [];
let stopping = false;

function stopAll(code, signal = 'SIGTERM') {
  if (stopping) return;
  stopping = true;
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
    EMULATOR_PORT,
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
const { url } = JSON.parse(firstLine);
console.log(`ARM emulator listening on ${url}`);

start('backstage-cli', ['repo', 'start'], {
  stdio: 'inherit',
  env: {
    ...process.env,
    APP_CONFIG_aks_caCert: await readFile(CA_FILE, 'utf8'),
    // The emulator serves the clusters' Kubernetes API too, under the same CA.
    APP_CONFIG_aks_kubernetesApiServer_caCert: await readFile(CA_FILE, 'utf8'),
  },
});
