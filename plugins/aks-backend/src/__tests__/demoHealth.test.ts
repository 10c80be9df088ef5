import { mockCredentials } from '@backstage/backend-test-utils';
import {
  ArmEmulator,
  DEMO_IDS,
  startArmEmulator,
} from '@aks-backstage/arm-emulator';
import request from 'supertest';
import { clusterPath, startAksTestBackend } from '../testUtils';

const PROD = DEMO_IDS.productionSubscriptionId;

// The demo clusters that show the field-knowledge rules on their cards.
const DEMO_FINDINGS: Array<[string, string, string[]]> = [
  [
    'rg-payments-prod',
    'aks-legacy-prod',
    ['KubenetRetiring', 'KubenetDnsTimeouts'],
  ],
  ['rg-platform-prod', 'aks-platform-lts', ['AutoscalerAtMax']],
  [
    'rg-data-prod',
    'aks-render-spot',
    ['SpotOnlyUserPool', 'MaxPodsBelowDefault'],
  ],
  [
    'rg-data-prod',
    'aks-reporting-prod',
    ['ServicePrincipalSecretExpiring', 'ServicePrincipalIdentity'],
  ],
  [
    'rg-data-prod',
    'aks-archive-prod',
    ['ServicePrincipalSecretExpired', 'ServicePrincipalIdentity'],
  ],
];

describe('the demo seed', () => {
  let emulator: ArmEmulator;
  let server: Awaited<ReturnType<typeof startAksTestBackend>>['server'];

  beforeAll(async () => {
    emulator = await startArmEmulator();
    ({ server } = await startAksTestBackend({
      emulator,
      aks: { graph: { enabled: true, endpoint: emulator.graphEndpoint } },
    }));
  });
  afterAll(() => emulator.stop());

  it.each(DEMO_FINDINGS)(
    '%s/%s shows %j',
    async (resourceGroup, name, codes) => {
      const response = await request(server)
        .get(clusterPath({ subscriptionId: PROD, resourceGroup, name }))
        .set({ Authorization: mockCredentials.user.header() });
      expect(response.status).toBe(200);
      expect(response.body.health.warnings.map((w: any) => w.code)).toEqual(
        expect.arrayContaining(codes),
      );
    },
  );

  it('shows the Spot rule on no cluster that has a regular user pool', async () => {
    const response = await request(server)
      .get(
        clusterPath({
          subscriptionId: PROD,
          resourceGroup: 'rg-platform-prod',
          name: 'aks-platform-lts',
        }),
      )
      .set({ Authorization: mockCredentials.user.header() });
    expect(response.body.health.warnings.map((w: any) => w.code)).not.toContain(
      'SpotOnlyUserPool',
    );
  });
});
