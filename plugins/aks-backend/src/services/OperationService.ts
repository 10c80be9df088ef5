import { randomUUID } from 'node:crypto';
import { AuditorService, LoggerService } from '@backstage/backend-plugin-api';
import { restorePoller } from '@azure/arm-containerservice';
import type { ContainerServiceClient } from '@azure/arm-containerservice';
import { isRestError } from '@azure/core-rest-pipeline';
import { InputError } from '@backstage/errors';
import {
  AksClusterRef,
  AksOperation,
  AksOperationKind,
  AksOperationRequest,
  formatAksClusterId,
} from '@aks-backstage/plugin-aks-common';
import { AzureClients, toBackstageError } from '@aks-backstage/plugin-aks-node';
import { AksService } from './AksService';
import { OperationStore } from './OperationStore';

/** What to change, per kind of operation. */
export type OperationRequest = AksOperationRequest;

/** What we use of the Azure SDK's pollers. */
type Poller = {
  readonly operationState?: { status: string };
  submitted(): Promise<void>;
  serialize(): Promise<string>;
  pollUntilDone(): Promise<unknown>;
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

/**
 * Starts long-running operations on clusters, records them in the database
 * and follows them to their end with the Azure SDK's own pollers.
 */
export class OperationService {
  readonly #clients: AzureClients;
  readonly #store: OperationStore;
  readonly #aks: AksService;
  readonly #auditor: AuditorService;
  readonly #logger: LoggerService;

  constructor(options: {
    clients: AzureClients;
    store: OperationStore;
    aks: AksService;
    auditor: AuditorService;
    logger: LoggerService;
  }) {
    this.#clients = options.clients;
    this.#store = options.store;
    this.#aks = options.aks;
    this.#auditor = options.auditor;
    this.#logger = options.logger;
  }

  async start(
    cluster: AksClusterRef,
    request: OperationRequest,
    requestedBy: string,
  ): Promise<AksOperation> {
    const { poller } = await this.#begin(cluster, request);
    const operation: AksOperation = {
      id: randomUUID(),
      kind: request.kind,
      cluster,
      nodePool: 'nodePool' in request ? request.nodePool : undefined,
      status: 'InProgress',
      startedAt: new Date().toISOString(),
      requestedBy,
    };
    await this.#store.insert(operation, await poller.serialize());
    await this.#aks.invalidate(cluster);
    this.#follow(operation, poller);
    return operation;
  }

  async get(id: string): Promise<AksOperation> {
    return this.#store.get(id);
  }

  /** Follows the operations a stopped replica left running. */
  async resumeInProgress(): Promise<void> {
    for (const {
      operation,
      pollerState,
    } of await this.#store.listInProgress()) {
      const client = this.#clients.containerService(
        operation.cluster.subscriptionId,
      );
      const poller = restorePoller(
        client,
        pollerState,
        sourceOperation(client, operation.kind),
        this.#clients.operationOptions(),
      );
      this.#follow(operation, poller);
    }
  }

  #follow(operation: AksOperation, poller: Poller): void {
    const ended = poller.pollUntilDone().then(
      () => this.#store.finish(operation.id, 'Succeeded'),
      (error: unknown) =>
        this.#store.finish(
          operation.id,
          poller.operationState?.status === 'canceled' ? 'Canceled' : 'Failed',
          {
            code: (isRestError(error) && error.code) || 'OperationFailed',
            message: error instanceof Error ? error.message : String(error),
          },
        ),
    );
    ended
      .then(async finished => {
        await this.#aks.invalidate(operation.cluster);
        const event = await this.#auditor.createEvent({
          eventId: 'cluster-operation-ended',
          severityLevel: 'medium',
          meta: {
            operationId: finished.id,
            kind: finished.kind,
            clusterId: formatAksClusterId(finished.cluster),
            nodePool: finished.nodePool ?? null,
            status: finished.status,
          },
        });
        if (finished.status === 'Succeeded') {
          await event.success();
        } else {
          await event.fail({ error: new Error(finished.error?.message) });
        }
      })
      .catch(error =>
        this.#logger.error(
          `Could not record the end of AKS operation ${operation.id}`,
          error,
        ),
      );
  }

  async #begin(
    ref: AksClusterRef,
    request: OperationRequest,
  ): Promise<{ poller: Poller }> {
    const client = this.#clients.containerService(ref.subscriptionId);
    try {
      const { poller } = await this.#poller(client, ref, request);
      await poller.submitted();
      return { poller };
    } catch (error) {
      if (error instanceof InputError) throw error;
      throw toBackstageError(
        error,
        this.#clients.subscription(ref.subscriptionId),
      );
    }
  }

  /**
   * The SDK's poller for the request. Pollers are returned wrapped: a poller
   * is thenable, and an async function returning it bare would wait for the
   * whole operation.
   */
  async #poller(
    client: ContainerServiceClient,
    { resourceGroup, name }: AksClusterRef,
    request: OperationRequest,
  ): Promise<{ poller: Poller }> {
    const options = this.#clients.operationOptions();
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
            options,
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
      case 'upgradeNodePool': {
        const pool = await client.agentPools.get(
          resourceGroup,
          name,
          request.nodePool,
          options,
        );
        pool.orchestratorVersion = request.kubernetesVersion;
        return {
          poller: client.agentPools.createOrUpdate(
            resourceGroup,
            name,
            request.nodePool,
            pool,
            options,
          ),
        };
      }
      default: {
        const pool = await client.agentPools.get(
          resourceGroup,
          name,
          request.nodePool,
          options,
        );
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
        return {
          poller: client.agentPools.createOrUpdate(
            resourceGroup,
            name,
            request.nodePool,
            pool,
            options,
          ),
        };
      }
    }
  }
}
