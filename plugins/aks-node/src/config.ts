import { Config } from '@backstage/config';
import { isValidSubscriptionId } from '@aks-backstage/plugin-aks-common';

/**
 * How the plugins authenticate to one subscription.
 *
 * @public
 */
export type AksCredentialConfig =
  | { type: 'clientSecret'; clientId: string; clientSecret: string }
  | { type: 'workloadIdentity'; clientId?: string; tokenFilePath?: string }
  | { type: 'managedIdentity'; clientId?: string }
  | { type: 'default' };

/**
 * One subscription the plugins may call.
 *
 * @public
 */
export interface AksSubscriptionConfig {
  /** The subscription's id (a GUID). */
  subscriptionId: string;
  /** The name the portal shows for it. */
  displayName?: string;
  /** The Entra tenant of its credential. */
  tenantId?: string;
  /** The identity the plugins call it with. */
  credential: AksCredentialConfig;
}

/**
 * The `aks` configuration, read once at start.
 *
 * @public
 */
export interface AksConfig {
  /** Azure Resource Manager's URL, when it is not public Azure's. */
  armEndpoint?: string;
  /** Entra's URL, when it is not public Azure's. */
  authorityHost?: string;
  /** A CA to trust for ARM and Entra (PEM), for a proxy or the emulator. */
  caCert?: string;
  /** Microsoft Graph, for the end dates of service principals' secrets. */
  graph: { enabled: boolean; endpoint: string };
  /** How the clusters' Kubernetes API servers are reached; see `kubernetesApiServerOf`. */
  kubernetesApiServer: {
    urlTemplate?: string;
    caCert?: string;
    authProvider: 'azure' | 'aks';
  };
  /** How long cluster reads are cached. */
  cacheTtlMs: number;
  /** The timeout of one request to Azure. */
  requestTimeoutMs: number;
  /** How often a long-running operation is polled. */
  pollIntervalMs: number;
  /** How long a replica holds an operation it follows without renewing. */
  operationLeaseMs: number;
  /** The SDK's retries of throttled and failed requests. */
  retry: { maxRetries: number; retryDelayMs: number };
  /** The subscriptions the plugins may call; no other is ever called. */
  subscriptions: AksSubscriptionConfig[];
}

function readCredential(config: Config | undefined): AksCredentialConfig {
  const type = config?.getOptionalString('type') ?? 'default';
  switch (type) {
    case 'clientSecret':
      return {
        type,
        clientId: config!.getString('clientId'),
        clientSecret: config!.getString('clientSecret'),
      };
    case 'workloadIdentity':
      return {
        type,
        clientId: config!.getOptionalString('clientId'),
        tokenFilePath: config!.getOptionalString('tokenFilePath'),
      };
    case 'managedIdentity':
      return { type, clientId: config!.getOptionalString('clientId') };
    case 'default':
      return { type };
    default:
      throw new Error(
        `Invalid aks credential type '${type}'; expected clientSecret, workloadIdentity, managedIdentity or default`,
      );
  }
}

function readKubernetesApiServer(aks: Config | undefined) {
  const urlTemplate = aks?.getOptionalString('kubernetesApiServer.urlTemplate');
  if (urlTemplate) {
    const sample = urlTemplate.replace(
      /\{(subscriptionId|resourceGroup|name)\}/g,
      'x',
    );
    let protocol: string | undefined;
    try {
      protocol = new URL(sample).protocol;
    } catch {
      protocol = undefined;
    }
    if (protocol !== 'https:') {
      throw new Error(
        `Invalid aks.kubernetesApiServer.urlTemplate '${urlTemplate}'; expected an https URL with {subscriptionId}, {resourceGroup} and {name}`,
      );
    }
  }
  const authProvider =
    aks?.getOptionalString('kubernetesApiServer.authProvider') ?? 'azure';
  if (authProvider !== 'azure' && authProvider !== 'aks') {
    throw new Error(
      `Invalid aks.kubernetesApiServer.authProvider '${authProvider}'; expected azure or aks`,
    );
  }
  return {
    urlTemplate,
    caCert: aks?.getOptionalString('kubernetesApiServer.caCert'),
    authProvider: authProvider as 'azure' | 'aks',
  };
}

/**
 * Reads and checks the `aks` configuration.
 *
 * @public
 */
export function readAksConfig(config: Config): AksConfig {
  const aks = config.getOptionalConfig('aks');
  const subscriptions = (
    aks?.getOptionalConfigArray('subscriptions') ?? []
  ).map(sub => {
    const subscriptionId = sub.getString('subscriptionId').toLowerCase();
    if (!isValidSubscriptionId(subscriptionId)) {
      throw new Error(
        `Invalid aks.subscriptions[].subscriptionId '${subscriptionId}'; expected a GUID`,
      );
    }
    return {
      subscriptionId,
      displayName: sub.getOptionalString('displayName'),
      tenantId: sub.getOptionalString('tenantId'),
      credential: readCredential(sub.getOptionalConfig('credential')),
    };
  });
  return {
    armEndpoint: aks?.getOptionalString('armEndpoint'),
    authorityHost: aks?.getOptionalString('authorityHost'),
    caCert: aks?.getOptionalString('caCert'),
    graph: {
      enabled: aks?.getOptionalBoolean('graph.enabled') ?? false,
      endpoint: (
        aks?.getOptionalString('graph.endpoint') ??
        'https://graph.microsoft.com'
      ).replace(/\/+$/, ''),
    },
    kubernetesApiServer: readKubernetesApiServer(aks),
    cacheTtlMs: (aks?.getOptionalNumber('cacheTtlSeconds') ?? 60) * 1000,
    requestTimeoutMs: aks?.getOptionalNumber('requestTimeoutMs') ?? 30_000,
    pollIntervalMs: aks?.getOptionalNumber('pollIntervalMs') ?? 2000,
    operationLeaseMs:
      (aks?.getOptionalNumber('operationLeaseSeconds') ?? 30) * 1000,
    retry: {
      maxRetries: aks?.getOptionalNumber('retry.maxRetries') ?? 3,
      retryDelayMs: aks?.getOptionalNumber('retry.retryDelayMs') ?? 800,
    },
    subscriptions,
  };
}
