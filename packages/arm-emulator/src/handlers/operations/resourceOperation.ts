import type { EmulatorContext } from '../../emulatorContext';
import type { StoredResource } from '../../persistence/resourceStore';
import type {
  StartOperation,
  TrackedOperation,
} from '../../lro/operationTracker';

/** A long-running operation on a stored resource: what it is, and what its end does. */
export type ResourceOperationPlan = Omit<
  StartOperation,
  'subscriptionId' | 'location' | 'resourceId' | 'durationMs'
> & {
  /** The resource whose operation it is, when not the record itself (an agent pool of a cluster). */
  resourceId?: string;
  /** How long it runs, when not as long as the emulator's operations take. */
  durationMs?: number;
};

/** Starts an operation on a resource, in its subscription and location. */
export function startResourceOperation(
  ctx: EmulatorContext,
  record: StoredResource,
  plan: ResourceOperationPlan,
): TrackedOperation {
  return ctx.operations.start({
    ...plan,
    subscriptionId: record.subscriptionId,
    location: record.body.location,
    resourceId: plan.resourceId ?? record.id,
    durationMs: plan.durationMs ?? ctx.settings.lroDurationMs,
  });
}

/** An operation that provisions a resource: its end sets `provisioningState` to Succeeded, or Failed. */
export function startProvisioning(
  ctx: EmulatorContext,
  record: StoredResource,
  namespace: string,
  operation: string,
): TrackedOperation {
  const setState = (state: string) => {
    record.body.properties.provisioningState = state;
  };
  return startResourceOperation(ctx, record, {
    namespace,
    operation,
    onSucceeded: () => setState('Succeeded'),
    onFailed: () => setState('Failed'),
  });
}
