// `npm test`: type-check, lint and every test once, then one summary line.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function run(label, command, args) {
  console.log(`\n== ${label}: ${command} ${args.join(' ')}`);
  const { status } = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, CI: 'true' },
  });
  return status === 0;
}

let passed = 0;
let failed = 0;
let skipped = 0;
const count = ok => (ok ? passed++ : failed++);

count(run('type-check', 'tsc', ['--noEmit']));
count(run('lint', 'backstage-cli', ['repo', 'lint']));

const report = join(mkdtempSync(join(tmpdir(), 'aks-test-')), 'jest.json');
const testsOk = run('tests', 'backstage-cli', [
  'repo',
  'test',
  '--ci',
  '--json',
  `--outputFile=${report}`,
]);
try {
  const results = JSON.parse(readFileSync(report, 'utf8'));
  passed += results.numPassedTests;
  failed += results.numFailedTests + results.numRuntimeErrorTestSuites;
  skipped = results.numPendingTests + results.numTodoTests;
} catch {
  failed += 1;
}
if (!testsOk && failed === 0) failed = 1;

const skippedPart = skipped > 0 ? `, ${skipped} skipped` : '';
console.log(`\n${passed} passed, ${failed} failed${skippedPart}`);
process.exitCode = failed === 0 ? 0 : 1;
