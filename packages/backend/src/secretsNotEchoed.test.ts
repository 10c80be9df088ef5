import { mockServices } from '@backstage/backend-test-utils';
import {
  ArmEmulator,
  DEMO_IDS,
  startArmEmulator,
} from '@aks-backstage/arm-emulator';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import yaml from 'js-yaml';
import request from 'supertest';
import { guestToken, startPortalBackend } from './__testUtils__/demoBackend';

/** Credentials of the shapes callers leak: a JWT, an Entra client secret, a password, a SAS signature. */
const SECRETS = [
  'eyJhbGciOiJSUzI1NiIsImtpZCI6ImxlYWsifQ.eyJzdWIiOiJ1c2VyOmRlZmF1bHQvbGVhayJ9.bGVha2VkLXNpZ25hdHVyZS1vZi10aGUtdGVzdA',
  'Lk8Q~xT3vB5nM7qW9eR1tY3uI5oP7aS9dF1gH3jK',
  'Corr3ct-Horse-Battery-Staple-4417-Leaked',
  'sig=Vx4kP2mQ9rT6wZ1yB8nC5vF3hJ7lS0dGaE2uI4oK6pM%3D',
];

const spec = yaml.load(
  readFileSync(
    resolve(__dirname, '../../../plugins/aks-backend/src/schema/openapi.yaml'),
    'utf8',
  ),
) as { paths: Record<string, Record<string, unknown>> };

const PATH_VALUES: Record<string, string> = {
  subscriptionId: DEMO_IDS.productionSubscriptionId,
  resourceGroup: 'rg-payments-prod',
  name: 'aks-payments-prod',
  nodePool: 'system',
  operationId: '00000000-0000-4000-8000-000000000000',
  location: 'westeurope',
  kind: 'component',
  namespace: 'default',
};

/** Every operation of the AKS API, its path parameters filled with real values. */
const ROUTES = Object.entries(spec.paths).flatMap(([template, methods]) =>
  Object.keys(methods)
    .filter(method => ['get', 'post'].includes(method))
    .map(method => ({
      method: method as 'get' | 'post',
      path: `/api/aks${template.replace(
        /\{(\w+)\}/g,
        (_, name) => PATH_VALUES[name] ?? 'payments-api',
      )}`,
    })),
);

describe('secrets a caller sends', () => {
  let emulator: ArmEmulator;
  let portal: Awaited<ReturnType<typeof startPortalBackend>>;
  const logLines: string[] = [];

  beforeAll(async () => {
    emulator = await startArmEmulator({ lroDurationMs: 50 });
    const logger = mockServices.rootLogger.mock({
      child: () => logger,
      ...Object.fromEntries(
        ['error', 'warn', 'info', 'debug'].map(level => [
          level,
          (message: string, meta?: unknown) =>
            logLines.push(
              `${message} ${JSON.stringify(meta, (_k, v) =>
                v instanceof Error
                  ? { ...v, message: v.message, stack: v.stack }
                  : v,
              )}`,
            ),
        ]),
      ),
    });
    portal = await startPortalBackend(emulator, logger.factory);
  }, 60_000);
  afterAll(async () => {
    await portal.stop();
    await emulator.stop();
  });

  it('are never in a response or a log line, on any route of the AKS API', async () => {
    const { baseUrl } = portal;
    const token = await guestToken(baseUrl);
    const answers: string[] = [];
    let requests = 0;
    for (const { method, path } of ROUTES) {
      for (const authorization of [`Bearer ${SECRETS[0]}`, `Bearer ${token}`]) {
        const query = `?token=${SECRETS[0]}&client_secret=${encodeURIComponent(
          SECRETS[1],
        )}&${SECRETS[3]}&${SECRETS[0]}`;
        let call = request(baseUrl)
          [method](`${path}${query}`)
          .set('Authorization', authorization)
          .set('Cookie', `session=${SECRETS[2]}`)
          .set('X-Api-Key', SECRETS[1])
          .set('Referer', `http://localhost:3000/catalog?code=${SECRETS[2]}`)
          .set('User-Agent', `curl/8 ${SECRETS[2]}`);
        if (method === 'post') {
          call = call.send({
            password: SECRETS[2],
            kubernetesVersion: SECRETS[0],
            count: SECRETS[1],
          });
        }
        const response = await call;
        requests++;
        answers.push(
          `${response.status} ${JSON.stringify(response.headers)} ${
            response.text
          }`,
        );
      }
    }
    // Log lines are written as responses finish.
    await new Promise(done => setTimeout(done, 100));

    const echoed = [...answers, ...logLines]
      .filter(text =>
        SECRETS.some(secret => text.includes(secret.slice(0, 12))),
      )
      .map(text => text.slice(0, 600));
    expect(requests).toBe(ROUTES.length * 2);
    expect(ROUTES.length).toBeGreaterThanOrEqual(15);
    expect(echoed).toEqual([]);
    // The requests were answered and logged, so there was something to look at.
    expect(answers.some(a => a.startsWith('401'))).toBe(true);
    expect(answers.some(a => a.startsWith('400'))).toBe(true);
    expect(
      logLines.some(line => line.includes('"GET /api/aks/clusters ')),
    ).toBe(true);
  });
});
