import { ArmError } from '../http/armError';
import type { ArmRequest, ArmResponse } from '../http/armRequest';
import type { EmulatorContext } from '../emulatorContext';
import type { Route } from '../arm/route';
import { operationResultUrl, retryAfterSeconds } from './lroHeaders';
import type { TrackedOperation } from './operationTracker';

function findOperation(
  req: ArmRequest,
  ctx: EmulatorContext,
  namespace: string,
): TrackedOperation {
  const op = ctx.operations.get(req.params.operationId);
  if (
    !op ||
    op.namespace.toLowerCase() !== namespace.toLowerCase() ||
    op.subscriptionId.toLowerCase() !== req.params.subscriptionId.toLowerCase()
  ) {
    throw new ArmError(
      404,
      'NotFound',
      `Operation '${req.params.operationId}' was not found.`,
    );
  }
  return op;
}

/** The status monitor (`Azure-AsyncOperation`): always 200 with an OperationStatusResult. */
function statusHandler(namespace: string) {
  return (req: ArmRequest, ctx: EmulatorContext): ArmResponse => {
    const op = findOperation(req, ctx, namespace);
    const body: Record<string, unknown> = {
      id: req.path,
      name: op.id,
      status: op.status,
      startTime: op.startTime,
      percentComplete: ctx.operations.percentComplete(op),
      resourceId: op.resourceId,
    };
    if (op.endTime) body.endTime = op.endTime;
    if (op.error) body.error = op.error;
    const headers: Record<string, string> =
      op.status === 'InProgress'
        ? { 'Retry-After': retryAfterSeconds(ctx) }
        : {};
    return { status: 200, body, headers };
  };
}

/** The `Location` result: 202 while running, 204 when done, the error when it failed. */
function resultHandler(namespace: string) {
  return (req: ArmRequest, ctx: EmulatorContext): ArmResponse => {
    const op = findOperation(req, ctx, namespace);
    if (op.status === 'InProgress') {
      return {
        status: 202,
        headers: {
          Location: operationResultUrl(req, op),
          'Retry-After': retryAfterSeconds(ctx),
        },
      };
    }
    if (op.status === 'Succeeded') {
      const body = ctx.operations.finalResult(op.id);
      return body === undefined ? { status: 204 } : { status: 200, body };
    }
    throw new ArmError(400, op.error!.code, op.error!.message);
  };
}

/** Polling routes for one resource provider. */
export function operationRoutes(
  namespace: string,
  apiVersions: readonly string[],
): Route[] {
  const base = `/subscriptions/{subscriptionId}/providers/${namespace}/locations/{location}`;
  return [
    {
      method: 'GET',
      template: `${base}/operations/{operationId}`,
      operation: `${namespace.split('.')[1]}_GetOperationStatus`,
      apiVersions,
      action: `${namespace}/locations/operations/read`,
      handler: statusHandler(namespace),
    },
    {
      method: 'GET',
      template: `${base}/operationresults/{operationId}`,
      operation: `${namespace.split('.')[1]}_GetOperationResult`,
      apiVersions,
      action: `${namespace}/locations/operationresults/read`,
      handler: resultHandler(namespace),
    },
  ];
}
