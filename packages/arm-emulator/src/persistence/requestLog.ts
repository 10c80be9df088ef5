/** One logged request. */
export interface RequestLogEntry {
  method: string;
  path: string;
  /** OperationId-like name, e.g. ManagedClusters_Get, or undefined when no route matched. */
  operation?: string;
  status: number;
  subscriptionId?: string;
  clientId?: string;
  /** The query string, decoded; empty without one. */
  query: string;
  time: string;
  requestId: string;
  durationMs: number;
}

/** Filter for {@link RequestLog.query}; every given field must match. */
export interface RequestLogFilter {
  method?: string;
  operation?: string;
  /** Case-insensitive substring of the path. */
  pathContains?: string;
  status?: number;
  subscriptionId?: string;
  clientId?: string;
  /** ISO time; only entries at or after it. */
  since?: string;
}

const MAX_ENTRIES = 100_000;

export class RequestLog {
  private entries: RequestLogEntry[] = [];

  add(entry: RequestLogEntry) {
    this.entries.push(entry);
    if (this.entries.length > MAX_ENTRIES)
      this.entries.splice(0, this.entries.length - MAX_ENTRIES);
  }

  query(filter: RequestLogFilter = {}): RequestLogEntry[] {
    const pathPart = filter.pathContains?.toLowerCase();
    return this.entries.filter(
      e =>
        (!filter.method ||
          e.method.toUpperCase() === filter.method.toUpperCase()) &&
        (!filter.operation || e.operation === filter.operation) &&
        (!pathPart || e.path.toLowerCase().includes(pathPart)) &&
        (filter.status === undefined || e.status === filter.status) &&
        (!filter.subscriptionId ||
          e.subscriptionId?.toLowerCase() ===
            filter.subscriptionId.toLowerCase()) &&
        (!filter.clientId || e.clientId === filter.clientId) &&
        (!filter.since || e.time >= filter.since),
    );
  }

  clear() {
    this.entries = [];
  }
}
