import type { ManagedCluster } from '@azure/arm-containerservice';
import { parseAksClusterId } from '@aks-backstage/plugin-aks-common';
import type { AksConfig } from './config';

/**
 * Where a cluster's Kubernetes API server is reached.
 *
 * @public
 */
export interface KubernetesApiServer {
  /** Where the API server is reached. */
  url: string;
  /** The CA to trust, base64 of its PEM (as Kubernetes clients take it), when it is not publicly trusted. */
  caData?: string;
  /** True when the URL is the configured proxy's, not the cluster's own FQDN. */
  viaProxy: boolean;
}

/**
 * A cluster's API server: through the configured
 * `aks.kubernetesApiServer.urlTemplate` when there is one, else at the FQDN
 * Azure reports (the private FQDN of a private cluster). Undefined for a
 * cluster Azure reports no FQDN for yet.
 *
 * @public
 */
export function kubernetesApiServerOf(
  cluster: Pick<
    ManagedCluster,
    'id' | 'fqdn' | 'privateFqdn' | 'apiServerAccessProfile'
  >,
  config: Pick<AksConfig['kubernetesApiServer'], 'urlTemplate' | 'caCert'>,
): KubernetesApiServer | undefined {
  if (config.urlTemplate) {
    const ref = parseAksClusterId(cluster.id ?? '');
    const url = config.urlTemplate
      .replace(/\{subscriptionId\}/g, encodeURIComponent(ref.subscriptionId))
      .replace(/\{resourceGroup\}/g, encodeURIComponent(ref.resourceGroup))
      .replace(/\{name\}/g, encodeURIComponent(ref.name));
    return {
      url,
      caData: config.caCert
        ? Buffer.from(config.caCert).toString('base64')
        : undefined,
      viaProxy: true,
    };
  }
  const host = cluster.apiServerAccessProfile?.enablePrivateCluster
    ? cluster.privateFqdn
    : cluster.fqdn;
  return host ? { url: `https://${host}:443`, viaProxy: false } : undefined;
}
