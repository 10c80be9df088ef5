// `npm run bench`: the AKS backend plugin against the ARM emulator (in a
// process of its own), load from autocannon (in another), as shipped and with
// caching off, side by side. One JSON line per figure on stdout; progress on
// stderr.
import {
  ArmEmulatorProcess,
  startArmEmulatorProcess,
} from '@aks-backstage/arm-emulator';
import { Variant } from './backend';
import { log } from './report';
import { demoScenarios } from './scenarios/demo';
import {
  coldFleet,
  FLEET,
  FLEET_BOUND_MS,
  sequentialClient,
} from './scenarios/fleet';
import { scale, SCALE } from './scenarios/scale';
import { steadyState } from './scenarios/steadyState';
import { figure } from './report';

const VARIANTS: Variant[] = ['cached', 'uncached'];
/** BENCH_ONLY=demo,fleet,scale,steady runs only those scenarios. */
const ONLY = process.env.BENCH_ONLY?.split(',');
const wanted = (scenario: string) => !ONLY || ONLY.includes(scenario);
const OVERALL_TIMEOUT_MS = 15 * 60_000;

async function withEmulator(
  args: string[],
  run: (emulator: ArmEmulatorProcess) => Promise<void>,
) {
  const emulator = await startArmEmulatorProcess(args);
  try {
    await run(emulator);
  } finally {
    await emulator.stop();
  }
}

const eachVariant =
  (scenario: (e: ArmEmulatorProcess, v: Variant) => Promise<void>) =>
  async (emulator: ArmEmulatorProcess) => {
    for (const variant of VARIANTS) await scenario(emulator, variant);
  };

async function main() {
  setTimeout(() => {
    log(`gave up after ${OVERALL_TIMEOUT_MS} ms`);
    process.exit(1);
  }, OVERALL_TIMEOUT_MS).unref();
  if (wanted('demo')) {
    await withEmulator(['--seed', 'demo'], eachVariant(demoScenarios));
  }
  if (wanted('fleet')) {
    figure('fleet.criticalPathBound', FLEET_BOUND_MS, 'ms');
    await withEmulator(
      [
        '--seed',
        `fleet:${FLEET.clusters}x${FLEET.subscriptions}`,
        '--latency',
        String(FLEET.latencyMs),
        '--page-size',
        String(FLEET.pageSize),
      ],
      async emulator => {
        await eachVariant(coldFleet)(emulator);
        await sequentialClient(emulator);
      },
    );
  }
  if (wanted('scale')) {
    await withEmulator(
      [
        '--seed',
        `fleet:${SCALE.clusters}x${SCALE.subscriptions}`,
        '--throttling',
      ],
      eachVariant(scale),
    );
  }
  if (wanted('steady')) {
    await withEmulator(
      ['--seed', `fleet:${FLEET.clusters}x${FLEET.subscriptions}`],
      eachVariant(steadyState),
    );
  }
}

main().then(
  () => process.exit(0),
  error => {
    log('failed:', error);
    process.exit(1);
  },
);
