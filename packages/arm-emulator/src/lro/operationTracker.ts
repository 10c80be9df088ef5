import { newGuid } from '../util/ids';
import type { FaultController } from '../faults/faultController';

/** Terminal and non-terminal states of an async operation, as ARM reports them. */
export type OperationStatus =
  | 'InProgress'
  | 'Succeeded'
  | 'Failed'
  | 'Canceled';

/** A tracked long-running operation. */
export interface TrackedOperation {
  id: string;
  subscriptionId: string;
  /** Resource provider namespace whose status URLs serve this operation. */
  namespace: string;
  location: string;
  resourceId: string;
  /** OperationId of the request that started it. */
  operation: string;
  status: OperationStatus;
  startTime: string;
  endTime?: string;
  durationMs: number;
  error?: { code: string; message: string };
}

/** How to start an operation. Callbacks apply the final state to the resource. */
export interface StartOperation {
  subscriptionId: string;
  namespace: string;
  location: string;
  resourceId: string;
  operation: string;
  /** Infinity keeps the operation running until cancelled. */
  durationMs: number;
  onSucceeded?: () => void;
  onFailed?: (error: { code: string; message: string }) => void;
  onCanceled?: () => void;
  /** Body the `Location` URL returns (200) once succeeded; without it the URL returns 204. */
  finalResult?: () => unknown;
}

/** Runs long-running operations on timers and keeps their status for polling. */
export class OperationTracker {
  private readonly operations = new Map<string, TrackedOperation>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly callbacks = new Map<string, StartOperation>();

  constructor(private readonly faults: FaultController) {}

  start(request: StartOperation): TrackedOperation {
    const op: TrackedOperation = {
      id: newGuid(),
      subscriptionId: request.subscriptionId,
      namespace: request.namespace,
      location: request.location,
      resourceId: request.resourceId,
      operation: request.operation,
      status: 'InProgress',
      startTime: new Date().toISOString(),
      durationMs: request.durationMs,
    };
    this.operations.set(op.id, op);
    this.callbacks.set(op.id, request);
    const failure = this.faults.takeLroFailure(
      request.operation,
      request.resourceId,
    );
    if (Number.isFinite(request.durationMs)) {
      const timer = setTimeout(
        () => this.finish(op.id, failure),
        request.durationMs,
      );
      timer.unref();
      this.timers.set(op.id, timer);
    }
    return op;
  }

  finalResult(id: string): unknown {
    return this.callbacks.get(id)?.finalResult?.();
  }

  get(id: string): TrackedOperation | undefined {
    return this.operations.get(id.toLowerCase()) ?? this.operations.get(id);
  }

  percentComplete(op: TrackedOperation): number {
    if (op.status !== 'InProgress') return 100;
    if (!Number.isFinite(op.durationMs) || op.durationMs <= 0) return 0;
    return Math.min(
      99,
      Math.floor(
        ((Date.now() - Date.parse(op.startTime)) / op.durationMs) * 100,
      ),
    );
  }

  cancel(id: string): boolean {
    const op = this.operations.get(id);
    if (!op || op.status !== 'InProgress') return false;
    this.clearTimer(id);
    op.status = 'Canceled';
    op.endTime = new Date().toISOString();
    op.error = {
      code: 'OperationCanceled',
      message: 'The operation was canceled by a request to abort it.',
    };
    this.callbacks.get(id)?.onCanceled?.();
    return true;
  }

  /** Ends every timer (on emulator stop). */
  stopAll() {
    for (const id of [...this.timers.keys()]) this.clearTimer(id);
  }

  clear() {
    this.stopAll();
    this.operations.clear();
    this.callbacks.clear();
  }

  private finish(id: string, failure?: { code: string; message: string }) {
    const op = this.operations.get(id);
    this.timers.delete(id);
    if (!op || op.status !== 'InProgress') return;
    const callbacks = this.callbacks.get(id);
    op.endTime = new Date().toISOString();
    if (failure) {
      op.status = 'Failed';
      op.error = failure;
      callbacks?.onFailed?.(failure);
    } else {
      op.status = 'Succeeded';
      callbacks?.onSucceeded?.();
    }
  }

  private clearTimer(id: string) {
    const timer = this.timers.get(id);
    if (timer) clearTimeout(timer);
    this.timers.delete(id);
  }
}
