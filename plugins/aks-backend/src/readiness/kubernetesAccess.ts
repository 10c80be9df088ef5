import type { ManagedCluster } from '@azure/arm-containerservice';
import { AksClusterRef } from '@aks-backstage/plugin-aks-common';
import {
  AzureClients,
  kubernetesApiServerOf,
} from '@aks-backstage/plugin-aks-node';
import { KubernetesApiAccess } from './kubernetesApi';

/** The AKS Microsoft Entra server application, the audience of cluster tokens. */
const AKS_SERVER_SCOPE = '6dae42f8-4368-4678-94ff-3960e28e3630/.default';

/** Why the API server cannot be reached, in the plugin's own words. */
export class ApiServerUnreachableError extends Error {
  name = 'ApiServerUnreachableError';
}

const CA_DATA = /certificate-authority-data:\s*"?([A-Za-z0-9+/=]+)"?/;

/**
 * The CA of the cluster's API server, which only the user kubeconfig carries;
 * of that kubeconfig nothing else is read or kept.
 */
async function clusterCa(
  clients: AzureClients,
  ref: AksClusterRef,
  cluster: ManagedCluster,
): Promise<string> {
  const { kubeconfigs } = await clients
    .containerService(ref.subscriptionId)
    .managedClusters.listClusterUserCredentials(ref.resourceGroup, ref.name, {
      ...clients.requestOptions(),
      serverFqdn: cluster.apiServerAccessProfile?.enablePrivateCluster
        ? 'private'
        : undefined,
    });
  const value = kubeconfigs?.[0]?.value;
  const caData =
    value && CA_DATA.exec(Buffer.from(value).toString('utf8'))?.[1];
  if (!caData)
    throw new ApiServerUnreachableError(
      'the kubeconfig Azure returned names no CA',
    );
  return Buffer.from(caData, 'base64').toString('utf8');
}

const CA_KEEP_MS = 24 * 60 * 60 * 1000;

/**
 * The clusters' CAs, kept for a day per cluster as the Kubernetes module
 * keeps them: listing credentials counts against ARM's write limits.
 */
export class ClusterCas {
  readonly #known = new Map<string, { pem: string; at: number }>();

  async of(
    clients: AzureClients,
    ref: AksClusterRef,
    cluster: ManagedCluster,
  ): Promise<string> {
    const key = (cluster.id ?? '').toLowerCase();
    const known = this.#known.get(key);
    if (known && Date.now() - known.at < CA_KEEP_MS) return known.pem;
    const pem = await clusterCa(clients, ref, cluster);
    this.#known.set(key, { pem, at: Date.now() });
    return pem;
  }
}

/**
 * How the plugin reaches a cluster's API server, as the Kubernetes module
 * does: at `aks.kubernetesApiServer.urlTemplate` or the cluster's FQDN, with
 * a token of the subscription's identity for the AKS server application.
 */
export async function kubernetesAccessOf(
  clients: AzureClients,
  ref: AksClusterRef,
  cluster: ManagedCluster,
  cas: ClusterCas,
): Promise<KubernetesApiAccess> {
  if (cluster.powerState?.code === 'Stopped') {
    throw new ApiServerUnreachableError(
      'the cluster is stopped, so its API server does not run',
    );
  }
  const apiServer = kubernetesApiServerOf(
    cluster,
    clients.config.kubernetesApiServer,
  );
  if (!apiServer) {
    throw new ApiServerUnreachableError(
      'Azure reports no API server address yet',
    );
  }
  const [caPem, token] = await Promise.all([
    apiServer.viaProxy
      ? apiServer.caData &&
        Buffer.from(apiServer.caData, 'base64').toString('utf8')
      : cas.of(clients, ref, cluster),
    clients.credential(ref.subscriptionId).getToken(AKS_SERVER_SCOPE),
  ]);
  if (!token) {
    throw new ApiServerUnreachableError(
      'no token for the AKS server application',
    );
  }
  return {
    url: apiServer.url.replace(/\/+$/, ''),
    caPem: caPem || undefined,
    token: token.token,
    timeoutMs: clients.config.requestTimeoutMs,
  };
}
