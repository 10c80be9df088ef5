// `npm run verify:build`: `npm run build`, then the backend's production
// bundle, unpacked, started on the ARM emulator with app-config.yaml; passes
// when GET /api/aks/health answers 200 {"status":"ok"}. Stops what it started
// and ends with one JSON line: the answer and the time each part took.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import {
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { linkNodeModules } from './verify-build/linkNodeModules.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const HEALTH_TIMEOUT_MS = 60_000;

const started = Date.now();
const seconds = since => Math.round((Date.now() - since) / 100) / 10;
const log = message =>
  console.error(`[verify:build ${seconds(started)}s] ${message}`);

const children = [];
const running = child => child.exitCode === null && child.signalCode === null;
function start(command, args, options) {
  const child = spawn(command, args, options);
  children.push(child);
  return child;
}
async function stop(child) {
  if (!running(child)) return;
  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}
process.on('exit', () => children.forEach(child => child.kill('SIGKILL')));
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => process.exit(1));
}

async function freePort() {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address();
  server.close();
  return port;
}

// The backend listens before its plugins have started: until then, and when
// one fails to start, it answers otherwise.
async function health(url, backend) {
  const deadline = Date.now() + HEALTH_TIMEOUT_MS;
  let last = 'no answer';
  while (Date.now() < deadline && running(backend)) {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
      const answer = { status: response.status, body: await response.text() };
      if (answer.status === 200) return answer;
      last = `${answer.status} ${answer.body}`;
    } catch {
      // not listening yet
    }
    await new Promise(r => setTimeout(r, 500));
  }
  throw new Error(
    running(backend)
      ? `${last} after ${HEALTH_TIMEOUT_MS / 1000}s`
      : `the backend exited; ${last}`,
  );
}

log('npm run build');
const { status } = spawnSync('npm', ['run', 'build'], {
  cwd: ROOT,
  stdio: 'inherit',
});
if (status !== 0) {
  log(`npm run build exited with ${status}`);
  process.exit(1);
}
const buildSeconds = seconds(started);

const checkStarted = Date.now();
const work = mkdtempSync(join(tmpdir(), 'aks-verify-build-'));
process.on('exit', () => rmSync(work, { recursive: true, force: true }));
const bundle = join(work, 'bundle');
log(`unpacking packages/backend/dist/bundle.tar.gz in ${bundle}`);
mkdirSync(bundle);
execFileSync('tar', [
  'xzf',
  join(ROOT, 'packages/backend/dist/bundle.tar.gz'),
  '-C',
  bundle,
]);
linkNodeModules({ root: ROOT, bundle });

log('starting the ARM emulator');
const caFile = join(work, 'emulator-ca.pem');
const emulator = start(
  process.execPath,
  [
    '--require',
    '@backstage/cli/config/nodeTransform.cjs',
    'packages/arm-emulator/src/cli.ts',
    '--port',
    '0',
    '--seed',
    'demo',
    '--ca-file',
    caFile,
  ],
  { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] },
);
const [line] = await Promise.race([
  once(createInterface({ input: emulator.stdout }), 'line'),
  once(emulator, 'exit').then(([code]) => {
    throw new Error(`the ARM emulator exited with ${code}`);
  }),
]);
const { url, authorityHost, graphEndpoint, kubernetesUrlTemplate } =
  JSON.parse(line);
const ca = readFileSync(caFile, 'utf8');

const port = await freePort();
const backendLog = join(work, 'backend.log');
log(`starting the bundled backend on port ${port} (output in ${backendLog})`);
// From packages/backend, as `npm start` runs it: app-config.yaml's catalog
// files are relative to there. With --preserve-symlinks every package finds
// its dependencies through the bundle's node_modules, as in an install of the
// bundle; the app's static files are then the bundle's too.
const backend = start(
  process.execPath,
  [
    '--preserve-symlinks',
    join(bundle, 'packages/backend'),
    '--config',
    '../../app-config.yaml',
  ],
  {
    cwd: join(ROOT, 'packages/backend'),
    stdio: ['ignore', openSync(backendLog, 'a'), openSync(backendLog, 'a')],
    env: {
      ...process.env,
      NODE_ENV: 'production',
      APP_CONFIG_backend_baseUrl: `http://localhost:${port}`,
      APP_CONFIG_backend_listen_port: String(port),
      APP_CONFIG_aks_armEndpoint: url,
      APP_CONFIG_aks_authorityHost: authorityHost,
      APP_CONFIG_aks_graph_endpoint: graphEndpoint,
      APP_CONFIG_aks_kubernetesApiServer_urlTemplate: kubernetesUrlTemplate,
      APP_CONFIG_aks_caCert: ca,
      APP_CONFIG_aks_kubernetesApiServer_caCert: ca,
    },
  },
);

const route = `http://127.0.0.1:${port}/api/aks/health`;
let answer;
let ok = false;
try {
  answer = await health(route, backend);
  log(`GET ${route}: ${answer.status} ${answer.body}`);
  ok = JSON.parse(answer.body).status === 'ok';
} catch (error) {
  log(`failed: ${error.message}`);
}
if (!ok) {
  const tail = readFileSync(backendLog, 'utf8')
    .split('\n')
    .filter(line => !line.includes('/api/aks/health'))
    .slice(-40);
  log(`the backend's last output:\n${tail.join('\n')}`);
}
// The backend first: its requests in flight would fail on a stopped emulator.
await stop(backend);
await stop(emulator);

console.log(
  JSON.stringify({
    ok,
    health: answer,
    buildSeconds,
    checkSeconds: seconds(checkStarted),
  }),
);
process.exit(ok ? 0 : 1);
