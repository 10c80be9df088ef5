// `npm test`: type-check, lint, every test once and the build, then one
// summary line.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function answers(port) {
  return new Promise(resolve => {
    const socket = connect({ host: '127.0.0.1', port, timeout: 500 });
    socket.once('connect', () => resolve(true) || socket.destroy());
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => resolve(false) || socket.destroy());
  });
}

// Backstage's TestDatabases and TestCaches use local PostgreSQL and Redis when
// they answer, never containers; without them those tests use SQLite and memory.
const testServers = {
  BACKSTAGE_TEST_DISABLE_DOCKER: '1',
  ...((await answers(5432)) && {
    BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING:
      'postgresql://postgres@127.0.0.1:5432',
  }),
  ...((await answers(6379)) && {
    BACKSTAGE_TEST_CACHE_REDIS7_CONNECTION_STRING: 'redis://127.0.0.1:6379',
  }),
};

function run(label, command, args, env = {}) {
  console.log(`\n== ${label}: ${command} ${args.join(' ')}`);
  const { status } = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...testServers, ...process.env, ...env },
  });
  return status === 0;
}

let passed = 0;
let failed = 0;
let skipped = 0;
const count = ok => (ok ? passed++ : failed++);

// tsc also writes the declarations (dist-types) that the API reports read,
// all of them: an incremental build can order the members of inferred unions
// otherwise than a fresh one does.
count(run('type-check', 'tsc', ['--incremental', 'false']));
count(
  run('API reports are current', 'node', ['scripts/api-reports.mjs', '--ci']),
);
count(run('lint', 'backstage-cli', ['repo', 'lint']));
count(
  run('generated API types are current', 'node', [
    'plugins/aks-backend/scripts/generate-openapi.mjs',
    '--check',
  ]),
);

const report = join(mkdtempSync(join(tmpdir(), 'aks-test-')), 'jest.json');
const testsOk = run(
  'tests',
  'backstage-cli',
  [
    'repo',
    'test',
    '--ci',
    // Backstage's CLI watches unless CI is set; CI itself is left as the caller
    // set it, since suites that need the Azure specs fail only under CI.
    '--watchAll=false',
    '--json',
    `--outputFile=${report}`,
  ],
  {
    // The Kubernetes backend loads @kubernetes/client-node (ESM) with import(),
    // which Jest's module sandbox runs only with VM modules.
    NODE_OPTIONS: [process.env.NODE_OPTIONS, '--experimental-vm-modules']
      .filter(Boolean)
      .join(' '),
  },
);
try {
  const results = JSON.parse(readFileSync(report, 'utf8'));
  passed += results.numPassedTests;
  failed += results.numFailedTests + results.numRuntimeErrorTestSuites;
  skipped =
    results.numTotalTests - results.numPassedTests - results.numFailedTests;
} catch {
  failed += 1;
}
if (!testsOk && failed === 0) failed = 1;

count(
  run('build, and the built backend answers', 'node', [
    'scripts/verify-build.mjs',
  ]),
);

// End to end in Debian's Chromium against the portal as `npm start` runs it.
const CHROMIUM = '/usr/bin/chromium';
if (existsSync(CHROMIUM)) {
  const e2eOk = run('end to end', 'playwright', ['test']);
  try {
    const { stats } = JSON.parse(readFileSync('test-results/e2e.json', 'utf8'));
    passed += stats.expected + stats.flaky;
    failed += stats.unexpected;
    skipped += stats.skipped;
  } catch {
    failed += 1;
  }
  if (!e2eOk && failed === 0) failed = 1;
} else if (process.env.CI) {
  console.error(
    `\nEnd-to-end tests need ${CHROMIUM} (Debian package chromium).`,
  );
  failed += 1;
} else {
  console.warn(
    `\nSkipping the end-to-end tests: no ${CHROMIUM} (apt-get install chromium).`,
  );
}

const skippedPart = skipped > 0 ? `, ${skipped} skipped` : '';
console.log(`\n${passed} passed, ${failed} failed${skippedPart}`);
process.exitCode = failed === 0 ? 0 : 1;
