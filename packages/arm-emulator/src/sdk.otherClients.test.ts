import { ContainerRegistryManagementClient } from '@azure/arm-containerregistry';
import { ContainerInstanceManagementClient } from '@azure/arm-containerinstance';
import { AuthorizationManagementClient } from '@azure/arm-authorization';
import { ContainerServiceClient } from '@azure/arm-containerservice';
import { startArmEmulator } from './startArmEmulator';
import type { ArmEmulator } from './types';
import { DEMO_IDS } from './seeds/demoIds';
import { armFetch } from './__testUtils__/armFetch';
import {
  clientOptions,
  credentialFor,
  FAST_POLL,
  trustingAgent,
} from './__testUtils__/sdkSetup';

const PROD = DEMO_IDS.productionSubscriptionId;

describe('ACR, ACI, Authorization SDKs and Entra against the emulator', () => {
  let emulator: ArmEmulator;
  let agent: ReturnType<typeof trustingAgent>;

  beforeAll(async () => {
    emulator = await startArmEmulator();
    agent = trustingAgent(emulator);
  });
  afterAll(() => emulator.stop());

  it('runs registry operations with @azure/arm-containerregistry', async () => {
    const acr = new ContainerRegistryManagementClient(
      credentialFor(emulator, agent),
      PROD,
      clientOptions(emulator, agent),
    );
    expect(
      await acr.registries.checkNameAvailability({
        name: 'acrcontosoprod',
        type: 'Microsoft.ContainerRegistry/registries',
      }),
    ).toEqual(
      expect.objectContaining({
        nameAvailable: false,
        reason: 'AlreadyExists',
      }),
    );
    const created = await acr.registries.beginCreateAndWait(
      'rg-payments-prod',
      'acrpayments',
      { location: 'westeurope', sku: { name: 'Standard' } },
      FAST_POLL,
    );
    expect(created.loginServer).toBe('acrpayments.azurecr.io');
    expect(created.provisioningState).toBe('Succeeded');
    const names: string[] = [];
    for await (const r of acr.registries.list()) names.push(r.name!);
    expect(names.sort()).toEqual(['acrcontosoprod', 'acrpayments']);
    for await (const r of acr.registries.listByResourceGroup(
      'rg-platform-prod',
    ))
      expect(r.name).toBe('acrcontosoprod');
    await acr.registries.beginDeleteAndWait(
      'rg-payments-prod',
      'acrpayments',
      FAST_POLL,
    );
    await expect(
      acr.registries.get('rg-payments-prod', 'acrpayments'),
    ).rejects.toMatchObject({ statusCode: 404, code: 'ResourceNotFound' });
  });

  it('runs container group operations with @azure/arm-containerinstance', async () => {
    const aci = new ContainerInstanceManagementClient(
      credentialFor(emulator, agent),
      PROD,
      clientOptions(emulator, agent),
    );
    const group = await aci.containerGroups.beginCreateOrUpdateAndWait(
      'rg-payments-prod',
      'cg-web',
      {
        location: 'westeurope',
        osType: 'Linux',
        containers: [
          {
            name: 'web',
            image: 'nginx',
            resources: { requests: { cpu: 1, memoryInGB: 1 } },
          },
        ],
      },
      FAST_POLL,
    );
    expect(group.provisioningState).toBe('Succeeded');
    expect(
      (await aci.containerGroups.get('rg-payments-prod', 'cg-web'))
        .containers[0].image,
    ).toBe('nginx');
    const names: string[] = [];
    for await (const g of aci.containerGroups.list()) names.push(g.name!);
    for await (const g of aci.containerGroups.listByResourceGroup(
      'rg-payments-prod',
    ))
      names.push(g.name!);
    expect(names).toEqual(['cg-web', 'cg-web']);
    await aci.containerGroups.beginDeleteAndWait(
      'rg-payments-prod',
      'cg-web',
      FAST_POLL,
    );
    await expect(
      aci.containerGroups.get('rg-payments-prod', 'cg-web'),
    ).rejects.toMatchObject({ statusCode: 404 });
  });

  it('manages role assignments with @azure/arm-authorization, attaching ACR to a kubelet identity', async () => {
    const auth = new AuthorizationManagementClient(
      credentialFor(emulator, agent),
      PROD,
      clientOptions(emulator, agent),
    );
    const aks = new ContainerServiceClient(
      credentialFor(emulator, agent),
      PROD,
      clientOptions(emulator, agent),
    );
    const kubelet = (
      await aks.managedClusters.get('rg-platform-prod', 'aks-platform-lts')
    ).identityProfile!.kubeletidentity!;
    const scope = `/subscriptions/${PROD}/resourceGroups/rg-platform-prod/providers/Microsoft.ContainerRegistry/registries/acrcontosoprod`;
    const acrPull = `/subscriptions/${PROD}/providers/Microsoft.Authorization/roleDefinitions/7f951dda-4ed3-4680-a7ca-43fe172d538d`;
    const name = '0d6b2c4e-1111-4222-8333-444455556666';
    const created = await auth.roleAssignments.create(scope, name, {
      roleDefinitionId: acrPull,
      principalId: kubelet.objectId!,
      principalType: 'ServicePrincipal',
    });
    expect(created.scope).toBe(scope);
    await expect(
      auth.roleAssignments.create(
        scope,
        '0d6b2c4e-1111-4222-8333-444455557777',
        { roleDefinitionId: acrPull, principalId: kubelet.objectId! },
      ),
    ).rejects.toMatchObject({ statusCode: 409, code: 'RoleAssignmentExists' });
    expect((await auth.roleAssignments.get(scope, name)).principalId).toBe(
      kubelet.objectId,
    );
    const listed: string[] = [];
    for await (const ra of auth.roleAssignments.listForScope(scope, {
      filter: `principalId eq '${kubelet.objectId}'`,
    }))
      listed.push(ra.name!);
    expect(listed).toEqual([name]);
    await auth.roleAssignments.delete(scope, name);
    await expect(auth.roleAssignments.get(scope, name)).rejects.toMatchObject({
      statusCode: 404,
      code: 'RoleAssignmentNotFound',
    });
  });

  it('rejects a wrong secret with AADSTS7000215, a missing token with 401 and a principal without roles with 403', async () => {
    const wrong = credentialFor(
      emulator,
      agent,
      emulator.clientId,
      'not-the-secret',
    );
    await expect(
      wrong.getToken('https://management.azure.com/.default'),
    ).rejects.toThrow(/AADSTS7000215/);

    const noToken = await armFetch(
      emulator,
      'GET',
      `/subscriptions/${PROD}/providers/Microsoft.ContainerService/managedClusters?api-version=2026-06-01`,
      { token: null },
    );
    expect(noToken.status).toBe(401);
    expect(noToken.body.error.code).toBe('AuthenticationFailed');
    expect(noToken.headers['www-authenticate']).toMatch(
      /^Bearer authorization_uri=/,
    );
    const badToken = await armFetch(
      emulator,
      'GET',
      `/subscriptions/${PROD}/providers/Microsoft.ContainerService/managedClusters?api-version=2026-06-01`,
      { token: 'a.b.c' },
    );
    expect(badToken.body.error.code).toBe('InvalidAuthenticationToken');

    const noRole = new ContainerServiceClient(
      credentialFor(
        emulator,
        agent,
        DEMO_IDS.noRoleClientId,
        DEMO_IDS.noRoleClientSecret,
      ),
      PROD,
      clientOptions(emulator, agent),
    );
    const error = await noRole.managedClusters
      .get('rg-payments-prod', 'aks-payments-prod')
      .catch(e => e);
    expect({ statusCode: error.statusCode, code: error.code }).toEqual({
      statusCode: 403,
      code: 'AuthorizationFailed',
    });
    expect(error.message).toContain(`The client '${DEMO_IDS.noRoleClientId}'`);
    expect(error.message).toContain("over scope '/subscriptions/");
  });

  it('answers api-version and routing errors the way ARM does', async () => {
    const base = `/subscriptions/${PROD}/providers/Microsoft.ContainerService/managedClusters`;
    expect((await armFetch(emulator, 'GET', base)).body.error.code).toBe(
      'MissingApiVersionParameter',
    );
    expect(
      (await armFetch(emulator, 'GET', `${base}?api-version=2016-01-01`)).body
        .error.code,
    ).toBe('InvalidApiVersionParameter');
    expect(
      (
        await armFetch(
          emulator,
          'GET',
          `/subscriptions/${PROD}/providers/Microsoft.Nope/things?api-version=1`,
        )
      ).body.error.code,
    ).toBe('InvalidResourceNamespace');
    expect(
      (
        await armFetch(
          emulator,
          'GET',
          `/subscriptions/${PROD}/providers/Microsoft.Network/virtualNetworks?api-version=1`,
        )
      ).body.error.code,
    ).toBe('NoRegisteredProviderFound');
    const unknown = await armFetch(
      emulator,
      'GET',
      '/nothing/here?api-version=1',
    );
    expect(unknown.status).toBe(404);
    const bad = await armFetch(
      emulator,
      'PUT',
      `/subscriptions/${PROD}/resourceGroups/rg-payments-prod/providers/Microsoft.ContainerService/managedClusters/x?api-version=2026-06-01`,
      { body: '{nope' },
    );
    expect(bad.body.error.code).toBe('InvalidRequestContent');
    const typed = await armFetch(
      emulator,
      'PUT',
      `/subscriptions/${PROD}/resourceGroups/rg-payments-prod/providers/Microsoft.ContainerService/managedClusters/x?api-version=2026-06-01`,
      {
        body: {
          location: 'westeurope',
          properties: { agentPoolProfiles: [{ name: 'a', count: 'three' }] },
        },
      },
    );
    expect(typed.body.error).toEqual(
      expect.objectContaining({
        code: 'InvalidRequestContent',
        target: 'properties.agentPoolProfiles[0].count',
      }),
    );
  });
});
