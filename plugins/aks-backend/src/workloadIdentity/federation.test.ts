import type { ReadIdentity } from './armIdentities';
import { federatedToCluster, serviceAccountOf } from './federation';

const CLUSTER_ID =
  '/subscriptions/6f1a2b3c-0000-4000-8000-000000000001/resourceGroups/rg-payments-prod/providers/Microsoft.ContainerService/managedClusters/aks-payments-prod';
const ISSUER = 'https://westeurope.oic.prod-aks.azure.com/tenant/new-issuer/';
const OLD_ISSUER =
  'https://westeurope.oic.prod-aks.azure.com/tenant/old-issuer/';
const OTHER_CLUSTER_ISSUER =
  'https://northeurope.oic.prod-aks.azure.com/tenant/other/';

function identity(
  name: string,
  credentials: Array<[issuer: string, subject: string]>,
  clusterTag?: string,
): ReadIdentity {
  return {
    id: `/subscriptions/…/userAssignedIdentities/${name}`,
    name,
    resourceGroup: 'rg-payments-prod',
    clusterTag,
    credentials: credentials.map(([issuer, subject], i) => ({
      name: `credential-${i}`,
      issuer,
      subject,
      audiences: ['api://AzureADTokenExchange'],
    })),
  };
}

const target = { clusterId: CLUSTER_ID, issuerUrl: ISSUER };
const names = (found: ReturnType<typeof federatedToCluster>) =>
  found.map(f => f.identity.name);

describe('federatedToCluster', () => {
  it("keeps an identity with a credential for the namespace from the cluster's issuer", () => {
    const [found] = federatedToCluster(
      [
        identity('id-payments-api', [
          [ISSUER, 'system:serviceaccount:payments-api:payments-api'],
        ]),
      ],
      target,
      'payments-api',
    );
    expect(found.credentials).toEqual([
      {
        name: 'credential-0',
        issuer: ISSUER,
        subject: 'system:serviceaccount:payments-api:payments-api',
        serviceAccount: 'payments-api',
        audiences: ['api://AzureADTokenExchange'],
        issuerMatches: true,
      },
    ]);
  });

  it('keeps an identity tagged with the cluster (any case) whose credential has an old issuer', () => {
    const [found] = federatedToCluster(
      [
        identity(
          'id-payments-worker',
          [[OLD_ISSUER, 'system:serviceaccount:payments-api:worker']],
          CLUSTER_ID.toLowerCase(),
        ),
      ],
      { ...target, clusterId: CLUSTER_ID.toUpperCase() },
      'payments-api',
    );
    expect(found.credentials).toMatchObject([
      { serviceAccount: 'worker', issuerMatches: false },
    ]);
  });

  it("leaves out an untagged identity's credentials for other clusters", () => {
    const [found] = federatedToCluster(
      [
        identity('id-shared', [
          [ISSUER, 'system:serviceaccount:payments-api:payments-api'],
          [
            OTHER_CLUSTER_ISSUER,
            'system:serviceaccount:payments-api:payments-api',
          ],
        ]),
      ],
      target,
      'payments-api',
    );
    expect(found.credentials.map(c => c.issuer)).toEqual([ISSUER]);
  });

  it.each([
    [
      'another namespace',
      [[ISSUER, 'system:serviceaccount:checkout:payments-api']],
    ],
    [
      'a namespace that only starts like it',
      [[ISSUER, 'system:serviceaccount:payments-api-v2:x']],
    ],
    ['no service account', [[ISSUER, 'system:serviceaccount:payments-api:']]],
    [
      'a subject that is no service account',
      [[ISSUER, 'repo:acme/payments-api:ref:refs/heads/main']],
    ],
    [
      "another cluster's issuer",
      [
        [
          OTHER_CLUSTER_ISSUER,
          'system:serviceaccount:payments-api:payments-api',
        ],
      ],
    ],
    [
      'an issuer differing by a trailing slash',
      [
        [
          ISSUER.slice(0, -1),
          'system:serviceaccount:payments-api:payments-api',
        ],
      ],
    ],
  ] as Array<[string, Array<[string, string]>]>)(
    'keeps no untagged identity federated to %s',
    (_, credentials) => {
      expect(
        federatedToCluster(
          [identity('id-x', credentials)],
          target,
          'payments-api',
        ),
      ).toEqual([]);
    },
  );

  it('matches no issuer on a cluster without one, only tagged identities', () => {
    const found = federatedToCluster(
      [
        identity('id-untagged', [
          [ISSUER, 'system:serviceaccount:payments-api:a'],
        ]),
        identity(
          'id-tagged',
          [[ISSUER, 'system:serviceaccount:payments-api:b']],
          CLUSTER_ID.toLowerCase(),
        ),
      ],
      { clusterId: CLUSTER_ID },
      'payments-api',
    );
    expect(names(found)).toEqual(['id-tagged']);
    expect(found[0].credentials[0].issuerMatches).toBe(false);
  });

  it('ignores identities tagged with another cluster', () => {
    expect(
      federatedToCluster(
        [
          identity(
            'id-y',
            [[OLD_ISSUER, 'system:serviceaccount:payments-api:y']],
            '/subscriptions/x/other',
          ),
        ],
        target,
        'payments-api',
      ),
    ).toEqual([]);
  });
});

describe('serviceAccountOf', () => {
  it.each([
    ['system:serviceaccount:payments-api:worker', 'worker'],
    ['system:serviceaccount:payments-api:a:b', undefined],
    ['System:ServiceAccount:payments-api:worker', undefined],
  ])('reads %s as %p', (subject, expected) => {
    expect(serviceAccountOf(subject, 'payments-api')).toBe(expected);
  });
});
