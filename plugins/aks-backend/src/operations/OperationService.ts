import { randomUUID } from 'node:crypto';
import { AuditorService, LoggerService } from '@backstage/backend-plugin-api';
import { ConflictError, NotAllowedError } from '@backstage/errors';
import {
  AksClusterRef,
  AksOperation,
  AksOperationRequest,
  formatAksClusterId,
} from '@aks-backstage/plugin-aks-common';
import { AzureClients } from '@aks-backstage/plugin-aks-node';
import type { ClusterServices } from '../clusters';
import { admitUpgrade, upgradeReadinessOf } from '../readiness';
import { beginOperation, Poller, restoreOperation } from './armOperations';
import { OperationLeases } from './OperationLeases';
import { errorDetail, Outcome, pollToEnd } from './operationOutcome';
import { OperationStore, RunningOperation } from './OperationStore';

/** What to change, per kind of operation. */
export type OperationRequest = AksOperationRequest;

/** The request as stored, the same text for the same change. */
function requestKey(request: OperationRequest): string {
  const entries = Object.entries(request)
    .filter(([, value]) => value !== undefined)
    .sort(([a], [b]) => a.localeCompare(b));
  return JSON.stringify(Object.fromEntries(entries));
}

/** What a {@link OperationService} is made with. */
interface OperationServiceOptions {
  clients: AzureClients;
  store: OperationStore;
  reads: ClusterServices;
  auditor: AuditorService;
  logger: LoggerService;
}

/**
 * Starts long-running operations on clusters, one at a time per cluster,
 * records them in the database and follows them to their end with the Azure
 * SDK's own pollers, one replica per operation.
 */
export class OperationService {
  readonly #options: OperationServiceOptions;
  readonly #leases: OperationLeases;

  constructor(options: OperationServiceOptions) {
    this.#options = options;
    this.#leases = new OperationLeases({
      store: options.store,
      leaseMs: options.clients.config.operationLeaseMs,
      logger: options.logger,
    });
  }

  /**
   * Starts an operation, unless one is in progress on the cluster: the same
   * request gets that operation back, another one a ConflictError. An
   * upgrade of the control plane is checked first (admitUpgrade); the change
   * is sent to Azure only once the cluster is claimed in the database.
   */
  async start(
    cluster: AksClusterRef,
    requested: OperationRequest,
    requestedBy: string,
  ): Promise<AksOperation> {
    this.#options.clients.subscription(cluster.subscriptionId);
    const request = await admitUpgrade(
      upgradeReadinessOf(this.#options.reads),
      cluster,
      requested,
    );
    const operation: AksOperation = {
      id: randomUUID(),
      kind: request.kind,
      cluster,
      nodePool: 'nodePool' in request ? request.nodePool : undefined,
      status: 'InProgress',
      startedAt: new Date().toISOString(),
      requestedBy,
    };
    const claim = await this.#options.store.claim(
      operation,
      requestKey(request),
      this.#leases.lease(),
    );
    if (!claim.claimed) {
      if (claim.sameRequest) return claim.running;
      const { id, kind, nodePool, startedAt } = claim.running;
      throw new ConflictError(
        `Operation ${id} (${kind}${
          nodePool ? ` of node pool ${nodePool}` : ''
        }) is in progress on cluster ${formatAksClusterId(
          cluster,
        )} since ${startedAt}; wait for it to end`,
      );
    }
    const signal = this.#leases.hold(operation.id);
    let poller: Poller;
    try {
      ({ poller } = await beginOperation(
        this.#options.clients,
        cluster,
        request,
      ));
    } catch (error) {
      this.#leases.drop(operation.id);
      await this.#options.store
        .finish(operation.id, 'Failed', errorDetail(error, 'StartFailed'))
        .catch(e =>
          this.#options.logger.error(`Could not record AKS operation`, e),
        );
      throw error;
    }
    const pollerState = await poller.serialize();
    this.#follow(operation, { poller, pollerState }, signal);
    await this.#options.store.attachPoller(operation.id, pollerState);
    await this.#options.reads.arm.invalidate(cluster);
    return operation;
  }

  async get(id: string): Promise<AksOperation> {
    return this.#options.store.get(id);
  }

  /**
   * Follows the operations no replica follows (left by a replica that
   * stopped), now and whenever their lease runs out. Never throws: an
   * operation that cannot be resumed is marked Failed.
   */
  async resumeInProgress(): Promise<void> {
    await this.#leases.start((running, signal) =>
      this.#resume(running, signal),
    );
  }

  /** Stops following operations and gives them up to the other replicas. */
  async stop(): Promise<void> {
    await this.#leases.stop();
  }

  async #resume(
    { operation, pollerState }: RunningOperation,
    signal: AbortSignal,
  ): Promise<void> {
    if (!pollerState) {
      await this.#end(operation, {
        status: 'Failed',
        error: {
          code: 'OperationInterrupted',
          message:
            'The backend that started the operation stopped before Azure answered; check the cluster, and start the operation again if it did not happen',
        },
      });
      return;
    }
    let poller: Poller;
    try {
      poller = this.#restore(operation, pollerState);
    } catch (error) {
      // The SDK's own message would repeat the whole saved state.
      const reason =
        error instanceof NotAllowedError
          ? error.message
          : 'its saved poller state cannot be read';
      this.#options.logger.error(
        `AKS operation ${operation.id} cannot be resumed and is marked Failed: ${reason}`,
      );
      await this.#end(operation, {
        status: 'Failed',
        error: {
          code: 'OperationNotResumable',
          message: `The operation cannot be followed: ${reason}`,
        },
      });
      return;
    }
    this.#follow(operation, { poller, pollerState }, signal);
  }

  #restore(operation: AksOperation, pollerState: string): Poller {
    return restoreOperation(
      this.#options.clients,
      operation.cluster.subscriptionId,
      operation.kind,
      pollerState,
    );
  }

  #follow(
    operation: AksOperation,
    { poller, pollerState }: { poller: Poller; pollerState: string },
    signal: AbortSignal,
  ): void {
    pollToEnd({
      poller,
      restore: () => this.#restore(operation, pollerState),
      signal,
      pollIntervalMs: this.#options.clients.config.pollIntervalMs,
      onPollFailure: (error, retryInMs) =>
        this.#options.logger.warn(
          `Polling AKS operation ${operation.id} failed, trying again in ${retryInMs} ms: ${error}`,
        ),
    })
      .then(outcome => outcome && this.#end(operation, outcome))
      .catch(error =>
        this.#options.logger.error(
          `Could not record the end of AKS operation ${operation.id}`,
          error,
        ),
      );
  }

  /** Records the end; only the replica that recorded it audits it. */
  async #end(operation: AksOperation, outcome: Outcome): Promise<void> {
    try {
      // First, so that whoever reads the end reads the cluster afresh.
      await this.#options.reads.arm.invalidate(operation.cluster);
      const finished = await this.#options.store.finish(
        operation.id,
        outcome.status,
        outcome.error,
      );
      if (!finished) return;
      const event = await this.#options.auditor.createEvent({
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
    } finally {
      this.#leases.drop(operation.id);
    }
  }
}
