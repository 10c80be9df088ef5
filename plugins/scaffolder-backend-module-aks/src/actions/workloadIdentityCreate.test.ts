import { ArmEmulator, startArmEmulator } from '@aks-backstage/arm-emulator';
import { mockServices } from '@backstage/backend-test-utils';
import yaml from 'yaml';
import {
  actionContext,
  armRequests,
  armWrites,
  emulatorClients,
} from '../__testUtils__/emulatorClients';
import { BUILT_IN_ROLES } from '../lib/roleAssignments';
import { createWorkloadIdentityCreateAction } from './workloadIdentityCreate';

const PROD = '6f1a2b3c-0000-4000-8000-000000000001';
const DEV = '6f1a2b3c-0000-4000-8000-000000000002';
const PAYMENTS = `/subscriptions/${PROD}/resourceGroups/rg-payments-prod`;
const CLUSTER = `${PAYMENTS}/providers/Microsoft.ContainerService/managedClusters/aks-payments-prod`;
const REGISTRY = `/subscriptions/${PROD}/resourceGroups/rg-platform-prod/providers/Microsoft.ContainerRegistry/registries/acrcontosoprod`;
const identityId = (name: string, group = PAYMENTS) =>
  `${group}/providers/Microsoft.ManagedIdentity/userAssignedIdentities/${name}`;

describe('azure:aks:workload-identity:create', () => {
  let emulator: ArmEmulator;
  let action: ReturnType<typeof createWorkloadIdentityCreateAction>;
  const input = (change: Record<string, unknown> = {}) => ({
    subscriptionId: PROD,
    resourceGroup: 'rg-payments-prod',
    clusterName: 'aks-payments-prod',
    identityName: 'id-payments-ledger',
    namespace: 'payments-api',
    serviceAccountName: 'ledger',
    roleDefinition: 'AcrPull',
    roleScope: REGISTRY,
    ...change,
  });
  const issuerOf = (clusterId: string) =>
    emulator.admin.getResource(clusterId).properties.oidcIssuerProfile
      ?.issuerURL;
  const outputsOf = (ctx: ReturnType<typeof actionContext>) =>
    Object.fromEntries(ctx.output.mock.calls);

  beforeAll(async () => {
    emulator = await startArmEmulator({ lroDurationMs: 100 });
    action = createWorkloadIdentityCreateAction({
      clients: emulatorClients(emulator),
      permissions: mockServices.permissions(),
    });
  });
  afterAll(() => emulator.stop());
  beforeEach(() => {
    emulator.admin.reset();
    emulator.admin.clearRequests();
  });

  it('creates the identity tagged with its cluster, federates it and grants the role; a re-run writes nothing', async () => {
    const ctx = actionContext(input());
    await action.handler(ctx);

    const id = identityId('id-payments-ledger');
    const identity = emulator.admin.getResource(id);
    expect(identity).toMatchObject({
      location: 'westeurope',
      tags: {
        'aks-cluster-id': CLUSTER.toLowerCase(),
        'backstage-scaffolder-task': 'mock-task-id',
      },
    });
    const { clientId, principalId, tenantId } = identity.properties;
    expect(
      emulator.admin.getResource(`${id}/federatedIdentityCredentials/ledger`)
        .properties,
    ).toEqual({
      issuer: issuerOf(CLUSTER),
      subject: 'system:serviceaccount:payments-api:ledger',
      audiences: ['api://AzureADTokenExchange'],
    });
    const outputs = outputsOf(ctx);
    expect(outputs).toMatchObject({
      clientId,
      principalId,
      tenantId,
      identityId: id,
      issuerUrl: issuerOf(CLUSTER),
    });
    expect(
      emulator.admin.getResource(outputs.roleAssignmentId).properties,
    ).toMatchObject({
      principalId,
      principalType: 'ServicePrincipal',
      scope: REGISTRY,
      roleDefinitionId: expect.stringMatching(
        new RegExp(`/${BUILT_IN_ROLES.AcrPull}$`),
      ),
    });
    expect(yaml.parse(outputs.serviceAccountManifest)).toEqual({
      apiVersion: 'v1',
      kind: 'ServiceAccount',
      metadata: {
        name: 'ledger',
        namespace: 'payments-api',
        annotations: { 'azure.workload.identity/client-id': clientId },
      },
    });

    emulator.admin.clearRequests();
    const rerun = actionContext(input());
    await action.handler(rerun);
    expect(armWrites(emulator)).toEqual([]);
    expect(outputsOf(rerun)).toEqual(outputs);
  });

  it('adopts the identity, credential and grant that exist as asked', async () => {
    const ctx = actionContext(
      input({
        identityName: 'id-payments-api',
        serviceAccountName: 'payments-api',
      }),
    );
    await action.handler(ctx);

    expect(armWrites(emulator)).toEqual([]);
    const id = identityId('id-payments-api');
    const [seededGrant] = emulator.admin
      .listResources('Microsoft.Authorization/roleAssignments')
      .filter(
        r =>
          (r.body as any).properties.principalId ===
          emulator.admin.getResource(id).properties.principalId,
      );
    expect(outputsOf(ctx)).toMatchObject({
      identityId: id,
      roleAssignmentId: seededGrant.id,
    });
  });

  it('tags an adopted identity that names no cluster, once', async () => {
    const id = identityId('id-untagged');
    await emulatorClients(emulator)
      .managedIdentities(PROD)
      .userAssignedIdentities.createOrUpdate(
        'rg-payments-prod',
        'id-untagged',
        {
          location: 'westeurope',
          tags: { team: 'payments' },
        },
      );
    emulator.admin.clearRequests();
    await action.handler(
      actionContext(
        input({
          identityName: 'id-untagged',
          roleDefinition: undefined,
          roleScope: undefined,
        }),
      ),
    );
    expect(emulator.admin.getResource(id).tags).toEqual({
      team: 'payments',
      'aks-cluster-id': CLUSTER.toLowerCase(),
    });
    expect(armWrites(emulator).map(r => r.operation)).toEqual([
      'UserAssignedIdentities_Update',
      'FederatedIdentityCredentials_CreateOrUpdate',
    ]);
  });

  it.each([
    [
      'an identity in another region',
      { identityName: 'id-payments-api', location: 'northeurope' },
      /location: wanted "northeurope", found "westeurope"/,
    ],
    [
      'a credential of that name for another service account',
      {
        identityName: 'id-payments-api',
        serviceAccountName: 'payments-api',
        namespace: 'orders',
      },
      /subject: wanted system:serviceaccount:orders:payments-api, found system:serviceaccount:payments-api:payments-api/,
    ],
    [
      "a credential that trusts another issuer than the cluster's",
      {
        identityName: 'id-payments-worker',
        serviceAccountName: 'payments-worker',
      },
      /trusts another service account or cluster: issuer: wanted https:\/\/westeurope\.oic/,
    ],
  ])('refuses %s, before any write', async (_what, change, message) => {
    await expect(
      action.handler(actionContext(input(change))),
    ).rejects.toMatchObject({
      name: 'ConflictError',
      message: expect.stringMatching(message),
    });
    expect(armWrites(emulator)).toEqual([]);
  });

  it('refuses a cluster with the OIDC issuer off unless the input confirms turning it on, then turns it on', async () => {
    const devCluster = `/subscriptions/${DEV}/resourceGroups/rg-dev/providers/Microsoft.ContainerService/managedClusters/aks-dev-free`;
    const dev = {
      subscriptionId: DEV,
      resourceGroup: 'rg-dev',
      clusterName: 'aks-dev-free',
      roleDefinition: undefined,
      roleScope: undefined,
    };
    await expect(
      action.handler(actionContext(input(dev))),
    ).rejects.toMatchObject({
      name: 'InputError',
      message: expect.stringContaining(
        'enableWorkloadIdentity: AKS cluster /subscriptions/6f1a2b3c-0000-4000-8000-000000000002/resourceGroups/rg-dev/providers/Microsoft.ContainerService/managedClusters/aks-dev-free has the OIDC issuer off',
      ),
    });
    expect(armRequests(emulator).map(r => r.operation)).toEqual([
      'ManagedClusters_Get',
    ]);

    const ctx = actionContext(input({ ...dev, enableWorkloadIdentity: true }));
    await action.handler(ctx);
    const cluster = emulator.admin.getResource(devCluster).properties;
    expect(cluster).toMatchObject({
      provisioningState: 'Succeeded',
      oidcIssuerProfile: {
        enabled: true,
        issuerURL: expect.stringMatching(/^https:\/\//),
      },
      securityProfile: { workloadIdentity: { enabled: true } },
    });
    expect(outputsOf(ctx).issuerUrl).toBe(cluster.oidcIssuerProfile.issuerURL);
    expect(
      emulator.admin.getResource(
        `${identityId(
          'id-payments-ledger',
          `/subscriptions/${DEV}/resourceGroups/rg-dev`,
        )}/federatedIdentityCredentials/ledger`,
      ).properties.issuer,
    ).toBe(cluster.oidcIssuerProfile.issuerURL);
    expect(
      emulator.admin.requests({ operation: 'ManagedClusters_CreateOrUpdate' }),
    ).toHaveLength(1);
  });

  it('writes nothing in a dry run, and says what it would do', async () => {
    const platform = {
      resourceGroup: 'rg-platform-prod',
      clusterName: 'aks-platform-lts',
      identityName: 'id-platform-dry',
      enableWorkloadIdentity: true,
      roleDefinition: 'Reader',
      roleScope: PAYMENTS,
    };
    const ctx = actionContext(input(platform), { isDryRun: true });
    await action.handler(ctx);

    expect(armWrites(emulator)).toEqual([]);
    const said = (ctx.logger.info as jest.Mock).mock.calls.map(c => c[0]);
    expect(said).toEqual([
      expect.stringMatching(
        /^Would turn on the OIDC issuer and workload identity of AKS cluster .*aks-platform-lts$/,
      ),
      expect.stringMatching(
        /^Would create Managed identity .*\/id-platform-dry in westeurope$/,
      ),
      'Would create Federated credential ledger of managed identity id-platform-dry for system:serviceaccount:payments-api:ledger',
      `Would grant Reader on ${PAYMENTS} for managed identity (to be created)`,
    ]);
    expect(ctx.output).not.toHaveBeenCalled();
  });
});
