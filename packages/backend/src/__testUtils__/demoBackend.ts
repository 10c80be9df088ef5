import { authServiceFactory } from '@backstage/backend-defaults/auth';
import { httpAuthServiceFactory } from '@backstage/backend-defaults/httpAuth';
import { permissionsServiceFactory } from '@backstage/backend-defaults/permissions';
import { createBackend } from '@backstage/backend-defaults';
import { userInfoServiceFactory } from '@backstage/backend-defaults/userInfo';
import type { ServiceFactory } from '@backstage/backend-plugin-api';
import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { ArmEmulator } from '@aks-backstage/arm-emulator';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import request from 'supertest';
import { features } from '../features';
import { rootHttpRouterWithoutQueryStrings } from '../rootHttpRouter';

const examples = resolve(__dirname, '../../../../examples');

/**
 * The demo backend, every plugin real (catalog, permission with the demo
 * policy, scaffolder, auth, AKS, Kubernetes, MCP actions), against the
 * emulator with the demo seed, configured as app-config.yaml configures it.
 */
export async function startDemoBackend(
  emulator: ArmEmulator,
  aks: object = {},
) {
  const { server } = await startTestBackend({
    features: [
      ...features,
      // Real tokens and permission checks instead of the test backend's mocks.
      authServiceFactory,
      httpAuthServiceFactory,
      userInfoServiceFactory,
      permissionsServiceFactory,
      mockServices.rootConfig.factory({ data: demoConfig(emulator, {}, aks) }),
    ],
  });
  return server;
}

/**
 * The demo backend as `npm start` runs it: Backstage's own backend with
 * every default service and the portal's root HTTP router, on a free port,
 * logging to `rootLogger`.
 */
export async function startPortalBackend(
  emulator: ArmEmulator,
  rootLogger: ServiceFactory,
): Promise<{ baseUrl: string; stop(): Promise<void> }> {
  const port = await freePort();
  const baseUrl = `http://localhost:${port}`;
  const backend = createBackend();
  backend.add(rootHttpRouterWithoutQueryStrings);
  backend.add(rootLogger);
  backend.add(
    mockServices.rootConfig.factory({
      data: demoConfig(emulator, {
        baseUrl,
        listen: { port },
        database: { client: 'better-sqlite3', connection: ':memory:' },
      }),
    }),
  );
  for (const feature of features) backend.add(feature);
  await backend.start();
  return { baseUrl, stop: () => backend.stop() };
}

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer().listen(0, () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolvePort(port));
    });
    server.on('error', reject);
  });
}

/** The demo's configuration, with `backend` and `aks` settings of the caller's. */
export function demoConfig(
  emulator: ArmEmulator,
  backend: object = {},
  aks: object = {},
) {
  const credential = {
    type: 'clientSecret',
    clientId: emulator.clientId,
    clientSecret: emulator.clientSecret,
  };
  return {
    app: { baseUrl: 'http://localhost:3000' },
    backend: {
      baseUrl: 'http://localhost:7007',
      actions: { pluginSources: ['aks', 'catalog', 'kubernetes'] },
      ...backend,
    },
    auth: {
      providers: {
        guest: { dangerouslyAllowOutsideDevelopment: true },
      },
    },
    catalog: {
      providers: {
        aks: {
          defaultOwner: 'group:default/team-platform',
          schedule: {
            frequency: { minutes: 10 },
            timeout: { minutes: 2 },
          },
        },
      },
      rules: [
        {
          allow: [
            'Component',
            'System',
            'Resource',
            'Group',
            'User',
            'Location',
          ],
        },
      ],
      locations: [
        { type: 'file', target: `${examples}/entities.yaml` },
        { type: 'file', target: `${examples}/org.yaml` },
      ],
    },
    permission: { enabled: true },
    kubernetes: {
      serviceLocatorMethod: { type: 'multiTenant' },
      clusterLocatorMethods: [],
    },
    aks: {
      armEndpoint: emulator.url,
      authorityHost: emulator.authorityHost,
      caCert: emulator.caCertPem,
      kubernetesApiServer: {
        urlTemplate: emulator.kubernetesUrlTemplate,
        caCert: emulator.caCertPem,
      },
      subscriptions: emulator.subscriptionIds.map(subscriptionId => ({
        subscriptionId,
        tenantId: emulator.tenantId,
        credential,
      })),
      ...aks,
    },
  };
}

/** A guest's Backstage token, as the demo's sign-in page gets it. */
export async function guestToken(
  server: Parameters<typeof request>[0],
): Promise<string> {
  const response = await request(server).get('/api/auth/guest/refresh');
  if (response.status !== 200) {
    throw new Error(`guest sign-in answered ${response.status}`);
  }
  return response.body.backstageIdentity.token;
}

/** Reads until `done` says the value is there, for up to about 15 seconds; the last value read. */
export async function eventually<T>(
  read: () => Promise<T>,
  done: (value: T) => boolean,
): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    const value = await read();
    if (done(value) || attempt > 150) return value;
    await new Promise(wake => setTimeout(wake, 100));
  }
}
