import {
  DatabaseService,
  resolvePackagePath,
} from '@backstage/backend-plugin-api';
import { ConflictError, NotFoundError } from '@backstage/errors';
import {
  AksClusterRef,
  AksOperation,
  AksOperationKind,
  AksOperationStatus,
  ArmErrorDetail,
} from '@aks-backstage/plugin-aks-common';
import { Knex } from 'knex';

const TABLE = 'aks_operations';
const IN_PROGRESS = 'InProgress';
/** Claims tried while the running operation keeps ending in between. */
const MAX_CLAIM_ATTEMPTS = 5;

interface OperationRow {
  id: string;
  kind: string;
  subscription_id: string;
  resource_group: string;
  cluster_name: string;
  cluster_key: string | null;
  node_pool: string | null;
  status: string;
  request: string | null;
  requested_by: string;
  started_at: string;
  ended_at: string | null;
  error_code: string | null;
  error_message: string | null;
  poller_state: string | null;
  owner_id: string | null;
  lease_expires_at: number | string | null;
}

/** An operation in progress, with its serialized poller once Azure accepted it. */
export interface RunningOperation {
  operation: AksOperation;
  pollerState?: string;
}

/** The outcome of claiming a cluster for a new operation. */
export type Claim =
  | { claimed: true }
  | { claimed: false; running: AksOperation; sameRequest: boolean };

/** Who holds a lease, and until when (epoch milliseconds). */
export interface Lease {
  ownerId: string;
  expiresAt: number;
}

function clusterKey(ref: AksClusterRef): string {
  return `${ref.subscriptionId}/${ref.resourceGroup}/${ref.name}`.toLowerCase();
}

function toOperation(row: OperationRow): AksOperation {
  return {
    id: row.id,
    kind: row.kind as AksOperationKind,
    cluster: {
      subscriptionId: row.subscription_id,
      resourceGroup: row.resource_group,
      name: row.cluster_name,
    },
    nodePool: row.node_pool ?? undefined,
    status: row.status as AksOperationStatus,
    startedAt: row.started_at,
    endedAt: row.ended_at ?? undefined,
    requestedBy: row.requested_by,
    error: row.error_code
      ? { code: row.error_code, message: row.error_message ?? '' }
      : undefined,
  };
}

function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: string })?.code;
  // PostgreSQL; SQLite through better-sqlite3, then through sqlite3
  return ['23505', 'SQLITE_CONSTRAINT_UNIQUE', 'SQLITE_CONSTRAINT'].includes(
    code ?? '',
  );
}

/**
 * Operations in the plugin's database, shared by every replica. The database
 * admits one operation in progress per cluster, and a lease says which
 * replica follows an operation.
 */
export class OperationStore {
  readonly #db: Knex;

  static async create(database: DatabaseService): Promise<OperationStore> {
    const db = await database.getClient();
    if (!database.migrations?.skip) {
      await db.migrate.latest({
        directory: resolvePackagePath(
          '@aks-backstage/plugin-aks-backend',
          'migrations',
        ),
      });
    }
    return new OperationStore(db);
  }

  private constructor(db: Knex) {
    this.#db = db;
  }

  /**
   * Records a new operation in progress, leased to its owner, unless another
   * is in progress on the cluster: then that one is returned, and whether it
   * was asked with the same request.
   */
  async claim(
    operation: AksOperation,
    request: string,
    lease: Lease,
  ): Promise<Claim> {
    const key = clusterKey(operation.cluster);
    for (let attempt = 1; ; attempt++) {
      try {
        await this.#db<OperationRow>(TABLE).insert({
          id: operation.id,
          kind: operation.kind,
          subscription_id: operation.cluster.subscriptionId,
          resource_group: operation.cluster.resourceGroup,
          cluster_name: operation.cluster.name,
          cluster_key: key,
          node_pool: operation.nodePool ?? null,
          status: IN_PROGRESS,
          request,
          requested_by: operation.requestedBy,
          started_at: operation.startedAt,
          owner_id: lease.ownerId,
          lease_expires_at: lease.expiresAt,
        });
        return { claimed: true };
      } catch (error) {
        if (!isUniqueViolation(error)) throw error;
        if (attempt === MAX_CLAIM_ATTEMPTS) {
          throw new ConflictError(
            `Operations on cluster ${key} keep starting and ending; try again`,
          );
        }
      }
      const running = await this.#db<OperationRow>(TABLE)
        .where({ cluster_key: key, status: IN_PROGRESS })
        .first();
      // Otherwise it ended in between: try again.
      if (running) {
        return {
          claimed: false,
          running: toOperation(running),
          sameRequest: running.request === request,
        };
      }
    }
  }

  /** Keeps the poller of an operation Azure accepted, for any replica to resume. */
  async attachPoller(id: string, pollerState: string): Promise<void> {
    await this.#db<OperationRow>(TABLE)
      .where({ id, status: IN_PROGRESS })
      .update({ poller_state: pollerState });
  }

  /** Ends an operation; undefined when it had ended already. */
  async finish(
    id: string,
    status: Exclude<AksOperationStatus, 'InProgress'>,
    error?: ArmErrorDetail,
  ): Promise<AksOperation | undefined> {
    const updated = await this.#db<OperationRow>(TABLE)
      .where({ id, status: IN_PROGRESS })
      .update({
        status,
        ended_at: new Date().toISOString(),
        error_code: error?.code ?? null,
        error_message: error?.message ?? null,
        poller_state: null,
        lease_expires_at: null,
      });
    return updated === 1 ? this.get(id) : undefined;
  }

  async get(id: string): Promise<AksOperation> {
    const row = await this.#db<OperationRow>(TABLE).where({ id }).first();
    if (!row) {
      throw new NotFoundError(`No AKS operation with id ${id}`);
    }
    return toOperation(row);
  }

  /**
   * Takes the lease of every operation in progress that no replica holds
   * (released, expired, or from before leases), each with a conditional
   * update so that one replica wins it.
   */
  async takeUnheld(lease: Lease, now: number): Promise<RunningOperation[]> {
    const unheld = (query: Knex.QueryBuilder<OperationRow>) =>
      query
        .where({ status: IN_PROGRESS })
        .andWhere(q =>
          q.whereNull('lease_expires_at').orWhere('lease_expires_at', '<', now),
        );
    const candidates = await unheld(this.#db<OperationRow>(TABLE)).select('id');
    const taken: RunningOperation[] = [];
    for (const { id } of candidates) {
      const updated = await unheld(
        this.#db<OperationRow>(TABLE).where({ id }),
      ).update({
        owner_id: lease.ownerId,
        lease_expires_at: lease.expiresAt,
      });
      if (updated !== 1) continue;
      const row = await this.#db<OperationRow>(TABLE).where({ id }).first();
      if (row?.status === IN_PROGRESS) {
        taken.push({
          operation: toOperation(row),
          pollerState: row.poller_state ?? undefined,
        });
      }
    }
    return taken;
  }

  /** Extends the owner's leases; returns the ids it still holds. */
  async renew(ids: string[], lease: Lease): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const held = () =>
      this.#db<OperationRow>(TABLE)
        .whereIn('id', ids)
        .where({ owner_id: lease.ownerId, status: IN_PROGRESS });
    await held().update({ lease_expires_at: lease.expiresAt });
    const rows = await held().select('id');
    return new Set(rows.map(row => row.id));
  }

  /** Gives up the owner's leases, for another replica to take at once. */
  async release(ids: string[], ownerId: string): Promise<void> {
    if (ids.length === 0) return;
    await this.#db<OperationRow>(TABLE)
      .whereIn('id', ids)
      .where({ owner_id: ownerId, status: IN_PROGRESS })
      .update({ owner_id: null, lease_expires_at: null });
  }
}
