import { ArmEmulator, DEMO_IDS } from '@aks-backstage/arm-emulator';

/**
 * Clusters of the emulator's demo seed, one of each kind a test reads.
 *
 * @public
 */
export const clusters = {
  healthy: {
    subscriptionId: DEMO_IDS.productionSubscriptionId,
    resourceGroup: 'rg-payments-prod',
    name: 'aks-payments-prod',
  },
  stopped: {
    subscriptionId: DEMO_IDS.developmentSubscriptionId,
    resourceGroup: 'rg-dev',
    name: 'aks-dev-stopped',
  },
  lts: {
    subscriptionId: DEMO_IDS.productionSubscriptionId,
    resourceGroup: 'rg-platform-prod',
    name: 'aks-platform-lts',
  },
  free: {
    subscriptionId: DEMO_IDS.developmentSubscriptionId,
    resourceGroup: 'rg-dev',
    name: 'aks-dev-free',
  },
};

/**
 * The AKS REST API path of a cluster.
 *
 * @public
 */
export function clusterPath(ref: {
  subscriptionId: string;
  resourceGroup: string;
  name: string;
}): string {
  return `/api/aks/clusters/${ref.subscriptionId}/${ref.resourceGroup}/${ref.name}`;
}

/**
 * The Azure Resource Manager requests the emulator saw (not Entra's).
 *
 * @public
 */
export function armRequests(emulator: ArmEmulator) {
  return emulator.admin
    .requests()
    .filter(r => !r.operation?.startsWith('Entra_'));
}

/**
 * `aks` configuration pointing the plugin at the emulator.
 *
 * @public
 */
export function emulatorConfig(
  emulator: Pick<
    ArmEmulator,
    | 'url'
    | 'authorityHost'
    | 'caCertPem'
    | 'tenantId'
    | 'clientId'
    | 'clientSecret'
  >,
  overrides: Record<string, unknown> = {},
) {
  const credential = {
    type: 'clientSecret',
    clientId: emulator.clientId,
    clientSecret: emulator.clientSecret,
  };
  return {
    aks: {
      armEndpoint: emulator.url,
      authorityHost: emulator.authorityHost,
      caCert: emulator.caCertPem,
      requestTimeoutMs: 2000,
      pollIntervalMs: 20,
      retry: { maxRetries: 2, retryDelayMs: 10 },
      subscriptions: [
        {
          subscriptionId: DEMO_IDS.productionSubscriptionId,
          displayName: 'Contoso Production',
          tenantId: emulator.tenantId,
          credential,
        },
        {
          subscriptionId: DEMO_IDS.developmentSubscriptionId,
          displayName: 'Contoso Development',
          tenantId: emulator.tenantId,
          credential,
        },
      ],
      ...overrides,
    },
  };
}
