import type { ArmEmulator } from '../../types';
import { armFetch } from '../armFetch';
import { conformanceCase, type ConformanceCase } from '../conformanceCase';
import {
  api,
  federatedCredential,
  group,
  newFederatedCredential,
  sub,
  userAssignedIdentity,
} from '../demo';
import type { SpecKey } from '../specSchemas';

const RG = 'rg-payments-prod';
const WEST = { location: 'westeurope' };
const IDENTITIES = 'providers/Microsoft.ManagedIdentity/userAssignedIdentities';

/** Creates an identity and its credentials with the API, as a client would. */
export const identityWith =
  (name: string, credentials: string[] = []) =>
  async (emulator: ArmEmulator) => {
    await armFetch(
      emulator,
      'PUT',
      api(userAssignedIdentity(RG, name), 'msi'),
      {
        body: WEST,
      },
    );
    for (const credential of credentials)
      await armFetch(
        emulator,
        'PUT',
        api(federatedCredential(RG, name, credential), 'msi'),
        {
          body: newFederatedCredential(
            `system:serviceaccount:ns:${credential}`,
          ),
        },
      );
  };

/** Every case of one api-version, on resources of its own (names end in `suffix`). */
function casesFor(version: SpecKey, suffix: string): ConformanceCase[] {
  const at = (path: string) => api(path, version);
  const c = (
    operation: string,
    status: number,
    what: string,
    path: string,
    extra: Partial<ConformanceCase> = {},
  ) =>
    conformanceCase(operation, status, `${what} (${version})`, at(path), {
      ...extra,
      spec: version,
    });
  const identity = (name: string) =>
    userAssignedIdentity(RG, `${name}${suffix}`);
  const credentials = (name: string, credential = '') =>
    federatedCredential(RG, `${name}${suffix}`, credential);
  const named = (name: string, withCredentials: string[] = []) =>
    identityWith(`${name}${suffix}`, withCredentials);
  const crowded = async (emulator: ArmEmulator) => {
    await named('id-conf-crowded')(emulator);
    for (let i = 1; i <= 20; i++)
      emulator.admin.putResource(
        credentials('id-conf-crowded', `sa-${i}`),
        newFederatedCredential(`system:serviceaccount:ns:sa-${i}`),
      );
  };
  return [
    c(
      'UserAssignedIdentities_ListBySubscription',
      200,
      'the seeded identities',
      `${sub()}/${IDENTITIES}`,
    ),
    c(
      'UserAssignedIdentities_ListByResourceGroup',
      200,
      'the payments group',
      `${group(RG)}/${IDENTITIES}`,
    ),
    c(
      'UserAssignedIdentities_ListByResourceGroup',
      404,
      'a missing resource group',
      `${group('rg-missing')}/${IDENTITIES}`,
    ),
    c(
      'UserAssignedIdentities_Get',
      200,
      'a seeded identity',
      userAssignedIdentity(RG, 'id-payments-api'),
    ),
    c(
      'UserAssignedIdentities_Get',
      404,
      'a missing identity',
      identity('id-none'),
    ),
    c(
      'UserAssignedIdentities_CreateOrUpdate',
      201,
      'a new identity',
      identity('id-conf-new'),
      { body: { ...WEST, tags: { team: 'payments' } } },
    ),
    c(
      'UserAssignedIdentities_CreateOrUpdate',
      200,
      'an existing identity',
      identity('id-conf-again'),
      {
        body: { ...WEST, properties: { isolationScope: 'Regional' } },
        setup: named('id-conf-again'),
      },
    ),
    c(
      'UserAssignedIdentities_CreateOrUpdate',
      400,
      'no location',
      identity('id-conf-bad'),
      { body: { tags: {} } },
    ),
    c(
      'UserAssignedIdentities_CreateOrUpdate',
      400,
      'a name too short',
      userAssignedIdentity(RG, 'x'),
      { body: WEST },
    ),
    c(
      'UserAssignedIdentities_CreateOrUpdate',
      400,
      'an unknown isolation scope',
      identity('id-conf-bad'),
      { body: { ...WEST, properties: { isolationScope: 'Global' } } },
    ),
    c(
      'UserAssignedIdentities_CreateOrUpdate',
      400,
      'another location for an existing identity',
      identity('id-conf-moved'),
      { body: { location: 'northeurope' }, setup: named('id-conf-moved') },
    ),
    c(
      'UserAssignedIdentities_CreateOrUpdate',
      404,
      'a missing resource group',
      userAssignedIdentity('rg-missing', 'id-conf-bad'),
      { body: WEST },
    ),
    c(
      'UserAssignedIdentities_Update',
      200,
      'new tags',
      identity('id-conf-patch'),
      { body: { tags: { step: 'patched' } }, setup: named('id-conf-patch') },
    ),
    c(
      'UserAssignedIdentities_Update',
      400,
      'another location',
      identity('id-conf-patch'),
      { body: { location: 'northeurope' }, setup: named('id-conf-patch') },
    ),
    c(
      'UserAssignedIdentities_Update',
      404,
      'a missing identity',
      identity('id-none'),
      {
        body: { tags: {} },
      },
    ),
    c(
      'UserAssignedIdentities_Delete',
      200,
      'an identity with a credential',
      identity('id-conf-gone'),
      { setup: named('id-conf-gone', ['web']) },
    ),
    c(
      'UserAssignedIdentities_Delete',
      204,
      'a missing identity',
      identity('id-none'),
    ),
    c(
      'UserAssignedIdentities_Delete',
      404,
      'a missing resource group',
      userAssignedIdentity('rg-missing', 'id-none'),
    ),
    c(
      'FederatedIdentityCredentials_List',
      200,
      'the seeded credential',
      federatedCredential(RG, 'id-payments-api'),
    ),
    c(
      'FederatedIdentityCredentials_List',
      200,
      'a first page of $top 1',
      `${credentials('id-conf-paged')}?$top=1`,
      { setup: named('id-conf-paged', ['web', 'jobs']) },
    ),
    c(
      'FederatedIdentityCredentials_List',
      400,
      'a $top of 0',
      `${federatedCredential(RG, 'id-payments-api')}?$top=0`,
    ),
    c(
      'FederatedIdentityCredentials_List',
      404,
      'a missing identity',
      credentials('id-none'),
    ),
    c(
      'FederatedIdentityCredentials_Get',
      200,
      'a seeded credential',
      federatedCredential(RG, 'id-payments-api', 'payments-api'),
    ),
    c(
      'FederatedIdentityCredentials_Get',
      404,
      'a missing credential',
      federatedCredential(RG, 'id-payments-api', 'none'),
    ),
    c(
      'FederatedIdentityCredentials_CreateOrUpdate',
      201,
      'a new credential',
      credentials('id-conf-fic', 'web'),
      {
        body: newFederatedCredential('system:serviceaccount:ns:web'),
        setup: named('id-conf-fic'),
      },
    ),
    c(
      'FederatedIdentityCredentials_CreateOrUpdate',
      200,
      'a new subject for an existing credential',
      credentials('id-conf-fic-again', 'web'),
      {
        body: newFederatedCredential('system:serviceaccount:ns:web-v2'),
        setup: named('id-conf-fic-again', ['web']),
      },
    ),
    ...[
      ['an invalid name', '-x', newFederatedCredential('s')],
      [
        'no issuer',
        'no-issuer',
        { properties: { subject: 's', audiences: ['a'] } },
      ],
      [
        'an issuer that is no URI',
        'bad-issuer',
        newFederatedCredential('s', 'x'),
      ],
      [
        'two audiences',
        'two-audiences',
        {
          properties: {
            ...newFederatedCredential('s').properties,
            audiences: ['a', 'b'],
          },
        },
      ],
    ].map(([what, name, body]) =>
      c(
        'FederatedIdentityCredentials_CreateOrUpdate',
        400,
        what as string,
        federatedCredential(RG, 'id-payments-api', name as string),
        { body },
      ),
    ),
    c(
      'FederatedIdentityCredentials_CreateOrUpdate',
      404,
      'a missing identity',
      credentials('id-none', 'web'),
      { body: newFederatedCredential('s') },
    ),
    c(
      'FederatedIdentityCredentials_CreateOrUpdate',
      409,
      'the issuer and subject of another credential',
      credentials('id-conf-twin', 'twin'),
      {
        body: newFederatedCredential('system:serviceaccount:ns:web'),
        setup: named('id-conf-twin', ['web']),
      },
    ),
    c(
      'FederatedIdentityCredentials_CreateOrUpdate',
      409,
      'a 21st credential',
      credentials('id-conf-crowded', 'sa-21'),
      { body: newFederatedCredential('sa-21'), setup: crowded },
    ),
    c(
      'FederatedIdentityCredentials_Delete',
      200,
      'a credential',
      credentials('id-conf-fic-gone', 'web'),
      { setup: named('id-conf-fic-gone', ['web']) },
    ),
    c(
      'FederatedIdentityCredentials_Delete',
      204,
      'a missing credential',
      federatedCredential(RG, 'id-payments-api', 'none'),
    ),
    c(
      'FederatedIdentityCredentials_Delete',
      404,
      'a missing identity',
      credentials('id-none', 'web'),
    ),
  ];
}

/** userAssignedIdentities and federatedIdentityCredentials, in the version the SDK sends and the newest. */
export const MANAGED_IDENTITY_CASES: ConformanceCase[] = [
  ...casesFor('msi', ''),
  ...casesFor('msiLatest', '-latest'),
  conformanceCase(
    'UserAssignedIdentities_CreateOrUpdate',
    201,
    'assignment restrictions (msiLatest)',
    api(userAssignedIdentity(RG, 'id-conf-restricted'), 'msiLatest'),
    {
      body: {
        ...WEST,
        properties: {
          assignmentRestrictions: { providers: ['Microsoft.ContainerService'] },
        },
      },
      spec: 'msiLatest',
    },
  ),
];
