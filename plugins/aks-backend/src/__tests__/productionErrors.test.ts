import { mockCredentials } from '@backstage/backend-test-utils';
import { startArmEmulator } from '@aks-backstage/arm-emulator';
import { findSecrets } from '@aks-backstage/arm-emulator/testUtils';
import type { Server } from 'node:http';
import request from 'supertest';
import { clusterPath, clusters, startAksTestBackend } from '../testUtils';

/** A stack trace, or a path to a file of the installation. */
const STACK_OR_PATH =
  /"stack"|\bat \S+ \(|\/work\/|node_modules|[\w/-]+\.[cm]?[jt]s:\d+/;

const lts = clusterPath(clusters.lts);
const unknownSubscription = clusterPath({
  ...clusters.lts,
  subscriptionId: '00000000-0000-4000-8000-000000000999',
});
const answers: Array<[string, number, (server: Server) => request.Test]> = [
  ['a malformed name', 400, s => request(s).get(`${lts}x!`)],
  [
    'a made-up entity ref',
    400,
    s => request(s).get(`${lts}?entityRef=x%3A..%2Fy`),
  ],
  [
    'a subscription not configured',
    403,
    s => request(s).get(unknownSubscription),
  ],
  ['a missing cluster', 404, s => request(s).get(`${lts}-gone`)],
  [
    'a too large body',
    413,
    s =>
      request(s)
        .post(`${lts}/upgrade`)
        .send({ kubernetesVersion: 'x'.repeat(20_000) }),
  ],
  [
    'a URL too long',
    414,
    s => request(s).get(`${lts}?entityRef=${'a'.repeat(3000)}`),
  ],
  [
    'a body of text',
    415,
    s => request(s).post(`${lts}/upgrade`).type('text').send('1.33'),
  ],
  [
    'Azure failing',
    503,
    s =>
      request(s).get(clusterPath({ ...clusters.free, name: 'aks-dev-failed' })),
  ],
];

async function startBackend(nodeEnv: string) {
  const before = process.env.NODE_ENV;
  // The error handler reads NODE_ENV when the backend starts.
  process.env.NODE_ENV = nodeEnv;
  const emulator = await startArmEmulator({ lroDurationMs: 50 });
  emulator.admin.addFault({
    kind: 'error',
    status: 500,
    operation: 'ManagedClusters_Get',
    path: 'aks-dev-failed',
  });
  const { server } = await startAksTestBackend({ emulator });
  process.env.NODE_ENV = before;
  return { emulator, server };
}

const auth = { Authorization: mockCredentials.user.header() };

describe('error bodies with NODE_ENV=production', () => {
  let backend: Awaited<ReturnType<typeof startBackend>>;
  beforeAll(async () => {
    backend = await startBackend('production');
  });
  afterAll(() => backend.emulator.stop());

  it.each(answers)(
    'answer %s with %i and no stack trace or file path',
    async (_what, status, send) => {
      const response = await send(backend.server).set(auth);
      expect(response.status).toBe(status);
      expect(response.body.error.message).toEqual(expect.any(String));
      expect(JSON.stringify(response.body)).not.toMatch(STACK_OR_PATH);
      expect(findSecrets(response.body)).toEqual([]);
    },
  );
});

describe('error bodies with NODE_ENV=development', () => {
  let backend: Awaited<ReturnType<typeof startBackend>>;
  beforeAll(async () => {
    backend = await startBackend('development');
  });
  afterAll(() => backend.emulator.stop());

  it('carry the stack trace, which the check above would see', async () => {
    const response = await request(backend.server).get(`${lts}-gone`).set(auth);
    expect(response.status).toBe(404);
    expect(JSON.stringify(response.body)).toMatch(STACK_OR_PATH);
  });
});
