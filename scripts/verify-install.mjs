// `npm run verify:install`: what a platform team does with our packages.
// Builds and packs every published package, makes a fresh app with
// @backstage/create-app in a temporary folder on this repository's Backstage
// release, adds the packages the way each README's install section says,
// checks that `npm ls` finds one copy of the frontend framework packages,
// points the app at the ARM emulator, starts it, and checks in Chromium the
// AKS cards, the entity tab, the fleet page and the template's form. Ends with one JSON line: wall time and tarball sizes.
import { execFileSync, spawn } from 'node:child_process';
import { once } from 'node:events';
import {
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import {
  addBackendFeatures,
  addCatalogFiles,
  addDependencies,
  addFrontendFeatures,
} from './verify-install/addPlugins.mjs';
import { appConfig } from './verify-install/appConfig.mjs';
import { checkInBrowser } from './verify-install/checkInBrowser.mjs';
import { createApp } from './verify-install/createApp.mjs';
import { packPackages } from './verify-install/packPackages.mjs';
import { checkSingleCopies } from './verify-install/singleCopies.mjs';

// Ports of their own: `npm start` and the end-to-end tests use 3000, 7007, 7443.
const EMULATOR_PORT = '7453';
const FRONTEND_PORT = 3100;
const BACKEND_PORT = 7107;

const ROOT = resolve(import.meta.dirname, '..');
const started = Date.now();
const seconds = () => Math.round((Date.now() - started) / 1000);
const log = message =>
  console.error(`[verify:install ${seconds()}s] ${message}`);

const work = mkdtempSync(join(tmpdir(), 'aks-verify-'));
log(`working in ${work}`);

const { app, env } = createApp({ root: ROOT, work, log });
const tarballs = join(app, 'aks-tarballs');
mkdirSync(tarballs);
const packed = packPackages({ root: ROOT, destination: tarballs, log });

addDependencies(app, packed);
addBackendFeatures(app);
addFrontendFeatures(app);
addCatalogFiles(app, ROOT);

log('installing the app (yarn install)');
execFileSync('yarn', ['install'], {
  cwd: app,
  env,
  stdio: ['ignore', 'inherit', 'inherit'],
});

const copies = checkSingleCopies(app, log);

log('starting the ARM emulator from its package');
const caFile = join(work, 'emulator-ca.pem');
const emulatorProcess = spawn(
  join(app, 'node_modules/.bin/arm-emulator'),
  ['--seed', 'demo', '--port', EMULATOR_PORT, '--ca-file', caFile],
  { cwd: app, env, stdio: ['ignore', 'pipe', 'inherit'] },
);
const [line] = await once(
  createInterface({ input: emulatorProcess.stdout }),
  'line',
);
writeFileSync(
  join(app, 'app-config.local.yaml'),
  appConfig({
    emulator: JSON.parse(line),
    frontendPort: FRONTEND_PORT,
    backendPort: BACKEND_PORT,
  }),
);

const portalLog = join(work, 'yarn-start.log');
log(`starting the app (yarn start, output in ${portalLog})`);
const ca = readFileSync(caFile, 'utf8');
const portal = spawn('yarn', ['start'], {
  cwd: app,
  env: {
    ...env,
    APP_CONFIG_aks_caCert: ca,
    APP_CONFIG_aks_kubernetesApiServer_caCert: ca,
  },
  stdio: ['ignore', openSync(portalLog, 'a'), openSync(portalLog, 'a')],
  detached: true,
});
const stopAll = () => {
  try {
    process.kill(-portal.pid, 'SIGTERM');
  } catch {
    // already gone
  }
  emulatorProcess.kill('SIGTERM');
};
process.on('exit', stopAll);
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => process.exit(1));
}

let ok = false;
try {
  await checkInBrowser({
    baseUrl: `http://localhost:${FRONTEND_PORT}`,
    timeoutMs: 600_000,
    log,
  });
  ok = true;
} catch (error) {
  log(`failed: ${error.message}`);
  log(
    `the app's last output:\n${readFileSync(portalLog, 'utf8')
      .split('\n')
      .slice(-40)
      .join('\n')}`,
  );
} finally {
  stopAll();
}

const tarballBytes = Object.fromEntries(
  Object.entries(packed).map(([name, { size }]) => [name, size]),
);
console.log(
  JSON.stringify({ ok, wallSeconds: seconds(), copies, tarballBytes }),
);
process.exit(ok ? 0 : 1);
