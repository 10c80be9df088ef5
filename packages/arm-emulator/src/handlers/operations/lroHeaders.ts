import type { ArmRequest } from '../armRequest';
import type { EmulatorContext } from '../../emulatorContext';
import type { TrackedOperation } from '../../lro/operationTracker';

function monitorUrl(
  req: ArmRequest,
  op: TrackedOperation,
  collection: 'operations' | 'operationresults',
): string {
  return `${req.baseUrl}/subscriptions/${op.subscriptionId}/providers/${
    op.namespace
  }/locations/${op.location}/${collection}/${op.id}?api-version=${req.query.get(
    'api-version',
  )}`;
}

/** Status-monitor URL for the `Azure-AsyncOperation` header. */
export const asyncOperationUrl = (req: ArmRequest, op: TrackedOperation) =>
  monitorUrl(req, op, 'operations');

/** Result URL for the `Location` header. */
export const operationResultUrl = (req: ArmRequest, op: TrackedOperation) =>
  monitorUrl(req, op, 'operationresults');

/** Seconds clients should wait between polls: 0 for the short test default, up to 10 for demo-length operations. */
export function retryAfterSeconds(ctx: EmulatorContext): string {
  return String(
    Math.max(0, Math.min(10, Math.round(ctx.settings.lroDurationMs / 4000))),
  );
}

/** LRO headers of an accepted request. */
export function lroHeaders(
  req: ArmRequest,
  ctx: EmulatorContext,
  op: TrackedOperation,
  which: { asyncOperation?: boolean; location?: boolean },
): Record<string, string> {
  const headers: Record<string, string> = {
    'Retry-After': retryAfterSeconds(ctx),
  };
  if (which.asyncOperation)
    headers['Azure-AsyncOperation'] = asyncOperationUrl(req, op);
  if (which.location) headers.Location = operationResultUrl(req, op);
  return headers;
}
