import { armFetch, type ArmFetchResponse } from '../__testUtils__/armFetch';
import {
  armErrorProblems,
  lroHeaderProblems,
  operationStatusProblems,
} from '../__testUtils__/armContracts';
import { conformanceFixture } from '../__testUtils__/conformanceFixture';
import { api, cluster } from '../__testUtils__/demo';
import { describeWithSpecs, SPEC_FILES } from '../__testUtils__/specSchemas';

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

  it('rejects an operation status that failed without an error', () => {
    expect(
      operationStatusProblems({ status: 'Failed', endTime: 'now' }),
    ).toEqual(['Failed without error.code', 'Failed without error.message']);
  });
});
