import { ManagedServiceIdentityClient } from '@azure/arm-msi';
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
const DEV = DEMO_IDS.developmentSubscriptionId;
const RG = 'rg-payments-prod';
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const ISSUER =
  /^https:\/\/westeurope\.oic\.prod-aks\.azure\.com\/5b6c7d8e-0000-4000-8000-00000000000a\/[0-9a-f-]{36}\/$/;
const READER = `/subscriptions/${PROD}/providers/Microsoft.Authorization/roleDefinitions/acdd72a7-3385-48ef-bd42-f606fba81ae7`;
const credential = (subject: string, issuer = 'https://issuer.example/') => ({
  issuer,
  subject,
  audiences: ['api://AzureADTokenExchange'],
});

/** What an SDK call failed with: status, ARM code, the field the error names (classic clients) and the message. */
const failure = (call: Promise<unknown>) =>
  call.then(
    () => 'succeeded',
    (e: any) => ({
      statusCode: e.statusCode,
      code: e.code,
      ...(e.details?.error?.target ? { target: e.details.error.target } : {}),
      message: e.message,
    }),
  );

async function all<T>(pages: AsyncIterable<T>): Promise<T[]> {
  const items: T[] = [];
  for await (const item of pages) items.push(item);
  return items;
}

describe('@azure/arm-msi, role assignments and workload identity against the emulator', () => {
  let emulator: ArmEmulator;
  let msi: ManagedServiceIdentityClient;
  let auth: AuthorizationManagementClient;
  let aks: ContainerServiceClient;
  let aksDev: ContainerServiceClient;

  beforeAll(async () => {
    emulator = await startArmEmulator({ pageSize: 2, lroDurationMs: 20 });
    const agent = trustingAgent(emulator);
    const signIn = credentialFor(emulator, agent);
    const options = clientOptions(emulator, agent);
    msi = new ManagedServiceIdentityClient(signIn, PROD, options);
    auth = new AuthorizationManagementClient(signIn, PROD, options);
    aks = new ContainerServiceClient(signIn, PROD, options);
    aksDev = new ContainerServiceClient(signIn, DEV, options);
  });
  afterAll(() => emulator.stop());

  it('serves the seeded identities, one trusted by the cluster issuer and one by an old issuer', async () => {
    const cluster = await aks.managedClusters.get(RG, 'aks-payments-prod');
    const api = await msi.userAssignedIdentities.get(RG, 'id-payments-api');
    expect(api).toMatchObject({
      location: 'westeurope',
      tags: { 'aks-cluster-id': cluster.id!.toLowerCase() },
      tenantId: emulator.tenantId,
      principalId: expect.stringMatching(GUID),
      clientId: expect.stringMatching(GUID),
      isolationScope: 'None',
    });
    expect(
      await msi.federatedIdentityCredentials.get(
        RG,
        'id-payments-api',
        'payments-api',
      ),
    ).toMatchObject({
      issuer: cluster.oidcIssuerProfile!.issuerURL,
      subject: 'system:serviceaccount:payments-api:payments-api',
      audiences: ['api://AzureADTokenExchange'],
    });
    const [worker] = await all(
      msi.federatedIdentityCredentials.list(RG, 'id-payments-worker'),
    );
    expect(worker.subject).toBe(
      'system:serviceaccount:payments-api:payments-worker',
    );
    expect(worker.issuer).toMatch(ISSUER);
    expect(worker.issuer).not.toBe(cluster.oidcIssuerProfile!.issuerURL);
    const listed = await all(msi.userAssignedIdentities.listBySubscription());
    expect(listed.map(i => i.name).sort()).toEqual([
      'id-payments-api',
      'id-payments-worker',
    ]);
  });

  it('creates, updates, lists and deletes an identity and its credentials', async () => {
    const created = await msi.userAssignedIdentities.createOrUpdate(
      RG,
      'id-lifecycle',
      { location: 'West Europe', tags: { team: 'payments' } },
    );
    expect(created).toMatchObject({
      location: 'westeurope',
      principalId: expect.stringMatching(GUID),
      clientId: expect.stringMatching(GUID),
    });
    const again = await msi.userAssignedIdentities.createOrUpdate(
      RG,
      'id-lifecycle',
      { location: 'westeurope', isolationScope: 'Regional' },
    );
    expect(again).toMatchObject({
      principalId: created.principalId,
      clientId: created.clientId,
      isolationScope: 'Regional',
    });
    expect(again.tags).toBeUndefined();
    const patched = await msi.userAssignedIdentities.update(
      RG,
      'id-lifecycle',
      { tags: { team: 'platform' } },
    );
    expect(patched).toMatchObject({
      tags: { team: 'platform' },
      isolationScope: 'Regional',
      principalId: created.principalId,
    });
    expect(
      (await all(msi.userAssignedIdentities.listByResourceGroup(RG))).length,
    ).toBe(3);

    for (const name of ['web', 'jobs', 'cron'])
      await msi.federatedIdentityCredentials.createOrUpdate(
        RG,
        'id-lifecycle',
        name,
        credential(`system:serviceaccount:shop:${name}`),
      );
    const updated = await msi.federatedIdentityCredentials.createOrUpdate(
      RG,
      'id-lifecycle',
      'web',
      credential('system:serviceaccount:shop:web-v2'),
    );
    expect(updated.subject).toBe('system:serviceaccount:shop:web-v2');
    emulator.admin.clearRequests();
    const credentials = await all(
      msi.federatedIdentityCredentials.list(RG, 'id-lifecycle', { top: 1 }),
    );
    expect(credentials.map(c => c.name)).toEqual(['web', 'jobs', 'cron']);
    expect(
      emulator.admin.requests({
        operation: 'FederatedIdentityCredentials_List',
      }).length,
    ).toBe(3);

    await msi.federatedIdentityCredentials.delete(RG, 'id-lifecycle', 'cron');
    await msi.federatedIdentityCredentials.delete(RG, 'id-lifecycle', 'cron');
    expect(
      await failure(
        msi.federatedIdentityCredentials.get(RG, 'id-lifecycle', 'cron'),
      ),
    ).toMatchObject({ statusCode: 404, code: 'ResourceNotFound' });

    await msi.userAssignedIdentities.delete(RG, 'id-lifecycle');
    await msi.userAssignedIdentities.delete(RG, 'id-lifecycle');
    await msi.userAssignedIdentities.createOrUpdate(RG, 'id-lifecycle', {
      location: 'westeurope',
    });
    expect(
      await all(msi.federatedIdentityCredentials.list(RG, 'id-lifecycle')),
    ).toEqual([]);
    expect(
      await failure(msi.userAssignedIdentities.get(RG, 'id-missing')),
    ).toMatchObject({ statusCode: 404, code: 'ResourceNotFound' });
    expect(
      await failure(msi.userAssignedIdentities.get('rg-missing', 'id-x')),
    ).toMatchObject({ statusCode: 404, code: 'ResourceGroupNotFound' });
  });

  it('refuses invalid identities and credentials with a 400 naming the field', async () => {
    const identity = (name: string, body: object) =>
      failure(msi.userAssignedIdentities.createOrUpdate(RG, name, body as any));
    const fic = (name: string, body: object, on = 'id-payments-api') =>
      failure(
        msi.federatedIdentityCredentials.createOrUpdate(RG, on, name, body),
      );
    const nowhere = await armFetch(
      emulator,
      'PUT',
      `/subscriptions/${PROD}/resourceGroups/${RG}/providers/Microsoft.ManagedIdentity/userAssignedIdentities/id-nowhere?api-version=2024-11-30`,
      { body: { tags: {} } },
    );
    expect(nowhere.body.error).toMatchObject({
      code: 'LocationRequired',
      target: 'location',
    });
    expect([
      await identity('x', { location: 'westeurope' }),
      await identity('id-bad-scope', {
        location: 'westeurope',
        isolationScope: 'Global',
      }),
      await fic('-bad', credential('s')),
      await fic('no-issuer', { subject: 's', audiences: ['a'] }),
      await fic('bad-issuer', credential('s', 'not a uri')),
      await fic('no-subject', {
        issuer: 'https://i.example/',
        audiences: ['a'],
      }),
      await fic('no-audience', { ...credential('s'), audiences: [] }),
      await fic('two-audiences', { ...credential('s'), audiences: ['a', 'b'] }),
    ]).toMatchObject([
      { statusCode: 400, code: 'InvalidResourceName', target: 'resourceName' },
      {
        statusCode: 400,
        code: 'InvalidParameter',
        target: 'properties.isolationScope',
      },
      {
        statusCode: 400,
        code: 'InvalidResourceName',
        target: 'federatedIdentityCredentialResourceName',
      },
      { statusCode: 400, code: 'BadRequest', target: 'properties.issuer' },
      { statusCode: 400, code: 'BadRequest', target: 'properties.issuer' },
      { statusCode: 400, code: 'BadRequest', target: 'properties.subject' },
      { statusCode: 400, code: 'BadRequest', target: 'properties.audiences' },
      {
        statusCode: 400,
        code: 'InvalidFederatedIdentityCredentialsAudienceLength',
        target: 'properties.audiences',
      },
    ]);
    expect(
      await fic('on-nothing', credential('s'), 'id-missing'),
    ).toMatchObject({ statusCode: 404, code: 'ResourceNotFound' });
  });

  it('refuses a second credential for the same issuer and subject, and a 21st', async () => {
    await msi.userAssignedIdentities.createOrUpdate(RG, 'id-crowded', {
      location: 'westeurope',
    });
    const put = (name: string, subject: string) =>
      msi.federatedIdentityCredentials.createOrUpdate(
        RG,
        'id-crowded',
        name,
        credential(subject),
      );
    for (let i = 1; i <= 20; i++) await put(`sa-${i}`, `sa-${i}`);
    expect(await failure(put('twin', 'sa-1'))).toMatchObject({
      statusCode: 409,
      code: 'FederatedIdentityCredentialAlreadyExists',
    });
    expect(await failure(put('sa-21', 'sa-21'))).toMatchObject({
      statusCode: 409,
      code: 'FederatedIdentityCredentialsLimitExceeded',
    });
    expect((await put('sa-20', 'sa-20-renamed')).subject).toBe('sa-20-renamed');
  });

  it('lists the role assignments of an identity by principalId, including new ones', async () => {
    const api = await msi.userAssignedIdentities.get(RG, 'id-payments-api');
    const scope = `/subscriptions/${PROD}/resourceGroups/${RG}`;
    await auth.roleAssignments.create(
      scope,
      '3c1d2e4f-0000-4000-8000-000000000001',
      {
        roleDefinitionId: READER,
        principalId: api.principalId!,
        principalType: 'ServicePrincipal',
      },
    );
    expect(
      await failure(
        auth.roleAssignments.create(
          scope,
          '3c1d2e4f-0000-4000-8000-000000000002',
          {
            roleDefinitionId: READER,
            principalId: api.principalId!,
            principalType: 'User',
          },
        ),
      ),
    ).toMatchObject({ statusCode: 400, code: 'UnmatchedPrincipalType' });
    const forApi = await all(
      auth.roleAssignments.listForSubscription({
        filter: `principalId eq '${api.principalId}'`,
      }),
    );
    expect(
      forApi.map(a => [a.scope, a.roleDefinitionId?.split('/').pop()]).sort(),
    ).toEqual([
      [scope, 'acdd72a7-3385-48ef-bd42-f606fba81ae7'],
      [
        `/subscriptions/${PROD}/resourceGroups/rg-platform-prod/providers/Microsoft.ContainerRegistry/registries/acrcontosoprod`,
        '7f951dda-4ed3-4680-a7ca-43fe172d538d',
      ],
    ]);
    const worker = await msi.userAssignedIdentities.get(
      RG,
      'id-payments-worker',
    );
    expect(
      await all(
        auth.roleAssignments.listForSubscription({
          filter: `principalId eq '${worker.principalId}'`,
        }),
      ),
    ).toEqual([]);
    const atGroup = await all(
      auth.roleAssignments.listForScope(scope, { filter: 'atScope()' }),
    );
    expect(atGroup.every(a => scope.startsWith(a.scope!))).toBe(true);
    expect(atGroup.map(a => a.principalId)).toContain(api.principalId);
  });

  it('answers the newest api-version with assignment restrictions, which 2024-11-30 leaves out', async () => {
    const path = `/subscriptions/${PROD}/resourceGroups/${RG}/providers/Microsoft.ManagedIdentity/userAssignedIdentities/id-restricted`;
    const body = {
      location: 'westeurope',
      properties: {
        assignmentRestrictions: { providers: ['Microsoft.ContainerService'] },
      },
    };
    const created = await armFetch(
      emulator,
      'PUT',
      `${path}?api-version=2026-05-31`,
      { body },
    );
    expect(created.status).toBe(201);
    expect(created.body.properties.assignmentRestrictions).toEqual(
      body.properties.assignmentRestrictions,
    );
    const old = await msi.userAssignedIdentities.get(RG, 'id-restricted');
    expect(Object.keys(old)).not.toContain('assignmentRestrictions');
    expect(
      (await armFetch(emulator, 'GET', `${path}?api-version=2023-01-31`)).body
        .error.code,
    ).toBe('InvalidApiVersionParameter');
  });

  it('assigns the OIDC issuer URL and keeps workload identity to clusters with the issuer', async () => {
    const payments = await aks.managedClusters.get(RG, 'aks-payments-prod');
    expect(payments.oidcIssuerProfile).toEqual({
      enabled: true,
      issuerURL: expect.stringMatching(ISSUER),
    });
    expect(payments.securityProfile?.workloadIdentity?.enabled).toBe(true);
    const free = await aksDev.managedClusters.get('rg-dev', 'aks-dev-free');
    expect(free.oidcIssuerProfile).toEqual({ enabled: false });
    expect(free.securityProfile?.workloadIdentity?.enabled).toBe(true);

    const kept = await aks.managedClusters.createOrUpdate(
      RG,
      'aks-payments-prod',
      { ...payments, tags: { ...payments.tags, step: 'full-body update' } },
      FAST_POLL,
    );
    expect(kept.oidcIssuerProfile).toEqual(payments.oidcIssuerProfile);
    expect(
      await failure(
        aks.managedClusters
          .createOrUpdate(
            RG,
            'aks-payments-prod',
            { ...kept, oidcIssuerProfile: { enabled: false } },
            FAST_POLL,
          )
          .pollUntilDone(),
      ),
    ).toMatchObject({
      statusCode: 400,
      code: 'OIDCIssuerFeatureCannotBeDisabled',
    });
    const stillFree = await aksDev.managedClusters.createOrUpdate(
      'rg-dev',
      'aks-dev-free',
      { ...free, tags: { ...free.tags, step: 'unchanged identity' } },
      FAST_POLL,
    );
    expect(stillFree.securityProfile?.workloadIdentity?.enabled).toBe(true);
    const fixed = await aksDev.managedClusters.createOrUpdate(
      'rg-dev',
      'aks-dev-free',
      { ...stillFree, oidcIssuerProfile: { enabled: true } },
      FAST_POLL,
    );
    expect(fixed.oidcIssuerProfile?.issuerURL).toMatch(
      /^https:\/\/northeurope\.oic\.prod-aks\.azure\.com\//,
    );
  });

  it('refuses workload identity on a cluster without the OIDC issuer', async () => {
    const body = {
      location: 'westeurope',
      kubernetesVersion: '1.34.3',
      dnsPrefix: 'aks-wi',
      agentPoolProfiles: [
        {
          name: 'system',
          mode: 'System' as const,
          count: 1,
          vmSize: 'Standard_D2ds_v5',
        },
      ],
    };
    const workloadIdentity = { workloadIdentity: { enabled: true } };
    expect(
      await failure(
        aks.managedClusters
          .createOrUpdate(
            RG,
            'aks-wi',
            { ...body, securityProfile: workloadIdentity },
            FAST_POLL,
          )
          .pollUntilDone(),
      ),
    ).toMatchObject({
      statusCode: 400,
      code: 'InvalidParameter',
      message: expect.stringContaining('OIDC issuer'),
    });
    const plain = await aks.managedClusters.createOrUpdate(
      RG,
      'aks-wi',
      body,
      FAST_POLL,
    );
    expect(plain.oidcIssuerProfile).toEqual({ enabled: false });
    expect(
      await failure(
        aks.managedClusters
          .createOrUpdate(
            RG,
            'aks-wi',
            { ...plain, securityProfile: workloadIdentity },
            FAST_POLL,
          )
          .pollUntilDone(),
      ),
    ).toMatchObject({ statusCode: 400, code: 'InvalidParameter' });
    const enabled = await aks.managedClusters.createOrUpdate(
      RG,
      'aks-wi',
      {
        ...plain,
        oidcIssuerProfile: { enabled: true },
        securityProfile: workloadIdentity,
      },
      FAST_POLL,
    );
    expect(enabled.oidcIssuerProfile?.issuerURL).toMatch(ISSUER);
    expect(enabled.securityProfile?.workloadIdentity?.enabled).toBe(true);
    const newest = await aks.managedClusters.createOrUpdate(
      RG,
      'aks-wi-135',
      { ...body, dnsPrefix: 'aks-wi-135', kubernetesVersion: '1.35.2' },
      FAST_POLL,
    );
    expect(newest.oidcIssuerProfile?.enabled).toBe(true);
  });
});
