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

/** How long a client should wait between polls: a quarter of an operation, at most 10 s. */
function pollDelayMs(ctx: EmulatorContext): number {
  return Math.min(10_000, Math.max(1, ctx.settings.lroDurationMs / 4));
}

/**
 * Whole seconds for `Retry-After`, always positive as ARM's are (Azure's
 * Python SDK takes 0 for no advice and waits 30 s): 1 for the short
 * operations of tests, up to 10 for demo-length ones.
 */
export function retryAfterSeconds(ctx: EmulatorContext): string {
  return String(Math.max(1, Math.round(pollDelayMs(ctx) / 1000)));
}

/**
 * The pacing headers of a poll answered "still running". When a poll is due
 * within half a second (the emulator's fast mode), a whole-second
 * `Retry-After` would hold a client far longer than the operation takes, so
 * the delay goes in milliseconds (`retry-after-ms`, and ARM's
 * `x-ms-retry-after-ms`): Azure's Python SDK (the Azure CLI) reads those
 * when there is no `Retry-After`, and JavaScript pollers, which read
 * `Retry-After` only, stay at their own interval. Otherwise a positive
 * `Retry-After`.
 */
export function pollPacingHeaders(
  ctx: EmulatorContext,
): Record<string, string> {
  const delayMs = pollDelayMs(ctx);
  if (delayMs >= 500) return { 'Retry-After': retryAfterSeconds(ctx) };
  const ms = String(Math.round(delayMs));
  return { 'retry-after-ms': ms, 'x-ms-retry-after-ms': ms };
}

/**
 * The pacing of an accepted request: a positive `Retry-After`, as the specs
 * declare, and in fast mode the poll delay in milliseconds too. (Pollers
 * poll at once or at their own interval after the first response, and then
 * follow the polls' pacing.)
 */
export function acceptedPacingHeaders(
  ctx: EmulatorContext,
): Record<string, string> {
  return { ...pollPacingHeaders(ctx), 'Retry-After': retryAfterSeconds(ctx) };
}

/** LRO headers of an accepted request. */
export function lroHeaders(
  req: ArmRequest,
  ctx: EmulatorContext,
  op: TrackedOperation,
  which: { asyncOperation?: boolean; location?: boolean },
): Record<string, string> {
  const headers = acceptedPacingHeaders(ctx);
  if (which.asyncOperation)
    headers['Azure-AsyncOperation'] = asyncOperationUrl(req, op);
  if (which.location) headers.Location = operationResultUrl(req, op);
  return headers;
}
