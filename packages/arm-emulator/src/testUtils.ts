/**
 * Helpers for suites that check code against the Azure specs the emulator
 * follows, and for suites that check that no secret reaches an answer or a
 * log line.
 *
 * @packageDocumentation
 */

import fs from 'node:fs';
import path from 'node:path';

export { findSecrets } from './secretScan';
export type { SecretHit } from './secretScan';

/**
 * Finds the Azure specs folder: AZURE_SPECS_DIR, or `shared/azure-specs` beside the repository
 * (tests run from the package or the repository root, so every ancestor of the working directory is tried).
 *
 * @public
 */
export function findSpecsDir(): string | undefined {
  const candidates = [process.env.AZURE_SPECS_DIR];
  for (let dir = process.cwd(); ; dir = path.dirname(dir)) {
    candidates.push(path.join(dir, 'shared', 'azure-specs'));
    if (path.dirname(dir) === dir) break;
  }
  return candidates.find(
    dir => dir && fs.existsSync(path.join(dir, 'specification')),
  );
}

/**
 * `describe` when the Azure specs are there. Without them the suite cannot
 * prove anything: with `CI` set the test file fails to load, elsewhere its
 * tests are skipped with a line saying why.
 *
 * @public
 */
export function describeWithSpecs(what: string): jest.Describe {
  if (findSpecsDir()) return describe;
  const why = `no Azure specs (set AZURE_SPECS_DIR or provide ../shared/azure-specs)`;
  if (process.env.CI) throw new Error(`${what} cannot run in CI: ${why}`);
  process.stderr.write(`Skipping ${what}: ${why}\n`);
  return describe.skip;
}
