import { spawnSync } from 'node:child_process';
import { expect, test } from '@playwright/test';

test('npm start beside the running portal names the ports it holds and how to start on others', () => {
  const start = spawnSync(process.execPath, ['scripts/start.mjs'], {
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, APP_PORT: '', BACKEND_PORT: '', EMULATOR_PORT: '' },
  });

  expect(start.status).not.toBe(0);
  const said = start.stdout + start.stderr;
  expect(said).toContain(
    'port 3000 (the app), port 7007 (the backend) and port 7443 (the ARM emulator) are already in use.',
  );
  expect(said).toContain('Another AKS portal (npm start) is probably running');
  expect(said).toMatch(
    /APP_PORT=\d+ BACKEND_PORT=\d+ EMULATOR_PORT=\d+ npm start/,
  );
  expect(said).not.toContain('EADDRINUSE');
});
