/* eslint-disable no-console */
// `npm run bench` for the frontend: the AKS plugin's share of the built app
// (gzip), and the time from navigation to a rendered cluster card in Chromium
// beside the backend's time for the request behind it. One JSON line per
// figure on stdout; progress on stderr.
import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { startArmEmulatorProcess } from '@aks-backstage/arm-emulator';
import { attributeBundle } from './bundleSize';

const APP_DIR = resolve(__dirname, '..');
const BACKEND_DIR = resolve(__dirname, '../../backend');
const PORT = 7017;
const BASE = `http://localhost:${PORT}`;
const LOADS = 20;
const chromiumLaunchOptions = JSON.parse(
  readFileSync(resolve(__dirname, '../../../chromium.json'), 'utf8'),
);

const log = (...args: unknown[]) => console.error('[bench:app]', ...args);
const figure = (name: string, value: number, unit: string, target?: string) =>
  process.stdout.write(
    `${JSON.stringify({ name, value, unit, target: target ?? null })}\n`,
  );
const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)];
};
const round = (n: number) => Number(n.toFixed(1));

async function waitFor(url: string, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const ok = await fetch(url).then(
      r => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise(r => setTimeout(r, 1000));
  }
  throw new Error(`${url} did not answer in ${timeoutMs} ms`);
}

function bundle() {
  log('building the app');
  const build = spawnSync('backstage-cli', ['package', 'build'], {
    cwd: APP_DIR,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (build.status !== 0) throw new Error('The app did not build');
  const sizes = attributeBundle(resolve(APP_DIR, 'dist/static'), source =>
    /plugins\/aks(-common)?\/src\//.test(source),
  );
  figure(
    'frontend.plugin.gzip',
    round(sizes.oursGzipBytes / 1024),
    'kB',
    '<= 60',
  );
  figure('frontend.plugin.minified', round(sizes.oursBytes / 1024), 'kB');
  figure('frontend.app.gzip', round(sizes.totalGzipBytes / 1024), 'kB');
}

async function cardTiming() {
  const emulator = await startArmEmulatorProcess([
    '--port',
    '0',
    '--seed',
    'demo',
  ]);
  const backend: ChildProcess = spawn('backstage-cli', ['package', 'start'], {
    cwd: BACKEND_DIR,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      ...process.env,
      APP_CONFIG_app_baseUrl: BASE,
      APP_CONFIG_backend_baseUrl: BASE,
      APP_CONFIG_backend_listen_port: String(PORT),
      APP_CONFIG_backend_cors_origin: BASE,
      APP_CONFIG_aks_armEndpoint: emulator.url,
      APP_CONFIG_aks_authorityHost: emulator.authorityHost,
      APP_CONFIG_aks_graph_endpoint: emulator.graphEndpoint,
      APP_CONFIG_aks_caCert: emulator.caCertPem,
    },
  });
  const browser = await chromium.launch(chromiumLaunchOptions);
  try {
    await waitFor(`${BASE}/api/aks/health`, 300_000);
    await waitFor(`${BASE}/api/app/health`, 60_000);
    const page = await browser.newPage({
      viewport: { width: 1400, height: 1000 },
    });
    await page.goto(BASE);
    await page.getByRole('button', { name: 'Enter' }).click();
    await page.getByRole('link', { name: 'AKS clusters' }).waitFor();

    const pageMs: number[] = [];
    const requestMs: number[] = [];
    for (let i = 0; i < LOADS; i++) {
      const response = page.waitForResponse(r =>
        r
          .url()
          .endsWith(
            '/api/aks/entities/component/default/payments-api/clusters',
          ),
      );
      const started = Date.now();
      await page.goto(`${BASE}/catalog/default/component/payments-api`);
      await page
        .getByRole('region', { name: 'aks-payments-prod' })
        .first()
        .getByRole('status')
        .waitFor();
      pageMs.push(Date.now() - started);
      const timing = (await response).request().timing();
      requestMs.push(timing.responseEnd - timing.requestStart);
    }
    figure('frontend.cardRendered.p50', percentile(pageMs, 0.5), 'ms');
    figure('frontend.cardRendered.p95', percentile(pageMs, 0.95), 'ms');
    figure(
      'frontend.clustersRequest.p50',
      round(percentile(requestMs, 0.5)),
      'ms',
    );
    figure(
      'frontend.clustersRequest.p95',
      round(percentile(requestMs, 0.95)),
      'ms',
    );
  } finally {
    await browser.close();
    backend.kill('SIGTERM');
    await emulator.stop();
  }
}

bundle();
cardTiming().catch(error => {
  console.error(error);
  process.exitCode = 1;
});
