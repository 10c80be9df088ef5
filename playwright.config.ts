import { defineConfig } from '@playwright/test';
import chromiumLaunchOptions from './chromium.json';

/**
 * End-to-end tests in Debian's Chromium against the portal as `npm start`
 * runs it: the ARM emulator, the backend and the app.
 */
export default defineConfig({
  testDir: 'packages/app/e2e-tests',
  outputDir: 'test-results/e2e',
  timeout: 120_000,
  expect: { timeout: 30_000 },
  workers: 1,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: {
    baseURL: 'http://localhost:3000',
    viewport: { width: 1440, height: 900 },
    screenshot: 'only-on-failure',
    launchOptions: chromiumLaunchOptions,
  },
  webServer: {
    command: 'node scripts/start.mjs',
    url: 'http://localhost:7007/api/aks/health',
    timeout: 600_000,
    reuseExistingServer: !process.env.CI,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
