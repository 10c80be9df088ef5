import { TestDatabases } from '@backstage/backend-test-utils';
import {
  ArmEmulator,
  DEMO_IDS,
  FaultRule,
  startArmEmulator,
} from '@aks-backstage/arm-emulator';
import { Knex } from 'knex';
import request from 'supertest';
import { clusterPath, clusters } from '../testUtils';
import { ARM_LIMITS, drainReads, FAULT_CONFIG } from '../__testUtils__/faults';
import { auth, startReplica } from '../__testUtils__/replicas';

const databases = TestDatabases.create({ ids: ['SQLITE_3'] });
const GET = { operation: 'ManagedClusters_Get' };
const TTL_MS = 300;

type Expected = 'fresh' | 'stale' | 'unavailable';

/** What a card gets, in the terms of the matrix. */
function answer(response: request.Response, warm?: request.Response) {
  const { body } = response;
  let fetched: string | undefined;
  if (body.fetchedAt) {
    fetched = body.fetchedAt === warm?.body.fetchedAt ? 'when warm' : 'now';
  }
  return {
    status: response.status,
    cluster: body.name,
    stale: body.stale,
    fetched,
    namesTheSubscription: body.error?.message.includes('Contoso Production'),
  };
}

const ANSWERS: Record<Expected, ReturnType<typeof answer>> = {
  fresh: {
    status: 200,
    cluster: clusters.lts.name,
    stale: false,
    fetched: 'now',
    namesTheSubscription: undefined,
  },
  stale: {
    status: 200,
    cluster: clusters.lts.name,
    stale: true,
    fetched: 'when warm',
    namesTheSubscription: undefined,
  },
  unavailable: {
    status: 503,
    cluster: undefined,
    stale: undefined,
    fetched: undefined,
    namesTheSubscription: true,
  },
};

/**
 * A cluster card's read, with each fault ARM and Entra show: what the
 * backend answers, with and without last-known data in its cache.
 */
describe('fault matrix: reading a cluster', () => {
  let emulator: ArmEmulator;
  let knex: Knex;

  async function backend() {
    return (
      await startReplica({
        emulator,
        knex,
        aks: { ...FAULT_CONFIG, cacheTtlSeconds: TTL_MS / 1000 },
      })
    ).server;
  }

  beforeAll(async () => {
    emulator = await startArmEmulator({ lroDurationMs: 50 });
    knex = await databases.init('SQLITE_3');
  }, 30_000);
  afterAll(() => emulator.stop());
  beforeEach(() => {
    emulator.admin.reset();
    emulator.admin.clearRequests();
  });

  it.each<[string, 'warm' | 'cold', Expected, FaultRule]>([
    [
      'ARM: 500 once',
      'cold',
      'fresh',
      { kind: 'error', status: 500, count: 1, ...GET },
    ],
    [
      'ARM: 503 once',
      'cold',
      'fresh',
      { kind: 'error', status: 503, count: 1, ...GET },
    ],
    [
      'ARM: a dropped connection once',
      'cold',
      'fresh',
      { kind: 'drop', count: 1, ...GET },
    ],
    [
      'ARM: 429 with Retry-After once',
      'cold',
      'fresh',
      { kind: 'error', status: 429, retryAfterSeconds: 1, count: 1, ...GET },
    ],
    // The SDK does not retry a request it abandoned at its timeout.
    [
      'ARM: a hang beyond the request timeout once',
      'cold',
      'unavailable',
      { kind: 'hang', count: 1, ...GET },
    ],
    [
      'ARM: a hang beyond the request timeout once',
      'warm',
      'stale',
      { kind: 'hang', count: 1, ...GET },
    ],
    [
      'ARM: 500 throughout',
      'warm',
      'stale',
      { kind: 'error', status: 500, ...GET },
    ],
    [
      'ARM: 503 throughout',
      'warm',
      'stale',
      { kind: 'error', status: 503, ...GET },
    ],
    [
      'ARM: dropped connections throughout',
      'warm',
      'stale',
      { kind: 'drop', ...GET },
    ],
    ['ARM: hangs throughout', 'warm', 'stale', { kind: 'hang', ...GET }],
    [
      'ARM: 429 throughout',
      'warm',
      'stale',
      { kind: 'error', status: 429, retryAfterSeconds: 1, ...GET },
    ],
    [
      'ARM: 500 throughout',
      'cold',
      'unavailable',
      { kind: 'error', status: 500, ...GET },
    ],
    [
      'ARM: 503 throughout',
      'cold',
      'unavailable',
      { kind: 'error', status: 503, ...GET },
    ],
    [
      'ARM: dropped connections throughout',
      'cold',
      'unavailable',
      { kind: 'drop', ...GET },
    ],
    ['ARM: hangs throughout', 'cold', 'unavailable', { kind: 'hang', ...GET }],
    [
      'ARM: 429 throughout',
      'cold',
      'unavailable',
      { kind: 'error', status: 429, retryAfterSeconds: 1, ...GET },
    ],
    [
      "Entra's token endpoint down, a token in hand",
      'warm',
      'fresh',
      { kind: 'error', status: 503, operation: 'Entra_Token' },
    ],
  ])(
    '%s, cache %s: %s',
    async (_what, cache, expected, fault) => {
      const server = await backend();
      const read = () =>
        request(server).get(clusterPath(clusters.lts)).set(auth);
      const warm = cache === 'warm' ? await read() : undefined;
      await new Promise(resolve => setTimeout(resolve, TTL_MS + 50));
      emulator.admin.clearRequests();
      emulator.admin.addFault(fault);

      const response = await read();

      expect(answer(response, warm)).toEqual(ANSWERS[expected]);
    },
    20_000,
  );

  it("waits out ARM's read bucket (250, 25 per second) and answers fresh", async () => {
    const server = await backend();
    emulator.admin.setThrottling(ARM_LIMITS);
    await drainReads(emulator, DEMO_IDS.productionSubscriptionId);
    emulator.admin.clearRequests();

    const response = await request(server)
      .get(clusterPath(clusters.lts))
      .set(auth);

    expect(response.status).toBe(200);
    expect(response.body.stale).toBe(false);
    const reads = emulator.admin.requests({
      subscriptionId: DEMO_IDS.productionSubscriptionId,
    });
    const throttled = reads.filter(r => r.status === 429);
    expect(throttled.length).toBeGreaterThan(0);
    for (const { operation, path } of throttled) {
      expect(reads).toContainEqual(
        expect.objectContaining({ operation, path, status: 200 }),
      );
    }
  }, 20_000);

  it('answers 503 naming the credentials while Entra is down before the first token, without calling ARM, and recovers after its Retry-After', async () => {
    const down = emulator.admin.addFault({
      kind: 'error',
      status: 503,
      retryAfterSeconds: 1,
      operation: 'Entra_Token',
    });
    const server = await backend();

    const refused = await request(server)
      .get(clusterPath(clusters.lts))
      .set(auth);
    expect(refused.status).toBe(503);
    expect(refused.body.error.message).toContain(
      "check the AKS plugin's credentials",
    );
    expect(emulator.admin.requests(GET)).toEqual([]);

    emulator.admin.removeFault(down);
    // MSAL holds token requests back for the Retry-After (60 s without one).
    await new Promise(resolve => setTimeout(resolve, 1100));
    const recovered = await request(server)
      .get(clusterPath(clusters.lts))
      .set(auth);
    expect(recovered.status).toBe(200);
  }, 20_000);
});
