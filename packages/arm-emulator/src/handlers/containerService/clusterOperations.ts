import { ArmError } from '../../errors/armError';
import type { ArmRequest } from '../armRequest';
import type { EmulatorContext } from '../../emulatorContext';
import type { StoredResource } from '../../persistence/resourceStore';
import type { TrackedOperation } from '../../lro/operationTracker';
import { startResourceOperation } from '../operations/resourceOperation';
import { nameOf } from '../../util/ids';
import { requestResourceId, requireResource } from '../arm/resourceLookup';
import { AKS_NAMESPACE, CLUSTER_TYPE } from './aksTypes';
import { poolsOf } from './clusterModel';

/** The id of the cluster the request's path names. */
export const clusterIdOf = (req: ArmRequest) =>
  requestResourceId(req, CLUSTER_TYPE, 'resourceName');

/** The stored cluster, or ARM's 404 for a missing group or cluster. */
export const requireCluster = (
  req: ArmRequest,
  ctx: EmulatorContext,
): StoredResource => requireResource(req, ctx, CLUSTER_TYPE, 'resourceName');

function runningOperation(
  ctx: EmulatorContext,
  record: StoredResource,
): TrackedOperation | undefined {
  const id = record.meta.activeOperationId;
  const op = id ? ctx.operations.get(id) : undefined;
  return op?.status === 'InProgress' ? op : undefined;
}

/** Rejects a mutating request while another operation runs, or while the cluster is stopped. */
export function guardClusterMutation(
  ctx: EmulatorContext,
  record: StoredResource,
  opts: { allowWhenStopped?: boolean } = {},
) {
  const running = runningOperation(ctx, record);
  const name = nameOf(record.id);
  if (running) {
    throw new ArmError(
      409,
      'OperationNotAllowed',
      `Operation is not allowed because there's an in progress ${
        record.meta.activeOperationKind ?? 'update'
      } operation on managed cluster '${name}' started at ${
        running.startTime
      }. Please wait for it to finish before starting a new operation. For more details, see https://aka.ms/aks-pending-operation`,
    );
  }
  if (
    !opts.allowWhenStopped &&
    record.body.properties.powerState?.code === 'Stopped'
  ) {
    throw new ArmError(
      400,
      'OperationNotAllowed',
      `Managed cluster '${name}' is in stopped state, no operations except for start and delete are allowed. Please start the cluster first.`,
    );
  }
}

/** What an AKS long-running operation does to the cluster and its pools. */
export interface ClusterOperationPlan {
  operation: string;
  /** Human wording for the "in progress ... operation" message, e.g. "upgrade managed cluster". */
  kind: string;
  clusterState: string;
  /** Pool ids (lower-cased) whose provisioningState follows the operation, with their in-progress state. */
  poolStates?: Map<string, string>;
  onSucceeded: () => void;
  durationMs?: number;
  finalResult?: () => unknown;
}

/** Puts the cluster into its in-progress state and starts the operation. */
export function startClusterOperation(
  ctx: EmulatorContext,
  record: StoredResource,
  plan: ClusterOperationPlan,
  resourceId = record.id,
): TrackedOperation {
  record.body.properties.provisioningState = plan.clusterState;
  const affectedPools = () =>
    poolsOf(ctx, record.id).filter(p =>
      plan.poolStates?.has(p.id.toLowerCase()),
    );
  for (const pool of affectedPools())
    pool.body.properties.provisioningState = plan.poolStates!.get(
      pool.id.toLowerCase(),
    );
  const setState = (state: string) => {
    record.body.properties.provisioningState = state;
    for (const pool of affectedPools())
      pool.body.properties.provisioningState = state;
  };
  const op = startResourceOperation(ctx, record, {
    namespace: AKS_NAMESPACE,
    resourceId,
    operation: plan.operation,
    durationMs: plan.durationMs,
    finalResult: plan.finalResult,
    onSucceeded: () => {
      record.meta.activeOperationId = undefined;
      delete record.body.properties.status;
      plan.onSucceeded();
    },
    onFailed: error => {
      record.meta.activeOperationId = undefined;
      setState('Failed');
      record.body.properties.status = {
        provisioningError: { code: error.code, message: error.message },
      };
    },
    onCanceled: () => {
      record.meta.activeOperationId = undefined;
      setState('Canceled');
    },
  });
  record.meta.activeOperationId = op.id;
  record.meta.activeOperationKind = plan.kind;
  return op;
}
