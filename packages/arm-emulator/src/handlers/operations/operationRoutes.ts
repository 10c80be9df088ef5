import { ArmError } from '../../errors/armError';
import type { ArmRequest, ArmResponse } from '../armRequest';
import type { EmulatorContext } from '../../emulatorContext';
import { routeBuilder, type Route } from '../arm/route';
import { operationResultUrl, pollPacingHeaders } from './lroHeaders';
import type { TrackedOperation } from '../../lro/operationTracker';

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
      op.status === 'InProgress' ? pollPacingHeaders(ctx) : {};
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
          ...pollPacingHeaders(ctx),
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

/** What each polling route serves: the status monitor and the result. */
const MONITORS = [
  ['operations', 'GetOperationStatus', statusHandler],
  ['operationresults', 'GetOperationResult', resultHandler],
] as const;

/** Polling routes for one resource provider. */
export function operationRoutes(
  namespace: string,
  apiVersions: readonly string[],
): Route[] {
  const base = `/subscriptions/{subscriptionId}/providers/${namespace}/locations/{location}`;
  const provider = namespace.split('.')[1];
  const route = routeBuilder(apiVersions, `${namespace}/locations`);
  return MONITORS.map(([collection, operation, handler]) =>
    route(
      'GET',
      `${base}/${collection}/{operationId}`,
      `${provider}_${operation}`,
      `${collection}/read`,
      handler(namespace),
    ),
  );
}
