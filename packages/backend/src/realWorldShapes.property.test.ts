import {
  ArmEmulator,
  ResponseShape,
  startArmEmulator,
} from '@aks-backstage/arm-emulator';
import fc from 'fast-check';
import { Answer, startEveryReader } from './__testUtils__/readEverything';
import { armReadsOfEveryKind, shapeArbitrary } from './__testUtils__/shapes';

/**
 * Every reader of ARM, over answers in the shapes real ARM sends and the
 * emulator's models never do: optional properties left out or null, lists
 * null or empty, properties of newer API versions, enum values the spec
 * does not list, counts of 0. None may fail, blame Azure, lose a cluster, or
 * call a state it does not know healthy.
 */
describe('every reader of ARM, over answers in real-world shapes', () => {
  let emulator: ArmEmulator;
  let readers: Awaited<ReturnType<typeof startEveryReader>>;
  let clusterIds: string[];

  beforeAll(async () => {
    emulator = await startArmEmulator({ lroDurationMs: 50 });
    readers = await startEveryReader(emulator);
    clusterIds = emulator.admin
      .listResources('Microsoft.ContainerService/managedClusters')
      .map(r => r.id.toLowerCase());
  }, 60_000);
  afterAll(async () => {
    await readers.stop();
    await emulator.stop();
  });

  it('answers 0 × 5xx, blames ARM 0 times, lists every cluster, and calls no unknown state healthy', async () => {
    const vocabulary = await armReadsOfEveryKind(emulator);
    let reshaped = 0;
    await fc.assert(
      fc.asyncProperty(shapeArbitrary(vocabulary), async shape => {
        emulator.admin.reset();
        emulator.admin.clearRequests();
        emulator.admin.addFault({
          kind: 'reshape',
          method: 'GET',
          path: '^/subscriptions/',
          shape,
        });
        const answers = await readers.readAll();
        reshaped += emulator.admin
          .requests()
          .filter(
            r => r.method === 'GET' && r.path.startsWith('/subscriptions/'),
          ).length;
        expect(failures(answers)).toEqual([]);
        expect(listedIds(answers, 'GET /clusters?limit=500')).toEqual(
          [...clusterIds].sort(),
        );
        expect(listedIds(answers, 'catalog provider')).toEqual(
          [...clusterIds].sort(),
        );
        expect(healthyWithoutKnownState(answers, shape)).toEqual([]);
      }),
      { numRuns: 100, seed: Number(process.env.FC_SEED ?? 20261207) },
    );
    process.stdout.write(
      `real-world shapes: ${reshaped} ARM answers reshaped, 0 readers failed\n`,
    );
    expect(reshaped).toBeGreaterThanOrEqual(2000);
  }, 600_000);
});

/**
 * Answers that failed (each read is a valid one), or said that Azure is
 * unavailable while it was not.
 * A part that could not be read and is shown as unknown is not a failure.
 */
function failures(answers: Answer[]) {
  return answers
    .filter(
      a =>
        a.status !== 200 ||
        /unavailable/i.test(JSON.stringify(a.body)) ||
        unreadPerCluster(a),
    )
    .map(
      a => `${a.reader}: ${a.status} ${JSON.stringify(a.body).slice(0, 300)}`,
    );
}

/** A cluster of the GitOps or workload identity read, or an identity's role assignments, that could not be read. */
function unreadPerCluster({ reader, body }: Answer): boolean {
  if (!/\/(gitops|workload-identities)$/.test(reader)) return false;
  return body.items.some(
    (item: any) =>
      item.error ||
      item.identities?.some((identity: any) => identity.roleAssignmentsError),
  );
}

function listedIds(answers: Answer[], reader: string): string[] {
  const { body } = answers.find(a => a.reader === reader)!;
  const items: any[] = Array.isArray(body) ? body : body.items;
  return items
    .map(item =>
      (
        item.id ?? item.metadata.annotations['azure.com/aks-cluster-id']
      ).toLowerCase(),
    )
    .sort();
}

/** Clusters judged healthy although their state, or a pool's, is not one Azure is known to report. */
function healthyWithoutKnownState(answers: Answer[], shape: ResponseShape) {
  const clusters = answers.flatMap(({ reader, body }) => {
    if (reader.startsWith('GET /clusters/') && !reader.endsWith('upgrades')) {
      return [body];
    }
    if (reader.startsWith('GET /entities/') && reader.endsWith('/clusters')) {
      return body.items.map((i: any) => i.cluster);
    }
    return [];
  });
  const known = (state?: string, power?: string) =>
    state === 'Succeeded' && (power === 'Running' || power === 'Stopped');
  return clusters
    .filter(
      c =>
        c.health.status === 'healthy' &&
        !(
          known(c.provisioningState, c.powerState) &&
          c.nodePools.every((p: any) =>
            known(p.provisioningState, p.powerState),
          )
        ),
    )
    .map(c => `${c.name} healthy under ${JSON.stringify(shape)}`);
}
