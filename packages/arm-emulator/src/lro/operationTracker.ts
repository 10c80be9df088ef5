import { newGuid } from '../util/ids';
import type { FaultController } from '../faults/faultController';
import type { EmulatorClock } from '../clock/emulatorClock';

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

/**
 * Runs long-running operations on timers and keeps their status for polling.
 * The timers run in real time; the times operations report are the clock's.
 */
export class OperationTracker {
  private readonly operations = new Map<string, TrackedOperation>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly callbacks = new Map<string, StartOperation>();
  /** When a running operation is due to end, and how (a failure rule taken at start). */
  private readonly schedule = new Map<
    string,
    { dueAt: number; failure?: { code: string; message: string } }
  >();
  /** Time left of held operations. */
  private readonly heldMs = new Map<string, number>();

  constructor(
    private readonly faults: FaultController,
    private readonly clock: EmulatorClock,
  ) {}

  start(request: StartOperation): TrackedOperation {
    const op: TrackedOperation = {
      id: newGuid(),
      subscriptionId: request.subscriptionId,
      namespace: request.namespace,
      location: request.location,
      resourceId: request.resourceId,
      operation: request.operation,
      status: 'InProgress',
      startTime: this.clock.iso(),
      durationMs: request.durationMs,
    };
    this.operations.set(op.id, op);
    this.callbacks.set(op.id, request);
    const failure = this.faults.takeLroFailure(
      request.operation,
      request.resourceId,
    );
    if (Number.isFinite(request.durationMs))
      this.startTimer(op.id, request.durationMs, failure);
    return op;
  }

  /** Stops an operation's clock: it stays InProgress until cancelled or resumed (as while an abort runs). */
  hold(id: string) {
    const planned = this.schedule.get(id);
    if (!planned || this.get(id)?.status !== 'InProgress') return;
    this.clearTimer(id);
    this.heldMs.set(id, Math.max(0, planned.dueAt - Date.now()));
  }

  /** Restarts a held operation's clock for the time it had left. */
  resume(id: string) {
    const left = this.heldMs.get(id);
    const planned = this.schedule.get(id);
    this.heldMs.delete(id);
    if (left === undefined || this.get(id)?.status !== 'InProgress') return;
    this.startTimer(id, left, planned?.failure);
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
        ((this.clock.now() - Date.parse(op.startTime)) / op.durationMs) * 100,
      ),
    );
  }

  cancel(id: string): boolean {
    const op = this.operations.get(id);
    if (!op || op.status !== 'InProgress') return false;
    this.clearTimer(id);
    this.schedule.delete(id);
    this.heldMs.delete(id);
    op.status = 'Canceled';
    op.endTime = this.clock.iso();
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
    this.schedule.clear();
    this.heldMs.clear();
  }

  private finish(id: string, failure?: { code: string; message: string }) {
    const op = this.operations.get(id);
    this.timers.delete(id);
    this.schedule.delete(id);
    if (!op || op.status !== 'InProgress') return;
    const callbacks = this.callbacks.get(id);
    op.endTime = this.clock.iso();
    if (failure) {
      op.status = 'Failed';
      op.error = failure;
      callbacks?.onFailed?.(failure);
    } else {
      op.status = 'Succeeded';
      callbacks?.onSucceeded?.();
    }
  }

  private startTimer(
    id: string,
    ms: number,
    failure?: { code: string; message: string },
  ) {
    const timer = setTimeout(() => this.finish(id, failure), ms);
    timer.unref();
    this.timers.set(id, timer);
    this.schedule.set(id, { dueAt: Date.now() + ms, failure });
  }

  private clearTimer(id: string) {
    const timer = this.timers.get(id);
    if (timer) clearTimeout(timer);
    this.timers.delete(id);
  }
}
