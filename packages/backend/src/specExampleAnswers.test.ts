import {
  ArmEmulator,
  DEMO_IDS,
  startArmEmulator,
} from '@aks-backstage/arm-emulator';
import {
  describeWithSpecs,
  findSpecsDir,
} from '@aks-backstage/arm-emulator/testUtils';
import fs from 'node:fs';
import path from 'node:path';
import { startEveryReader } from './__testUtils__/readEverything';

/** The ARM operations the product's readers call. */
const READ_OPERATIONS = new Set([
  'ManagedClusters_Get',
  'ManagedClusters_List',
  'ManagedClusters_GetUpgradeProfile',
  'AgentPools_GetUpgradeProfile',
  'ManagedClusters_ListKubernetesVersions',
  'ManagedClusters_ListClusterUserCredentials',
  'Providers_Get',
]);

function specFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap(entry => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      return entry.name === 'examples' ? [] : specFiles(file);
    }
    return entry.name.endsWith('.json') ? [file] : [];
  });
}

/** Each `x-ms-examples` answer of an operation the product reads, with the operation. */
function readExamples(specsDir: string) {
  return specFiles(path.join(specsDir, 'specification')).flatMap(file => {
    const spec = JSON.parse(fs.readFileSync(file, 'utf8'));
    return Object.values<Record<string, any>>(spec.paths ?? {}).flatMap(
      methods =>
        Object.values<any>(methods)
          .filter(op => READ_OPERATIONS.has(op?.operationId))
          .flatMap(op =>
            Object.values<{ $ref: string }>(op['x-ms-examples'] ?? {})
              .map(({ $ref }) => path.resolve(path.dirname(file), $ref))
              .filter(example => fs.existsSync(example))
              .map(example => ({
                operation: op.operationId as string,
                name: path.basename(example),
                body: JSON.parse(fs.readFileSync(example, 'utf8')).responses[
                  '200'
                ]?.body,
              })),
          ),
    );
  });
}

/**
 * Every answer that the Azure specs give as an example of an operation the
 * product reads, written by Azure and not by us, served once through the
 * real SDK to every reader of ARM. The examples' placeholder subscription is
 * the demo's, so that their resources are read and not left out.
 */
describeWithSpecs('answers from the Azure specs')(
  'every reader of ARM, over the answers of the Azure specs',
  () => {
    const examples = readExamples(findSpecsDir()!);
    let emulator: ArmEmulator;
    let readers: Awaited<ReturnType<typeof startEveryReader>>;

    beforeAll(async () => {
      emulator = await startArmEmulator({ lroDurationMs: 50 });
      readers = await startEveryReader(emulator);
    }, 60_000);
    afterAll(async () => {
      await readers.stop();
      await emulator.stop();
    });
    beforeEach(() => emulator.admin.reset());

    it('has an example of each kind of cluster read', () => {
      expect(new Set(examples.map(e => e.operation))).toEqual(
        new Set([
          'ManagedClusters_Get',
          'ManagedClusters_List',
          'ManagedClusters_GetUpgradeProfile',
          'AgentPools_GetUpgradeProfile',
          'ManagedClusters_ListKubernetesVersions',
        ]),
      );
    });

    it.each(examples.map(e => [e.name, e] as const))(
      'answers %s without a 5xx',
      async (_, example) => {
        const body = JSON.parse(
          JSON.stringify(example.body).replace(
            /\/subscriptions\/sub[^/]*\//gi,
            `/subscriptions/${DEMO_IDS.productionSubscriptionId}/`,
          ),
        );
        emulator.admin.addFault({
          operation: example.operation,
          kind: 'respond',
          status: 200,
          body,
        });
        const answers = await readers.readAll();
        expect(
          answers
            .filter(a => a.status >= 500)
            .map(a => `${a.reader}: ${JSON.stringify(a.body).slice(0, 300)}`),
        ).toEqual([]);
      },
    );
  },
);
