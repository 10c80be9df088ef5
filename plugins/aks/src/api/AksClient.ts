import type { DiscoveryApi, FetchApi } from '@backstage/frontend-plugin-api';
import { ResponseError } from '@backstage/errors';
import type {
  AksClusterRef,
  AksOperation,
  AksOperationRequest,
  ClusterMaintenance,
  EntityClusters,
  EntityGitOps,
  EntityWorkloadIdentities,
  FleetPage,
  FleetQuery,
  LocationList,
  LocationVersions,
  MaintenanceConfigName,
  MaintenancePreview,
  MaintenanceWindowInput,
  SubscriptionList,
  UpgradeInfo,
  UpgradeReadiness,
} from '@aks-backstage/plugin-aks-common';
import { parseEntityRef } from '@backstage/catalog-model';
import { AksApi, ThroughEntity, VmSizeList } from './AksApi';

type Query = Record<string, string | number | undefined>;

/** The path of an entity's resources: `/entities/{kind}/{namespace}/{name}`. */
function entityPath(entityRef: string): string {
  const { kind, namespace, name } = parseEntityRef(entityRef);
  return `/entities/${[kind, namespace, name]
    .map(encodeURIComponent)
    .join('/')}`;
}

const clusterPath = ({ subscriptionId, resourceGroup, name }: AksClusterRef) =>
  `/clusters/${[subscriptionId, resourceGroup, name]
    .map(encodeURIComponent)
    .join('/')}`;

function operationPath(cluster: AksClusterRef, request: AksOperationRequest) {
  const base = clusterPath(cluster);
  const pool = (name: string) =>
    `${base}/node-pools/${encodeURIComponent(name)}`;
  switch (request.kind) {
    case 'start':
    case 'stop':
      return { path: `${base}/${request.kind}` };
    case 'upgradeControlPlane': {
      const { kind, ...body } = request;
      return { path: `${base}/upgrade`, body };
    }
    case 'upgradeNodePool': {
      const { kind, nodePool, ...body } = request;
      return { path: `${pool(nodePool)}/upgrade`, body };
    }
    case 'upgradeNodeImage':
      return { path: `${pool(request.nodePool)}/upgrade-node-image` };
    case 'scaleNodePool': {
      const { kind, nodePool, ...body } = request;
      return { path: `${pool(nodePool)}/scale`, body };
    }
    default:
      throw new Error(
        `Unknown operation ${(request as { kind: string }).kind}`,
      );
  }
}

/**
 * The default {@link AksApi}: the AKS backend plugin over HTTP.
 *
 * @public
 */
export class AksClient implements AksApi {
  readonly #discoveryApi: DiscoveryApi;
  readonly #fetchApi: FetchApi;

  constructor(options: { discoveryApi: DiscoveryApi; fetchApi: FetchApi }) {
    this.#discoveryApi = options.discoveryApi;
    this.#fetchApi = options.fetchApi;
  }

  /** {@inheritDoc AksApi.getEntityClusters} */
  getEntityClusters(entityRef: string): Promise<EntityClusters> {
    return this.#request(`${entityPath(entityRef)}/clusters`);
  }

  /** {@inheritDoc AksApi.getEntityGitOps} */
  getEntityGitOps(entityRef: string): Promise<EntityGitOps> {
    return this.#request(`${entityPath(entityRef)}/gitops`);
  }

  /** {@inheritDoc AksApi.getEntityWorkloadIdentities} */
  getEntityWorkloadIdentities(
    entityRef: string,
  ): Promise<EntityWorkloadIdentities> {
    return this.#request(`${entityPath(entityRef)}/workload-identities`);
  }

  /** {@inheritDoc AksApi.getFleetPage} */
  getFleetPage(query: FleetQuery = {}): Promise<FleetPage> {
    return this.#request('/clusters', { query });
  }

  /** {@inheritDoc AksApi.getUpgrades} */
  getUpgrades(
    cluster: AksClusterRef,
    { entityRef }: ThroughEntity = {},
  ): Promise<UpgradeInfo> {
    return this.#request(`${clusterPath(cluster)}/upgrades`, {
      query: { entityRef },
    });
  }

  /** {@inheritDoc AksApi.getUpgradeReadiness} */
  getUpgradeReadiness(
    cluster: AksClusterRef,
    version: string,
    {
      entityRef,
      controlPlaneOnly,
    }: ThroughEntity & { controlPlaneOnly?: boolean } = {},
  ): Promise<UpgradeReadiness> {
    return this.#request(`${clusterPath(cluster)}/upgrade-readiness`, {
      query: {
        version,
        controlPlaneOnly: controlPlaneOnly ? 'true' : undefined,
        entityRef,
      },
    });
  }

  /** {@inheritDoc AksApi.getMaintenance} */
  getMaintenance(
    cluster: AksClusterRef,
    { entityRef }: ThroughEntity = {},
  ): Promise<ClusterMaintenance> {
    return this.#request(`${clusterPath(cluster)}/maintenance`, {
      query: { entityRef },
    });
  }

  /** {@inheritDoc AksApi.previewMaintenanceWindow} */
  previewMaintenanceWindow(
    cluster: AksClusterRef,
    maintenanceWindow: MaintenanceWindowInput,
    { entityRef }: ThroughEntity = {},
  ): Promise<MaintenancePreview> {
    return this.#request(`${clusterPath(cluster)}/maintenance/preview`, {
      method: 'POST',
      body: { maintenanceWindow },
      query: { entityRef },
    });
  }

  /** {@inheritDoc AksApi.setMaintenanceWindow} */
  setMaintenanceWindow(
    cluster: AksClusterRef,
    configName: MaintenanceConfigName,
    maintenanceWindow: MaintenanceWindowInput,
    { entityRef }: ThroughEntity = {},
  ): Promise<ClusterMaintenance> {
    return this.#request(
      `${clusterPath(cluster)}/maintenance/${encodeURIComponent(configName)}`,
      { method: 'PUT', body: { maintenanceWindow }, query: { entityRef } },
    );
  }

  /** {@inheritDoc AksApi.listSubscriptions} */
  listSubscriptions(): Promise<SubscriptionList> {
    return this.#request('/subscriptions');
  }

  /** {@inheritDoc AksApi.listLocations} */
  listLocations(subscriptionId: string): Promise<LocationList> {
    return this.#request(
      `/subscriptions/${encodeURIComponent(subscriptionId)}/locations`,
    );
  }

  /** {@inheritDoc AksApi.listVmSizes} */
  listVmSizes(subscriptionId: string, location: string): Promise<VmSizeList> {
    return this.#request(
      `/subscriptions/${encodeURIComponent(
        subscriptionId,
      )}/locations/${encodeURIComponent(location)}/vm-sizes`,
    );
  }

  /** {@inheritDoc AksApi.getKubernetesVersions} */
  getKubernetesVersions(
    subscriptionId: string,
    location: string,
    { entityRef }: ThroughEntity = {},
  ): Promise<LocationVersions> {
    return this.#request(
      `/locations/${encodeURIComponent(location)}/kubernetes-versions`,
      { query: { subscriptionId, entityRef } },
    );
  }

  /** {@inheritDoc AksApi.startOperation} */
  startOperation(
    cluster: AksClusterRef,
    request: AksOperationRequest,
    { entityRef }: ThroughEntity = {},
  ): Promise<AksOperation> {
    const { path, body } = operationPath(cluster, request);
    return this.#request(path, { method: 'POST', body, query: { entityRef } });
  }

  /** {@inheritDoc AksApi.getOperation} */
  getOperation(
    id: string,
    { entityRef }: ThroughEntity = {},
  ): Promise<AksOperation> {
    return this.#request(`/operations/${encodeURIComponent(id)}`, {
      query: { entityRef },
    });
  }

  async #request<T>(
    path: string,
    options: {
      method?: 'GET' | 'POST' | 'PUT';
      query?: Query;
      body?: object;
    } = {},
  ): Promise<T> {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(options.query ?? {})) {
      if (value !== undefined && value !== '') params.set(key, String(value));
    }
    const search = params.size > 0 ? `?${params}` : '';
    const baseUrl = await this.#discoveryApi.getBaseUrl('aks');
    const response = await this.#fetchApi.fetch(`${baseUrl}${path}${search}`, {
      method: options.method ?? 'GET',
      ...(options.body && {
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(options.body),
      }),
    });
    if (!response.ok) {
      throw await ResponseError.fromResponse(response);
    }
    return response.json();
  }
}
