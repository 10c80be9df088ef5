import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { ArmEmulator, startArmEmulator } from '@aks-backstage/arm-emulator';
import request from 'supertest';
import { specErrors } from '../__testUtils__/specValidation';
import { armRequests, clusters, startAksTestBackend } from '../testUtils';

const SUB = clusters.healthy.subscriptionId;
const TEMPLATE =
  '/subscriptions/{subscriptionId}/locations/{location}/vm-sizes';
const auth = { Authorization: mockCredentials.user.header() };

describe(`GET ${TEMPLATE}`, () => {
  let emulator: ArmEmulator;
  let server: Awaited<ReturnType<typeof startAksTestBackend>>['server'];
  const sizesOf = (location: string, subscriptionId: string = SUB) =>
    request(server)
      .get(
        `/api/aks/subscriptions/${subscriptionId}/locations/${location}/vm-sizes`,
      )
      .set(auth);
  const skuReads = () =>
    emulator.admin.requests({ operation: 'ResourceSkus_List' }).length;

  beforeAll(async () => {
    emulator = await startArmEmulator({ lroDurationMs: 50 });
    ({ server } = await startAksTestBackend({
      emulator,
      aks: { cacheTtlSeconds: 600 },
    }));
  });
  afterAll(() => emulator.stop());
  beforeEach(() => {
    emulator.admin.reset();
    emulator.admin.clearRequests();
  });

  it("lists the region's sizes for AKS nodes through the compute SDK, as the spec says", async () => {
    const response = await sizesOf('westeurope');

    expect(response.status).toBe(200);
    expect(specErrors('get', TEMPLATE, 200, response.body)).toEqual([]);
    const names = response.body.items.map((s: { name: string }) => s.name);
    expect(names.indexOf('Standard_D2ds_v5')).toBeLessThan(
      names.indexOf('Standard_D16ds_v5'),
    );
    expect(names).not.toContain('Premium_LRS');
    expect(response.body.items).toContainEqual({
      name: 'Standard_D4ds_v5',
      family: 'standardDDSv5Family',
      vCPUs: 4,
      memoryGB: 16,
      architecture: 'x64',
      zones: ['1', '2', '3'],
    });
    expect(response.body.items).toContainEqual(
      expect.objectContaining({
        name: 'Standard_NC24ads_A100_v4',
        unavailable: 'NotAvailableForSubscription',
      }),
    );
    const [call] = armRequests(emulator).filter(
      r => r.operation === 'ResourceSkus_List',
    );
    expect(call.query).toContain("$filter=location eq 'westeurope'");
  });

  it('offers what each region offers', async () => {
    const names = async (location: string) =>
      (await sizesOf(location)).body.items.map((s: { name: string }) => s.name);

    expect(await names('westeurope')).toContain('Standard_D4ds_v6');
    expect(await names('northeurope')).not.toContain('Standard_D4ds_v6');
    expect(await names('northeurope')).toContain('Standard_D4ds_v5');
    const southAfrica = (await sizesOf('southafricanorth')).body.items;
    expect(southAfrica.map((s: { name: string }) => s.name)).not.toContain(
      'Standard_NC4as_T4_v3',
    );
    expect(southAfrica[0].zones).toEqual([]);
  });

  it('reads a region once through the cluster reads’ cache', async () => {
    await sizesOf('francecentral');
    await sizesOf('francecentral');
    await sizesOf('francecentral');

    expect(skuReads()).toBe(1);
  });

  it('refuses a location AKS does not offer, naming it, without reading sizes', async () => {
    const made = await sizesOf('atlantis1');
    const malformed = await sizesOf('West%20Europe');

    expect(made.status).toBe(400);
    expect(made.body.error.message).toBe(
      `Invalid location "atlantis1": AKS offers no managed clusters there to subscription ${SUB}`,
    );
    expect(malformed.status).toBe(400);
    expect(malformed.body.error.message).toMatch(/path parameter location/);
    expect(skuReads()).toBe(0);
  });

  it('refuses a subscription that is not configured, without calling Azure', async () => {
    const response = await sizesOf(
      'westeurope',
      '0b1f6471-1bf0-4dda-aec3-cb9272f09590',
    );

    expect(response.status).toBe(403);
    expect(armRequests(emulator)).toHaveLength(0);
  });

  it('says why when Azure refuses the credential the sizes', async () => {
    emulator.admin.addFault({
      kind: 'respond',
      status: 403,
      operation: 'ResourceSkus_List',
      body: {
        error: {
          code: 'AuthorizationFailed',
          message: `The client does not have authorization to perform action 'Microsoft.Compute/skus/read' over scope '/subscriptions/${SUB}'.`,
        },
      },
    });

    const response = await sizesOf('uksouth');

    expect(response.status).toBe(403);
    expect(response.body.error).toMatchObject({
      name: 'NotAllowedError',
      message: expect.stringMatching(/role assignment.*AuthorizationFailed/),
    });
  });

  it('answers 403 before any Azure call without aks.cluster.read granted outright', async () => {
    const denied = await startAksTestBackend({
      emulator,
      features: [
        mockServices.permissions.factory({ result: AuthorizeResult.DENY }),
      ],
    });

    const response = await request(denied.server)
      .get(`/api/aks/subscriptions/${SUB}/locations/westeurope/vm-sizes`)
      .set(auth);

    expect(response.status).toBe(403);
    expect(armRequests(emulator)).toHaveLength(0);
  });
});
