import type { EmulatorContext } from '../emulatorContext';
import type { Principal } from '../persistence/principalStore';
import { ArmError } from '../errors/armError';
import { authorize } from '../authentication/authorization';
import type { Exchange } from './exchange';

/**
 * What ARM checks before a request reaches a subscription: that the
 * subscription exists, that the caller's roles allow the route's action (an
 * action of 'none' needs no role), and that the subscription's request budget
 * is not spent.
 */
export function admitToSubscription(
  ctx: EmulatorContext,
  exchange: Exchange,
  subscriptionId: string,
  principal: Principal,
  action: string,
): void {
  if (!ctx.subscriptions.has(subscriptionId)) {
    throw new ArmError(
      404,
      'SubscriptionNotFound',
      `The subscription '${subscriptionId}' could not be found.`,
    );
  }
  if (action !== 'none')
    authorize(ctx, principal, subscriptionId, exchange.path, action);
  const throttle = ctx.faults.throttle(
    subscriptionId,
    !['GET', 'HEAD'].includes(exchange.method),
  );
  exchange.remaining = {
    reads: throttle.remainingReads,
    writes: throttle.remainingWrites,
  };
  if (!throttle.allowed) {
    throw new ArmError(
      429,
      'SubscriptionRequestsThrottled',
      `Number of '${throttle.kind}' requests for subscription '${subscriptionId}' actor '${principal.objectId}' exceeded. Please try again after '${throttle.retryAfterSeconds}' seconds after additional tasks are completed.`,
      undefined,
      { 'Retry-After': String(throttle.retryAfterSeconds) },
    );
  }
}
