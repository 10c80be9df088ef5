import { restorePoller } from '@azure/arm-containerservice';
import type {
  AgentPool,
  ContainerServiceClient,
} from '@azure/arm-containerservice';
import { isRestError } from '@azure/core-rest-pipeline';
import { ConflictError, InputError } from '@backstage/errors';
import {
  AksClusterRef,
  AksOperationKind,
  AksOperationRequest,
  formatAksClusterId,
} from '@aks-backstage/plugin-aks-common';
import { AzureClients, toBackstageError } from '@aks-backstage/plugin-aks-node';

/** What we use of the Azure SDK's pollers. */
export type Poller = {
  readonly operationState?: { status: string };
  submitted(): Promise<void>;
  serialize(): Promise<string>;
  pollUntilDone(options?: { abortSignal?: AbortSignal }): Promise<unknown>;
  onProgress(callback: () => void): unknown;
};

/**
 * The SDK operation behind each kind, so that a poller can be restored from
 * its serialized state by any replica.
 */
function sourceOperation(
  client: ContainerServiceClient,
  kind: AksOperationKind,
): Parameters<typeof restorePoller>[2] {
  switch (kind) {
    case 'start':
      return client.managedClusters.start;
    case 'stop':
      return client.managedClusters.stop;
    case 'upgradeControlPlane':
      return client.managedClusters.createOrUpdate as Parameters<
        typeof restorePoller
      >[2];
    case 'upgradeNodeImage':
      return client.agentPools.upgradeNodeImageVersion;
    default:
      return client.agentPools.createOrUpdate as Parameters<
        typeof restorePoller
      >[2];
  }
}

/** The poller of an operation another replica, or an earlier run, started. */
export function restoreOperation(
  clients: AzureClients,
  subscriptionId: string,
  kind: AksOperationKind,
  pollerState: string,
): Poller {
  const client = clients.containerService(subscriptionId);
  return restorePoller(
    client,
    pollerState,
    sourceOperation(client, kind),
    clients.operationOptions(),
  );
}

/**
 * Sends the request to Azure and waits until Azure has accepted it. A change
 * that reads the resource first writes it back only if it has not changed
 * since (`If-Match` with the eTag read). The poller comes wrapped: it is
 * thenable, and awaiting it bare would wait for the whole operation.
 */
export async function beginOperation(
  clients: AzureClients,
  ref: AksClusterRef,
  request: AksOperationRequest,
): Promise<{ poller: Poller }> {
  const client = clients.containerService(ref.subscriptionId);
  try {
    const { poller } = await send(client, clients, ref, request);
    await poller.submitted();
    return { poller };
  } catch (error) {
    if (error instanceof InputError) throw error;
    if (isRestError(error) && error.statusCode === 412) {
      throw new ConflictError(
        `Cluster ${formatAksClusterId(ref)} changed while the ${
          request.kind
        } was being sent, so it was not applied; read the cluster again and retry`,
        toBackstageError(error, clients.subscription(ref.subscriptionId)).cause,
      );
    }
    throw toBackstageError(error, clients.subscription(ref.subscriptionId));
  }
}

/** The SDK's poller for the request, wrapped. */
async function send(
  client: ContainerServiceClient,
  clients: AzureClients,
  { resourceGroup, name }: AksClusterRef,
  request: AksOperationRequest,
): Promise<{ poller: Poller }> {
  const options = clients.operationOptions();
  /** Reads a pool, changes it and writes it back if nobody changed it since. */
  const changePool = async (
    nodePool: string,
    change: (pool: AgentPool) => void,
  ) => {
    const pool = await client.agentPools.get(
      resourceGroup,
      name,
      nodePool,
      options,
    );
    change(pool);
    return {
      poller: client.agentPools.createOrUpdate(
        resourceGroup,
        name,
        nodePool,
        pool,
        { ...options, ifMatch: pool.eTag },
      ),
    };
  };
  switch (request.kind) {
    case 'start':
      return {
        poller: client.managedClusters.start(resourceGroup, name, options),
      };
    case 'stop':
      return {
        poller: client.managedClusters.stop(resourceGroup, name, options),
      };
    case 'upgradeControlPlane': {
      const cluster = await client.managedClusters.get(
        resourceGroup,
        name,
        options,
      );
      cluster.kubernetesVersion = request.kubernetesVersion;
      if (!request.controlPlaneOnly) {
        for (const pool of cluster.agentPoolProfiles ?? []) {
          pool.orchestratorVersion = request.kubernetesVersion;
        }
      }
      return {
        poller: client.managedClusters.createOrUpdate(
          resourceGroup,
          name,
          cluster,
          { ...options, ifMatch: cluster.eTag },
        ),
      };
    }
    case 'upgradeNodeImage':
      return {
        poller: client.agentPools.upgradeNodeImageVersion(
          resourceGroup,
          name,
          request.nodePool,
          options,
        ),
      };
    case 'upgradeNodePool':
      return changePool(request.nodePool, pool => {
        pool.orchestratorVersion = request.kubernetesVersion;
      });
    default:
      return changePool(request.nodePool, pool => {
        if (pool.enableAutoScaling) {
          if (
            request.minCount === undefined ||
            request.maxCount === undefined
          ) {
            throw new InputError(
              `Node pool ${request.nodePool} autoscales: give minCount and maxCount, not count`,
            );
          }
          pool.minCount = request.minCount;
          pool.maxCount = request.maxCount;
        } else {
          if (request.count === undefined) {
            throw new InputError(
              `Node pool ${request.nodePool} does not autoscale: give count`,
            );
          }
          pool.count = request.count;
        }
      });
  }
}
