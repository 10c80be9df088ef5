import { authServiceFactory } from '@backstage/backend-defaults/auth';
import { httpAuthServiceFactory } from '@backstage/backend-defaults/httpAuth';
import { permissionsServiceFactory } from '@backstage/backend-defaults/permissions';
import { userInfoServiceFactory } from '@backstage/backend-defaults/userInfo';
import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { ArmEmulator } from '@aks-backstage/arm-emulator';
import { resolve } from 'node:path';
import request from 'supertest';
import { features } from '../features';

const examples = resolve(__dirname, '../../../../examples');

/**
 * The demo backend, every plugin real (catalog, permission with the demo
 * policy, scaffolder, auth, AKS, Kubernetes, MCP actions), against the
 * emulator with the demo seed, configured as app-config.yaml configures it.
 */
export async function startDemoBackend(emulator: ArmEmulator) {
  const credential = {
    type: 'clientSecret',
    clientId: emulator.clientId,
    clientSecret: emulator.clientSecret,
  };
  const { server } = await startTestBackend({
    features: [
      ...features,
      // Real tokens and permission checks instead of the test backend's mocks.
      authServiceFactory,
      httpAuthServiceFactory,
      userInfoServiceFactory,
      permissionsServiceFactory,
      mockServices.rootConfig.factory({
        data: {
          app: { baseUrl: 'http://localhost:3000' },
          backend: {
            baseUrl: 'http://localhost:7007',
            actions: { pluginSources: ['aks', 'catalog', 'kubernetes'] },
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
          },
        },
      }),
    ],
  });
  return server;
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
