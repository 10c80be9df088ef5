import { startArmEmulator } from '../startArmEmulator';
import type { ArmEmulator } from '../types';
import { findSpecsDir } from './specSchemas';
import { SpecValidator } from './specValidator';

/** Emulator settings of the conformance suites: short pages so lists have a nextLink, LROs long enough to watch. */
export const CONFORMANCE_OPTIONS = { pageSize: 2, lroDurationMs: 150 };

/** The suite's emulator and validator, started once per test file (call inside a describe). */
export function conformanceFixture() {
  const fixture = {} as { emulator: ArmEmulator; validator: SpecValidator };
  beforeAll(async () => {
    fixture.validator = new SpecValidator(findSpecsDir()!);
    fixture.emulator = await startArmEmulator(CONFORMANCE_OPTIONS);
  });
  afterAll(() => fixture.emulator.stop());
  return fixture;
}
