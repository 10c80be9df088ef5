import { ArmError } from '../../errors/armError';
import type { ArmRequest, ArmResponse } from '../armRequest';
import type { EmulatorContext } from '../../emulatorContext';
import type { StoredResource } from '../../persistence/resourceStore';
import type { TrackedOperation } from '../../lro/operationTracker';
import {
  acceptedPacingHeaders,
  pollPacingHeaders,
} from '../operations/lroHeaders';
import { nameOf } from '../../util/ids';
import { KUBERNETES_CONFIGURATION_NAMESPACE } from './kubernetesConfigurationTypes';
import { requireManagedCluster } from './clusterScope';

/** What a long-running operation on an extension or Flux configuration does when it ends. */
export interface ConfigurationOperationPlan {
  operation: string;
  /** The state the resource shows while the operation runs. */
  state: 'Creating' | 'Updating' | 'Deleting';
  onSucceeded: () => void;
}

/**
 * Starts an operation on an extension or a Flux configuration. The resource
 * shows `state` until it ends; a failure leaves it `Failed` with the error
 * (`errorInfo` on extensions, `errorMessage` on Flux configurations).
 */
export function startConfigurationOperation(
  ctx: EmulatorContext,
  cluster: StoredResource,
  record: StoredResource,
  plan: ConfigurationOperationPlan,
): TrackedOperation {
  const props = record.body.properties;
  props.provisioningState = plan.state;
  const done = () => {
    record.meta.activeOperationId = undefined;
  };
  const op = ctx.operations.start({
    subscriptionId: record.subscriptionId,
    namespace: KUBERNETES_CONFIGURATION_NAMESPACE,
    location: cluster.body.location,
    resourceId: record.id,
    operation: plan.operation,
    durationMs: ctx.settings.lroDurationMs,
    onSucceeded: () => {
      done();
      props.provisioningState = 'Succeeded';
      record.body.failure = undefined;
      plan.onSucceeded();
    },
    onFailed: error => {
      done();
      props.provisioningState = 'Failed';
      record.body.failure = { code: error.code, message: error.message };
    },
  });
  record.meta.activeOperationId = op.id;
  return op;
}

/** ARM's 409 while another operation on the same resource runs. */
export function guardConfigurationMutation(
  ctx: EmulatorContext,
  record: StoredResource | undefined,
  kind: string,
) {
  const id = record?.meta.activeOperationId;
  const running = id ? ctx.operations.get(id) : undefined;
  if (running?.status !== 'InProgress') return;
  throw new ArmError(
    409,
    'OperationNotAllowed',
    `An operation on ${kind} '${nameOf(
      record!.id,
    )}' has been in progress since ${
      running.startTime
    }. Wait for it to finish before starting another.`,
  );
}

/**
 * The headers of an accepted request: the status monitor is the resource's
 * own `operations/{operationId}` (OperationStatus_Get and
 * FluxConfigOperationStatus_Get in the specs), at the request's api-version.
 */
export function configurationLroHeaders(
  req: ArmRequest,
  ctx: EmulatorContext,
  op: TrackedOperation,
): Record<string, string> {
  const path = op.resourceId.split('/').map(encodeURIComponent).join('/');
  return {
    'Azure-AsyncOperation': `${req.baseUrl}${path}/operations/${
      op.id
    }?api-version=${req.query.get('api-version')}`,
    ...acceptedPacingHeaders(ctx),
  };
}

/**
 * The status monitor of an operation on the resource the path names: the
 * specs' OperationStatusResult (id, name, status, error), paced like ARM's
 * while it runs.
 */
export function operationStatusHandler(
  resourceIdOf: (req: ArmRequest, cluster: StoredResource) => string,
) {
  return (req: ArmRequest, ctx: EmulatorContext): ArmResponse => {
    const cluster = requireManagedCluster(req, ctx);
    const op = ctx.operations.get(req.params.operationId);
    if (
      !op ||
      op.namespace !== KUBERNETES_CONFIGURATION_NAMESPACE ||
      op.resourceId.toLowerCase() !== resourceIdOf(req, cluster).toLowerCase()
    ) {
      throw new ArmError(
        404,
        'NotFound',
        `Operation '${req.params.operationId}' was not found.`,
      );
    }
    const body: Record<string, unknown> = {
      id: req.path,
      name: op.id,
      status: op.status,
    };
    if (op.error) body.error = op.error;
    return {
      status: 200,
      body,
      headers: op.status === 'InProgress' ? pollPacingHeaders(ctx) : {},
    };
  };
}
