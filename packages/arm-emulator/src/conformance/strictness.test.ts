import { armFetch, type ArmFetchResponse } from '../__testUtils__/armFetch';
import {
  armErrorProblems,
  lroHeaderProblems,
  operationStatusProblems,
} from '../__testUtils__/armContracts';
import { conformanceFixture } from '../__testUtils__/conformanceFixture';
import {
  api,
  cluster,
  userAssignedIdentity,
  type ApiKey,
} from '../__testUtils__/demo';
import {
  describeWithSpecs,
  SPEC_FILES,
  type SpecKey,
} from '../__testUtils__/specSchemas';
import {
  extensionPath,
  fluxPath,
} from '../__testUtils__/kubernetesConfiguration';

const GET = api(cluster('rg-payments-prod', 'aks-payments-prod'), 'aks');
const headers = { 'x-ms-request-id': 'r', 'x-ms-correlation-request-id': 'c' };
const answer = (
  status: number,
  body: unknown,
  extra: Record<string, string> = {},
): ArmFetchResponse => ({
  status,
  body,
  text: JSON.stringify(body),
  headers: { ...headers, ...extra },
});

/** The checks catch what they are for: each row breaks one rule in a real response. */
describeWithSpecs('strictness tests')('the checks can fail', () => {
  const fixture = conformanceFixture();
  let good: any;
  const validate = (body: unknown) => () =>
    fixture.validator.validate(
      SPEC_FILES.aks,
      'ManagedClusters_Get',
      200,
      body,
    );
  beforeAll(async () => {
    good = (await armFetch(fixture.emulator, 'GET', GET)).body;
  });

  it('accepts the response as served, with tags of any name', () => {
    expect(validate({ ...good, tags: { 'any-key': 'value' } })).not.toThrow();
  });

  it.each([
    [
      'a misspelt property',
      (b: any) => ({
        ...b,
        properties: { ...b.properties, provisioningStat: 'x' },
      }),
      /\/properties must NOT have unevaluated properties: "provisioningStat"/,
    ],
    [
      'an unknown top-level property',
      (b: any) => ({ ...b, extra: 1 }),
      /unevaluated properties: "extra"/,
    ],
    [
      'an unknown property in a pool',
      (b: any) => ({
        ...b,
        properties: {
          ...b.properties,
          agentPoolProfiles: [
            { ...b.properties.agentPoolProfiles[0], counts: 3 },
          ],
        },
      }),
      /agentPoolProfiles\/0 must NOT have unevaluated properties: "counts"/,
    ],
    [
      'a missing required property',
      ({ location: _, ...b }: any) => b,
      /required property 'location'/,
    ],
    [
      'a wrong type',
      (b: any) => ({ ...b, location: 5 }),
      /\/location must be string/,
    ],
    [
      'a secret in the response',
      (b: any) => ({
        ...b,
        properties: {
          ...b.properties,
          servicePrincipalProfile: { clientId: 'x', secret: 's' },
        },
      }),
      /servicePrincipalProfile\/secret is secret or write-only/,
    ],
  ])('rejects %s', (_what, breakIt, message) => {
    expect(validate(breakIt(good))).toThrow(message);
  });

  it('rejects an error without a code or message, and a status the spec does not declare', () => {
    expect(
      armErrorProblems(answer(404, { error: { message: 'gone' } }), 'GET'),
    ).toEqual(['error.code is missing or empty']);
    expect(
      armErrorProblems(
        answer(500, { error: { code: 'X', message: ' ' } }),
        'GET',
      ),
    ).toEqual(['error.message is missing or empty']);
    expect(() =>
      fixture.validator.validate(
        SPEC_FILES.aks,
        'ManagedClusters_Get',
        201,
        good,
      ),
    ).toThrow(/does not declare status 201/);
  });

  it('rejects a relative Location, a missing declared header and a bad Retry-After', () => {
    expect(
      lroHeaderProblems(
        fixture.emulator,
        answer(202, undefined, {
          location: '/operationresults/1?api-version=1',
          'retry-after': 'soon',
        }),
        ['Location', 'Azure-AsyncOperation'],
      ),
    ).toEqual([
      'header Azure-AsyncOperation is missing',
      "Location '/operationresults/1?api-version=1' is not an absolute URL",
      "Retry-After 'soon' is not a number of seconds",
    ]);
  });

  it('validates an identity against the spec of the api-version it was asked in', async () => {
    const path = userAssignedIdentity('rg-payments-prod', 'id-payments-api');
    const identity = (await armFetch(fixture.emulator, 'GET', api(path, 'msi')))
      .body;
    const against = (spec: 'msi' | 'msiLatest', body: unknown) => () =>
      fixture.validator.validate(
        SPEC_FILES[spec],
        'UserAssignedIdentities_Get',
        200,
        body,
      );
    const restricted = {
      ...identity,
      properties: {
        ...identity.properties,
        assignmentRestrictions: { providers: ['Microsoft.Compute'] },
      },
    };
    expect(against('msi', identity)).not.toThrow();
    expect(against('msiLatest', restricted)).not.toThrow();
    expect(against('msi', restricted)).toThrow(
      /unevaluated properties: "assignmentRestrictions"/,
    );
    expect(
      against('msiLatest', {
        ...identity,
        properties: { ...identity.properties, principalId: 'not-a-guid' },
      }),
    ).toThrow(/\/properties\/principalId must match format "uuid"/);
  });

  it('validates extensions and Flux configurations against the spec of their api-version, secrets never', async () => {
    const payments = cluster('rg-payments-prod', 'aks-payments-prod');
    const read = async (path: string, key: ApiKey) =>
      (await armFetch(fixture.emulator, 'GET', api(path, key))).body;
    const check = (spec: SpecKey, operation: string, body: unknown) => () =>
      fixture.validator.validate(SPEC_FILES[spec], operation, 200, body);
    const extension = await read(extensionPath(payments, 'flux'), 'extensions');
    const flux = await read(fluxPath(payments, 'payments-api'), 'flux');
    const withProvider = {
      ...flux,
      properties: {
        ...flux.properties,
        gitRepository: { ...flux.properties.gitRepository, provider: 'GitHub' },
      },
    };
    expect(check('extensions', 'Extensions_Get', extension)).not.toThrow();
    expect(
      check('fluxLatest', 'FluxConfigurations_Get', withProvider),
    ).not.toThrow();
    expect(check('flux', 'FluxConfigurations_Get', withProvider)).toThrow(
      /gitRepository must NOT have unevaluated properties: "provider"/,
    );
    expect(
      check('extensions', 'Extensions_Get', {
        ...extension,
        properties: {
          ...extension.properties,
          configurationProtectedSettings: { token: 't' },
        },
      }),
    ).toThrow(/configurationProtectedSettings is secret or write-only/);
    expect(
      check('flux', 'FluxConfigurations_Get', {
        ...flux,
        properties: { ...flux.properties, complianceState: 'Healthy' },
      }),
    ).toThrow(/complianceState must be equal to one of the allowed values/);
  });

  it('rejects an operation status that failed without an error', () => {
    expect(
      operationStatusProblems({ status: 'Failed', endTime: 'now' }),
    ).toEqual(['Failed without error.code', 'Failed without error.message']);
  });
});
