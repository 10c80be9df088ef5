import {
  DatabaseService,
  resolvePackagePath,
} from '@backstage/backend-plugin-api';
import { NotFoundError } from '@backstage/errors';
import {
  AksOperation,
  AksOperationKind,
  AksOperationStatus,
  ArmErrorDetail,
} from '@aks-backstage/plugin-aks-common';
import { Knex } from 'knex';

const TABLE = 'aks_operations';

interface OperationRow {
  id: string;
  kind: string;
  subscription_id: string;
  resource_group: string;
  cluster_name: string;
  node_pool: string | null;
  status: string;
  requested_by: string;
  started_at: string;
  ended_at: string | null;
  error_code: string | null;
  error_message: string | null;
  poller_state: string | null;
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

/** Operations in the plugin's database, shared by every replica. */
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

  async insert(operation: AksOperation, pollerState: string): Promise<void> {
    await this.#db<OperationRow>(TABLE).insert({
      id: operation.id,
      kind: operation.kind,
      subscription_id: operation.cluster.subscriptionId,
      resource_group: operation.cluster.resourceGroup,
      cluster_name: operation.cluster.name,
      node_pool: operation.nodePool ?? null,
      status: operation.status,
      requested_by: operation.requestedBy,
      started_at: operation.startedAt,
      poller_state: pollerState,
    });
  }

  async finish(
    id: string,
    status: Exclude<AksOperationStatus, 'InProgress'>,
    error?: ArmErrorDetail,
  ): Promise<AksOperation> {
    await this.#db<OperationRow>(TABLE)
      .where({ id, status: 'InProgress' })
      .update({
        status,
        ended_at: new Date().toISOString(),
        error_code: error?.code ?? null,
        error_message: error?.message ?? null,
        poller_state: null,
      });
    return this.get(id);
  }

  async get(id: string): Promise<AksOperation> {
    const row = await this.#db<OperationRow>(TABLE).where({ id }).first();
    if (!row) {
      throw new NotFoundError(`No AKS operation with id ${id}`);
    }
    return toOperation(row);
  }

  /** Operations still running, with their serialized pollers. */
  async listInProgress(): Promise<
    Array<{ operation: AksOperation; pollerState: string }>
  > {
    const rows = await this.#db<OperationRow>(TABLE).where({
      status: 'InProgress',
    });
    return rows
      .filter(row => row.poller_state)
      .map(row => ({
        operation: toOperation(row),
        pollerState: row.poller_state!,
      }));
  }
}
