import {
  mockCredentials,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { ArmEmulator, startArmEmulator } from '@aks-backstage/arm-emulator';
import request from 'supertest';
import { requestSchemaOf } from '../validation/requestSchemas';
import {
  MAX_BODY_DEPTH,
  MAX_URL_LENGTH,
} from '../validation/requestValidation';
import {
  armRequests,
  clusterPath,
  clusters,
  startAksTestBackend,
} from '../testUtils';

describe('request validation', () => {
  let emulator: ArmEmulator;
  let server: Awaited<ReturnType<typeof startTestBackend>>['server'];
  const auth = { Authorization: mockCredentials.user.header() };
  const lts = clusterPath(clusters.lts);
  const sub = clusters.lts.subscriptionId;

  beforeAll(async () => {
    emulator = await startArmEmulator({ lroDurationMs: 50 });
    ({ server } = await startAksTestBackend({ emulator }));
  });
  afterAll(() => emulator.stop());
  beforeEach(() => emulator.admin.clearRequests());

  it.each([
    ['Infinity', 'must be a decimal integer'],
    ['-Infinity', 'must be a decimal integer'],
    ['1e400', 'must be a decimal integer'],
    ['9'.repeat(400), 'must be a decimal integer'],
    ['0x10', 'must be a decimal integer'],
    ['%201', 'must be a decimal integer'],
    ['5.0', 'must be a decimal integer'],
    ['1e2', 'must be a decimal integer'],
    ['0', 'must be >= 1'],
    ['-1', 'must be >= 1'],
    ['501', 'must be <= 500'],
    ['1&limit=2', 'must be integer'],
  ])('refuses limit=%s (%s), without calling Azure', async (limit, rule) => {
    const response = await request(server)
      .get(`/api/aks/clusters?limit=${limit}`)
      .set(auth);
    expect(response.status).toBe(400);
    expect(response.body.error.message).toMatch(/query parameter limit/);
    expect(response.body.error.message).toContain(rule);
    expect(armRequests(emulator)).toEqual([]);
  });

  it.each(['1', '500'])('accepts limit=%s', async limit => {
    const response = await request(server)
      .get(`/api/aks/clusters?limit=${limit}`)
      .set(auth);
    expect(response.status).toBe(200);
    expect(response.body.items.length).toBe(Math.min(Number(limit), 11));
  });

  it.each([
    [
      `${lts}/upgrade`,
      { kubernetesVersion: `1.${'1'.repeat(10_000)}` },
      'body field kubernetesVersion "1.111',
    ],
    [
      `${lts}/node-pools/system/upgrade`,
      { kubernetesVersion: '1.33', pool: 'x' },
      'body field pool is not allowed',
    ],
    [
      `${lts}/upgrade`,
      { controlPlaneOnly: true },
      'body field kubernetesVersion is required',
    ],
  ])(
    'refuses the body of POST %s, naming the field',
    async (path, body, message) => {
      const response = await request(server).post(path).set(auth).send(body);
      expect(response.status).toBe(400);
      expect(response.body.error.message).toContain(message);
      expect(response.body.error.message.length).toBeLessThan(300);
      expect(armRequests(emulator)).toEqual([]);
    },
  );

  it.each([
    [`/api/aks/clusters?cursor=${'a'.repeat(201)}`, 'query parameter cursor'],
    [
      `/api/aks/clusters?subscriptionId=${sub}${'0'.repeat(64)}`,
      'query parameter subscriptionId',
    ],
    [
      `/api/aks/clusters?resourceGroup=${'r'.repeat(91)}`,
      'query parameter resourceGroup',
    ],
    [
      `/api/aks/clusters?limit=5&extra=1`,
      'query parameter extra is not a parameter of this route',
    ],
    [
      `/api/aks/locations/${'w'.repeat(
        41,
      )}/kubernetes-versions?subscriptionId=${sub}`,
      'path parameter location',
    ],
    [
      `/api/aks/clusters/${sub}/rg/%E0%A4%A`,
      'path parameter name "%E0%A4%A" is not percent-encoded UTF-8',
    ],
    [
      `/api/aks/clusters/${sub}/rg%00/aks`,
      'path parameter resourceGroup "rg\\u0000" must match pattern',
    ],
    [`/api/aks/operations/${'f'.repeat(37)}`, 'path parameter operationId'],
  ])('refuses %s, naming the field', async (path, message) => {
    const response = await request(server).get(path).set(auth);
    expect(response.status).toBe(400);
    expect(response.body.error.message).toContain(message);
    expect(armRequests(emulator)).toEqual([]);
  });

  it('answers a too large body with 413, without echoing it', async () => {
    const response = await request(server)
      .post(`${lts}/upgrade`)
      .set(auth)
      .send({ kubernetesVersion: '1.33', padding: 'x'.repeat(20_000) });
    expect(response.status).toBe(413);
    expect(response.body.error).toMatchObject({
      name: 'PayloadTooLargeError',
      message: 'The body is larger than 16 kB',
    });
    expect(armRequests(emulator)).toEqual([]);
  });

  it.each([
    [
      'text/plain',
      'kubernetesVersion=1.33',
      'Content-Type must be application/json, not "text/plain"',
    ],
    [
      'application/json; charset=latin1',
      '{}',
      'charset "latin1" is not supported',
    ],
  ])('answers a body of %s with 415', async (type, body, message) => {
    const response = await request(server)
      .post(`${lts}/upgrade`)
      .set(auth)
      .set('Content-Type', type)
      .send(body);
    expect(response.status).toBe(415);
    expect(response.body.error.message).toContain(message);
    expect(armRequests(emulator)).toEqual([]);
  });

  const nested = (depth: number) =>
    `{"kubernetesVersion":"1.33.1","x":${'['.repeat(depth)}${']'.repeat(
      depth,
    )}}`;

  it.each([`${lts}/upgrade`, `${lts}/node-pools/system/upgrade`])(
    'refuses a body nested thousands of levels deep on %s, before anything walks it',
    async path => {
      const response = await request(server)
        .post(path)
        .set(auth)
        .set('Content-Type', 'application/json')
        .send(nested(5000));
      expect(response.status).toBe(400);
      expect(response.body.error.message).toBe(
        `Invalid body: it is nested deeper than ${MAX_BODY_DEPTH} levels`,
      );
      expect(armRequests(emulator)).toEqual([]);
    },
  );

  it('reads brackets inside strings as text, not as nesting', async () => {
    const response = await request(server)
      .post(`${lts}/upgrade`)
      .set(auth)
      .set('Content-Type', 'application/json')
      .send(`{"kubernetesVersion":"${'[{'.repeat(50)}\\\"["}`);
    expect(response.status).toBe(400);
    expect(response.body.error.message).toContain(
      'body field kubernetesVersion',
    );
  });

  it.each([
    ['/api/aks/clusters?__proto__[x]=1', 'query parameter __proto__[x]'],
    ['/api/aks/clusters?__proto__=1', 'query parameter __proto__'],
    ['/api/aks/clusters?constructor[x]=1', 'query parameter constructor[x]'],
    ['/api/aks/clusters?limit[x]=1', 'query parameter limit[x]'],
    [`${lts}?prototype=1`, 'query parameter prototype'],
    ['/api/aks/subscriptions?__proto__=1', 'query parameter __proto__'],
  ])(
    'refuses %s as any unknown key, without calling Azure',
    async (path, field) => {
      const response = await request(server).get(path).set(auth);
      expect(response.status).toBe(400);
      expect(response.body.error.message).toBe(
        `Invalid request: ${field} is not a parameter of this route`,
      );
      expect(armRequests(emulator)).toEqual([]);
    },
  );

  it.each([
    ['{"__proto__":{"admin":true},"kubernetesVersion":"1.33.1"}', '__proto__'],
    [
      '{"kubernetesVersion":"1.33.1","constructor":{"prototype":{}}}',
      'constructor',
    ],
    ['{"kubernetesVersion":"1.33.1","prototype":1}', 'prototype'],
  ])('refuses the body %s as any unknown field', async (body, field) => {
    const response = await request(server)
      .post(`${lts}/upgrade`)
      .set(auth)
      .set('Content-Type', 'application/json')
      .send(body);
    expect(response.status).toBe(400);
    expect(response.body.error.message).toBe(
      `Invalid request: body field ${field} is not allowed`,
    );
    expect(armRequests(emulator)).toEqual([]);
  });

  it('refuses a body that is not JSON, without echoing it', async () => {
    const response = await request(server)
      .post(`${lts}/upgrade`)
      .set(auth)
      .set('Content-Type', 'application/json')
      .send('{"kubernetesVersion": secret-ish');
    expect(response.status).toBe(400);
    expect(response.body.error.message).toBe('Invalid body: it is not JSON');
  });

  it('answers an over-long URL with 414 and a short body', async () => {
    const path = `${lts}?entityRef=${'a'.repeat(MAX_URL_LENGTH)}`;
    const response = await request(server).get(path).set(auth);
    expect(response.status).toBe(414);
    expect(JSON.stringify(response.body).length).toBeLessThan(200);
    expect(armRequests(emulator)).toEqual([]);
  });

  it('keeps the echo of a long value short', async () => {
    const response = await request(server)
      .get(`${lts}?entityRef=${'x'.repeat(250)}`)
      .set(auth);
    expect(response.status).toBe(400);
    expect(response.body.error.message).toMatch(/^Invalid entityRef "x{60}…"/);
  });

  it('checks each route with a schema compiled once, not on every request', () => {
    const a = requestSchemaOf('GET', `/clusters/${sub}/rg/a`);
    const b = requestSchemaOf('GET', `/Clusters/${sub}/other/b/`);
    expect(a?.schema.validate).toBeInstanceOf(Function);
    expect(b?.schema.validate).toBe(a?.schema.validate);
    expect(requestSchemaOf('DELETE', `/clusters/${sub}/rg/a`)).toBeUndefined();
  });
});
