// `npm run verify:install`: what a platform team does with our packages.
// Builds and packs every published package, makes a fresh app with
// @backstage/create-app in a temporary folder, adds the packages the way each
// README's install section says, points the app at the ARM emulator, starts
// it, and checks in Chromium that a component's AKS cards render and the AKS
// template is listed. Prints one JSON line of figures at the end.
import { execFileSync, spawn } from 'node:child_process';
import { once } from 'node:events';
import {
  chmodSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { chromium } from 'playwright-core';

const ROOT = resolve(import.meta.dirname, '..');
const CREATE_APP = '@backstage/create-app@0.9.2';
const PUBLISHED = [
  'plugins/aks-common',
  'plugins/aks-node',
  'plugins/aks-backend',
  'plugins/aks',
  'plugins/scaffolder-aks-actions',
  'plugins/catalog-backend-module-aks',
  'plugins/kubernetes-backend-module-aks',
  'packages/arm-emulator',
];
const EMULATOR_PORT = '7453';
const started = Date.now();
const log = message =>
  console.error(`[verify:install ${Math.round((Date.now() - started) / 1000)}s] ${message}`);
const sh = (file, args, options = {}) =>
  execFileSync(file, args, { stdio: ['ignore', 'inherit', 'inherit'], ...options });

const work = mkdtempSync(join(tmpdir(), 'aks-verify-'));
const app = join(work, 'app');
const tarballs = join(app, 'aks-tarballs');
log(`working in ${work}`);

// 1. Build and pack, as `npm publish` would.
mkdirSync(tarballs, { recursive: true });
const packed = {};
for (const dir of PUBLISHED) {
  log(`building and packing ${dir}`);
  sh('npx', ['backstage-cli', 'package', 'build'], { cwd: join(ROOT, dir) });
  const out = execFileSync(
    'npm',
    ['pack', '--json', '--pack-destination', tarballs],
    { cwd: join(ROOT, dir), stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const [{ name, filename, size }] = JSON.parse(out.toString());
  packed[name] = { filename, size };
}

// 2. A fresh app from create-app, with the Yarn its template ships.
log(`creating an app with ${CREATE_APP}`);
sh('npm', ['pack', CREATE_APP, '--pack-destination', work], { cwd: work });
const createAppTgz = readdirSync(work).find(f => f.startsWith('backstage-create-app'));
sh('tar', ['xzf', createAppTgz], { cwd: work });
const template = join(work, 'package/templates/default-app');
const yarnRelease = readdirSync(join(template, '.yarn/releases'))[0];
const bin = join(work, 'bin');
mkdirSync(bin);
writeFileSync(
  join(bin, 'yarn'),
  `#!/bin/sh\nexec node ${join(template, '.yarn/releases', yarnRelease)} "$@"\n`,
);
chmodSync(join(bin, 'yarn'), 0o755);
const env = { ...process.env, PATH: `${bin}:${process.env.PATH}` };
sh('node', [join(work, 'package/bin/backstage-create-app'), '--path', app, '--skip-install'], {
  cwd: work,
  env: { ...env, BACKSTAGE_APP_NAME: 'aks-app' },
});

// 3. Add our packages the way their READMEs say.
const editJson = (file, edit) => {
  const path = join(app, file);
  const json = JSON.parse(readFileSync(path, 'utf8'));
  edit(json);
  writeFileSync(path, `${JSON.stringify(json, null, 2)}\n`);
};
const editText = (file, edit) => {
  const path = join(app, file);
  writeFileSync(path, edit(readFileSync(path, 'utf8')));
};
editJson('package.json', pkg => {
  pkg.resolutions = Object.fromEntries(
    Object.entries(packed).map(([name, { filename }]) => [
      name,
      `file:./aks-tarballs/${filename}`,
    ]),
  );
  pkg.devDependencies['@aks-backstage/arm-emulator'] = '^0.1.0';
});
editJson('packages/backend/package.json', pkg => {
  for (const name of [
    '@aks-backstage/plugin-aks-backend',
    '@aks-backstage/plugin-scaffolder-backend-module-aks',
    '@aks-backstage/plugin-catalog-backend-module-aks',
    '@aks-backstage/plugin-kubernetes-backend-module-aks',
  ]) {
    pkg.dependencies[name] = '^0.1.0';
  }
});
editJson('packages/app/package.json', pkg => {
  pkg.dependencies['@aks-backstage/plugin-aks'] = '^0.1.0';
});
// The lines the backend plugin's and the modules' READMEs give.
editText('packages/backend/src/index.ts', source =>
  source.replace(
    'backend.start();',
    [
      "backend.add(import('@aks-backstage/plugin-aks-backend'));",
      "backend.add(import('@aks-backstage/plugin-scaffolder-backend-module-aks'));",
      "backend.add(import('@aks-backstage/plugin-catalog-backend-module-aks'));",
      "backend.add(import('@aks-backstage/plugin-kubernetes-backend-module-aks'));",
      'backend.start();',
    ].join('\n'),
  ),
);
// The frontend plugin's README: the plugin and the scaffolder fields module.
editText('packages/app/src/App.tsx', source =>
  source
    .replace(
      "import catalogPlugin from '@backstage/plugin-catalog/alpha';",
      "import catalogPlugin from '@backstage/plugin-catalog/alpha';\nimport aksPlugin, { aksScaffolderFieldsModule } from '@aks-backstage/plugin-aks/alpha';",
    )
    .replace('features: [catalogPlugin,', 'features: [catalogPlugin, aksPlugin, aksScaffolderFieldsModule,'),
);
cpSync(join(ROOT, 'examples/templates'), join(app, 'examples/aks-templates'), {
  recursive: true,
});
writeFileSync(
  join(app, 'examples/aks-entities.yaml'),
  `apiVersion: backstage.io/v1alpha1
kind: Component
metadata:
  name: payments-api
  annotations:
    azure.com/aks-cluster-id: /subscriptions/6f1a2b3c-0000-4000-8000-000000000001/resourceGroups/rg-payments-prod/providers/Microsoft.ContainerService/managedClusters/aks-payments-prod
spec: { type: service, lifecycle: production, owner: guests }
`,
);

// 4. Install, as the app's own README says.
log('installing the app (yarn install)');
sh('yarn', ['install'], { cwd: app, env });

// 5. The emulator from our package, and the app pointed at it.
log('starting the ARM emulator and the app');
const caFile = join(work, 'emulator-ca.pem');
const emulator = spawn(
  join(app, 'node_modules/.bin/arm-emulator'),
  ['--seed', 'demo', '--port', EMULATOR_PORT, '--ca-file', caFile],
  { cwd: app, stdio: ['ignore', 'pipe', 'inherit'] },
);
const [line] = await once(createInterface({ input: emulator.stdout }), 'line');
const info = JSON.parse(line);
const templates = ['aks-cluster', 'acr', 'aks-virtual-nodes', 'aks-spot-node-pool'];
writeFileSync(
  join(app, 'app-config.local.yaml'),
  `catalog:
  rules:
    - allow: [Component, System, API, Resource, Location, Template, Group, User]
  locations:
    - type: file
      target: ../../examples/aks-entities.yaml
${templates
  .map(t => `    - type: file\n      target: ../../examples/aks-templates/${t}.yaml`)
  .join('\n')}
aks:
  armEndpoint: ${info.url}
  authorityHost: ${info.authorityHost}
  subscriptions:
${info.subscriptionIds
  .map(
    id => `    - subscriptionId: ${id}
      tenantId: ${info.tenantId}
      credential:
        type: clientSecret
        clientId: ${info.clientId}
        clientSecret: ${info.clientSecret}`,
  )
  .join('\n')}
`,
);
const portal = spawn('yarn', ['start'], {
  cwd: app,
  env: { ...env, APP_CONFIG_aks_caCert: readFileSync(caFile, 'utf8') },
  stdio: ['ignore', 'ignore', 'inherit'],
  detached: true,
});
const stopAll = () => {
  try {
    process.kill(-portal.pid, 'SIGTERM');
  } catch {
    // already gone
  }
  emulator.kill('SIGTERM');
};
process.on('exit', stopAll);

// 6. What a user sees.
let ok = false;
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});
try {
  const page = await browser.newPage();
  const deadline = Date.now() + 600_000;
  for (;;) {
    try {
      await page.goto('http://localhost:3000', { timeout: 10_000 });
      await page.getByRole('button', { name: 'Enter' }).click({ timeout: 10_000 });
      break;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise(r => setTimeout(r, 5000));
    }
  }
  log('signed in; opening the component');
  for (;;) {
    await page.goto('http://localhost:3000/catalog/default/component/payments-api');
    const card = page.getByRole('region', { name: 'aks-payments-prod' }).first();
    try {
      await card.getByRole('status', { name: /Health: / }).waitFor({ timeout: 15_000 });
      break;
    } catch (error) {
      if (Date.now() > deadline) throw error; // the catalog ingests within a minute
    }
  }
  await page.goto('http://localhost:3000/create');
  await page.getByText('New AKS cluster', { exact: true }).waitFor({ timeout: 60_000 });
  ok = true;
  log('the AKS cards render and the AKS template is listed');
} finally {
  await browser.close();
  stopAll();
}

const sizes = Object.fromEntries(
  Object.entries(packed).map(([name, { filename }]) => [
    name,
    statSync(join(tarballs, filename)).size,
  ]),
);
console.log(
  JSON.stringify({ ok, wallSeconds: Math.round((Date.now() - started) / 1000), tarballBytes: sizes }),
);
process.exit(ok ? 0 : 1);
