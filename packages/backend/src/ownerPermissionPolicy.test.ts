import { authServiceFactory } from '@backstage/backend-defaults/auth';
import { httpAuthServiceFactory } from '@backstage/backend-defaults/httpAuth';
import { permissionsServiceFactory } from '@backstage/backend-defaults/permissions';
import { userInfoServiceFactory } from '@backstage/backend-defaults/userInfo';
import { createBackendModule } from '@backstage/backend-plugin-api';
import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import authPlugin from '@backstage/plugin-auth-backend';
import {
  authProvidersExtensionPoint,
  createProxyAuthenticator,
  createProxyAuthProviderFactory,
} from '@backstage/plugin-auth-node';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import permissionPlugin from '@backstage/plugin-permission-backend';
import aksPlugin from '@aks-backstage/plugin-aks-backend';
import {
  aksGitOpsConfigurePermission,
  aksIdentityCreatePermission,
} from '@aks-backstage/plugin-aks-common';
import {
  ArmEmulator,
  DEMO_IDS,
  startArmEmulator,
} from '@aks-backstage/arm-emulator';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import ownerPolicy from './ownerPermissionPolicy';

const OWNER = 'user:default/olivia';
const PLATFORM = 'user:default/pat';
const OUTSIDER = 'user:default/otto';
const cluster = `${DEMO_IDS.productionSubscriptionId}/rg-payments-prod/aks-payments-prod`;
const clusterArmId = `/subscriptions/${DEMO_IDS.productionSubscriptionId}/resourceGroups/rg-payments-prod/providers/Microsoft.ContainerService/managedClusters/aks-payments-prod`;

const catalogFile = join(mkdtempSync(join(tmpdir(), 'aks-policy-')), 'c.yaml');
writeFileSync(
  catalogFile,
  `apiVersion: backstage.io/v1alpha1
kind: Component
metadata:
  name: payments-api
  annotations:
    azure.com/aks-cluster-id: ${clusterArmId}
spec: { type: service, lifecycle: production, owner: ${OWNER} }
`,
);

const OWNERSHIP: Record<string, string[]> = {
  [OWNER]: [OWNER],
  [PLATFORM]: [PLATFORM, 'group:default/team-platform'],
  [OUTSIDER]: [OUTSIDER],
};

/** Signs in the user its `x-test-user` header names, with that user's ownership. */
const headerSignIn = createBackendModule({
  pluginId: 'auth',
  moduleId: 'test-header-provider',
  register(reg) {
    reg.registerInit({
      deps: { providers: authProvidersExtensionPoint },
      async init({ providers }) {
        providers.registerProvider({
          providerId: 'test-header',
          factory: createProxyAuthProviderFactory({
            authenticator: createProxyAuthenticator({
              defaultProfileTransform: async () => ({ profile: {} }),
              initialize: () => undefined,
              async authenticate({ req }) {
                return { result: String(req.header('x-test-user')) };
              },
            }),
            signInResolver: async ({ result }, ctx) =>
              ctx.issueToken({
                claims: { sub: result, ent: OWNERSHIP[result] },
              }),
          }),
        });
      },
    });
  },
});

/**
 * The owner policy with every permission plugin real: read permission is a
 * CONDITIONAL decision the catalog evaluates per entity, so an owner gets in
 * only through an entity it owns.
 */
describe('the owner permission policy', () => {
  let emulator: ArmEmulator;
  let server: Awaited<ReturnType<typeof startTestBackend>>['server'];
  const tokens: Record<string, string> = {};
  const as = (user: string) => ({ Authorization: `Bearer ${tokens[user]}` });
  const entityRef = 'component:default/payments-api';

  beforeAll(async () => {
    emulator = await startArmEmulator({ lroDurationMs: 50 });
    ({ server } = await startTestBackend({
      features: [
        authPlugin,
        headerSignIn,
        catalogPlugin,
        permissionPlugin,
        ownerPolicy,
        aksPlugin,
        // Real tokens and permission checks instead of the test backend's mocks.
        authServiceFactory,
        httpAuthServiceFactory,
        userInfoServiceFactory,
        permissionsServiceFactory,
        mockServices.rootConfig.factory({
          data: {
            app: { baseUrl: 'http://localhost:3000' },
            auth: { providers: { 'test-header': {} } },
            catalog: {
              rules: [{ allow: ['Component', 'Location'] }],
              locations: [{ type: 'file', target: catalogFile }],
            },
            permission: { enabled: true },
            aks: {
              armEndpoint: emulator.url,
              authorityHost: emulator.authorityHost,
              caCert: emulator.caCertPem,
              subscriptions: emulator.subscriptionIds.map(subscriptionId => ({
                subscriptionId,
                tenantId: emulator.tenantId,
                credential: {
                  type: 'clientSecret',
                  clientId: emulator.clientId,
                  clientSecret: emulator.clientSecret,
                },
              })),
            },
          },
        }),
      ],
    }));
    for (const user of Object.keys(OWNERSHIP)) {
      const session = await request(server)
        .get('/api/auth/test-header/refresh')
        .set('x-test-user', user);
      tokens[user] = session.body.backstageIdentity.token;
    }
    for (let attempt = 0; attempt < 100; attempt++) {
      const entity = await request(server)
        .get('/api/catalog/entities/by-name/component/default/payments-api')
        .set(as(PLATFORM));
      if (entity.status === 200) return;
      if (attempt === 99)
        throw new Error(
          `catalog: ${entity.status} ${JSON.stringify(entity.body)}`,
        );
      await new Promise(r => setTimeout(r, 100));
    }
  }, 60_000);

  afterAll(() => emulator.stop());

  it('lets an owner read its entity and, through it, upgrades and versions', async () => {
    const clusters = await request(server)
      .get('/api/aks/entities/component/default/payments-api/clusters')
      .set(as(OWNER));
    expect(clusters.status).toBe(200);
    expect(clusters.body.items[0].cluster.name).toBe('aks-payments-prod');

    const upgrades = await request(server)
      .get(`/api/aks/clusters/${cluster}/upgrades`)
      .query({ entityRef })
      .set(as(OWNER));
    expect(upgrades.status).toBe(200);
    expect(upgrades.body.controlPlaneProfile.kubernetesVersion).toMatch(/^1\./);

    const versions = await request(server)
      .get('/api/aks/locations/westeurope/kubernetes-versions')
      .query({ subscriptionId: DEMO_IDS.productionSubscriptionId, entityRef })
      .set(as(OWNER));
    expect(versions.status).toBe(200);
    expect(versions.body.versions.length).toBeGreaterThan(0);
  });

  it('refuses an owner without an entity, and an outsider with one', async () => {
    const direct = await request(server)
      .get(`/api/aks/clusters/${cluster}/upgrades`)
      .set(as(OWNER));
    expect(direct.status).toBe(403);

    const outsider = await request(server)
      .get(`/api/aks/clusters/${cluster}/upgrades`)
      .query({ entityRef })
      .set(as(OUTSIDER));
    expect(outsider.status).toBe(403);
  });

  it('refuses an entity for a cluster it does not name', async () => {
    const response = await request(server)
      .get(
        `/api/aks/clusters/${DEMO_IDS.productionSubscriptionId}/rg-payments-prod/aks-checkout-prod/upgrades`,
      )
      .query({ entityRef })
      .set(as(OWNER));
    expect(response.status).toBe(400);
    expect(response.body.error.message).toContain('does not name cluster');
  });

  it('lets only the platform team list the whole fleet', async () => {
    const fleet = (user: string) =>
      request(server).get('/api/aks/clusters').set(as(user));
    expect((await fleet(PLATFORM)).status).toBe(200);
    const refused = await fleet(OWNER);
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toBe('Not allowed: aks.fleet.read');
  });

  it("shows the actions that change clusters to the platform team only, in the plugin's actions registry", async () => {
    const names = async (user: string) => {
      const listed = await request(server)
        .get('/api/aks/.backstage/actions/v1/actions')
        .set(as(user));
      expect(listed.status).toBe(200);
      return listed.body.actions.map((a: { name: string }) => a.name).sort();
    };
    expect(await names(PLATFORM)).toEqual(
      expect.arrayContaining(['stop-cluster', 'get-cluster']),
    );
    expect(await names(OWNER)).toEqual([
      'get-cluster',
      'get-cluster-maintenance',
      'get-cluster-upgrades',
      'get-operation',
      'get-upgrade-readiness',
      'list-clusters',
    ]);
  });

  it('lets only the platform team create workload identities and configure GitOps, as the scaffolder actions ask', async () => {
    const decisions = async (user: string) => {
      const response = await request(server)
        .post('/api/permission/authorize')
        .set(as(user))
        .send({
          items: [
            aksIdentityCreatePermission,
            aksGitOpsConfigurePermission,
          ].map((permission, i) => ({ id: String(i), permission })),
        });
      expect(response.status).toBe(200);
      return response.body.items.map((item: { result: string }) => item.result);
    };
    expect(await decisions(PLATFORM)).toEqual(['ALLOW', 'ALLOW']);
    expect(await decisions(OWNER)).toEqual(['DENY', 'DENY']);
    expect(await decisions(OUTSIDER)).toEqual(['DENY', 'DENY']);
  });

  it("lets an owner read its entity's GitOps and workload identities, and refuses an outsider", async () => {
    for (const concern of ['gitops', 'workload-identities']) {
      const path = `/api/aks/entities/component/default/payments-api/${concern}`;
      const owned = await request(server).get(path).set(as(OWNER));
      expect({ concern, status: owned.status }).toEqual({
        concern,
        status: 200,
      });
      expect(owned.body.items[0].clusterName).toBe('aks-payments-prod');
      const outsider = await request(server).get(path).set(as(OUTSIDER));
      expect({ concern, status: outsider.status }).toEqual({
        concern,
        status: 403,
      });
    }
  });

  it('lets only the platform team set a maintenance window, and the owner read it', async () => {
    const path = `/api/aks/clusters/${cluster}/maintenance`;
    const window = {
      maintenanceWindow: {
        schedule: { weekly: { intervalWeeks: 1, dayOfWeek: 'Sunday' } },
        durationHours: 4,
        startTime: '01:00',
      },
    };
    const refused = await request(server)
      .put(`${path}/aksManagedNodeOSUpgradeSchedule`)
      .query({ entityRef })
      .set(as(OWNER))
      .send(window);
    expect(refused.status).toBe(403);

    const set = await request(server)
      .put(`${path}/aksManagedNodeOSUpgradeSchedule`)
      .query({ entityRef })
      .set(as(PLATFORM))
      .send(window);
    expect(set.status).toBe(200);

    const read = await request(server)
      .get(path)
      .query({ entityRef })
      .set(as(OWNER));
    expect(read.status).toBe(200);
    expect(read.body.windows).toContainEqual(
      expect.objectContaining({
        kind: 'nodeOS',
        // ", from <date>" follows when the window starts after today (UTC).
        summary: expect.stringMatching(/^Every Sunday 01:00–05:00 UTC\b/),
      }),
    );
  });

  it('lets only the platform team operate, and the owner follow the operation', async () => {
    const refused = await request(server)
      .post(`/api/aks/clusters/${cluster}/stop`)
      .query({ entityRef })
      .set(as(OWNER));
    expect(refused.status).toBe(403);

    const accepted = await request(server)
      .post(`/api/aks/clusters/${cluster}/stop`)
      .query({ entityRef })
      .set(as(PLATFORM));
    expect(accepted.status).toBe(202);

    const followed = await request(server)
      .get(`/api/aks/operations/${accepted.body.id}`)
      .query({ entityRef })
      .set(as(OWNER));
    expect(followed.status).toBe(200);
    expect(followed.body).toMatchObject({
      kind: 'stop',
      requestedBy: PLATFORM,
    });

    const withoutEntity = await request(server)
      .get(`/api/aks/operations/${accepted.body.id}`)
      .set(as(OWNER));
    expect(withoutEntity.status).toBe(403);
  });
});
