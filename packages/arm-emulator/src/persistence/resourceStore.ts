import { parseResourceId } from '../util/ids';

/** One stored resource: its canonical id, ARM type and ARM body. */
export interface StoredResource {
  id: string;
  /** Full type, e.g. Microsoft.ContainerService/managedClusters/agentPools. */
  type: string;
  subscriptionId: string;
  resourceGroup?: string;
  parentId?: string;
  body: any;
  /** Emulator bookkeeping that never appears in responses. */
  meta: {
    activeOperationId?: string;
    activeOperationKind?: string;
    createdAt: number;
  };
}

/** Filter for {@link ResourceStore.list}. */
export interface ResourceQuery {
  type?: string;
  subscriptionId?: string;
  resourceGroup?: string;
  parentId?: string;
}

const key = (id: string) => id.toLowerCase();
const typeInSubscription = (type: string, subscriptionId: string) =>
  `${type} ${subscriptionId}`.toLowerCase();

export function resourceTypeOf(id: string): string {
  const parsed = parseResourceId(id);
  if (!parsed.namespace) {
    return parsed.resourceGroup
      ? 'Microsoft.Resources/resourceGroups'
      : 'Microsoft.Resources/subscriptions';
  }
  return [parsed.namespace, ...parsed.types].join('/');
}

function parentOf(id: string): string | undefined {
  const parsed = parseResourceId(id);
  if (parsed.types.length < 2) return undefined;
  return id.split('/').slice(0, -2).join('/');
}

/** Resources by case-insensitive id, with type and parent indexes. Insertion order is list order. */
export class ResourceStore {
  private readonly byId = new Map<string, StoredResource>();
  private readonly byType = new Map<string, Set<string>>();
  private readonly byParent = new Map<string, Set<string>>();
  /** A list of one type in one subscription reads only those, not the whole type. */
  private readonly byTypeInSubscription = new Map<string, Set<string>>();

  get(id: string): StoredResource | undefined {
    return this.byId.get(key(id));
  }

  put(
    id: string,
    body: any,
    meta?: Partial<StoredResource['meta']>,
  ): StoredResource {
    const existing = this.get(id);
    if (existing) {
      existing.body = body;
      Object.assign(existing.meta, meta);
      return existing;
    }
    const parsed = parseResourceId(id);
    const record: StoredResource = {
      id,
      type: resourceTypeOf(id),
      subscriptionId: parsed.subscriptionId ?? '',
      resourceGroup: parsed.resourceGroup,
      parentId: parentOf(id),
      body,
      meta: { createdAt: Date.now(), ...meta },
    };
    this.byId.set(key(id), record);
    this.index(this.byType, record.type, key(id));
    this.index(
      this.byTypeInSubscription,
      typeInSubscription(record.type, record.subscriptionId),
      key(id),
    );
    if (record.parentId) this.index(this.byParent, record.parentId, key(id));
    return record;
  }

  /** Deletes a resource and everything under it. */
  delete(id: string): boolean {
    const record = this.get(id);
    if (!record) return false;
    for (const child of this.childrenOf(id)) this.delete(child.id);
    this.byId.delete(key(id));
    this.byType.get(record.type.toLowerCase())?.delete(key(id));
    this.byTypeInSubscription
      .get(typeInSubscription(record.type, record.subscriptionId))
      ?.delete(key(id));
    if (record.parentId)
      this.byParent.get(record.parentId.toLowerCase())?.delete(key(id));
    if (record.type === 'Microsoft.Resources/resourceGroups') {
      for (const inGroup of this.list({
        subscriptionId: record.subscriptionId,
        resourceGroup: record.resourceGroup,
      })) {
        this.delete(inGroup.id);
      }
    }
    return true;
  }

  childrenOf(parentId: string, type?: string): StoredResource[] {
    const ids = this.byParent.get(parentId.toLowerCase()) ?? new Set<string>();
    return [...ids]
      .map(id => this.byId.get(id)!)
      .filter(r => !type || r.type.toLowerCase() === type.toLowerCase());
  }

  list(query: ResourceQuery = {}): StoredResource[] {
    const subscriptionId = query.subscriptionId?.toLowerCase();
    const resourceGroup = query.resourceGroup?.toLowerCase();
    const parentId = query.parentId?.toLowerCase();
    let ids: Iterable<string> = this.byId.keys();
    if (query.type && subscriptionId) {
      ids =
        this.byTypeInSubscription.get(
          typeInSubscription(query.type, subscriptionId),
        ) ?? [];
    } else if (query.type) {
      ids = this.byType.get(query.type.toLowerCase()) ?? [];
    }
    const found: StoredResource[] = [];
    for (const id of ids) {
      const r = this.byId.get(id)!;
      if (
        (!subscriptionId ||
          r.subscriptionId.toLowerCase() === subscriptionId) &&
        (!resourceGroup || r.resourceGroup?.toLowerCase() === resourceGroup) &&
        (!parentId || r.parentId?.toLowerCase() === parentId)
      ) {
        found.push(r);
      }
    }
    return found;
  }

  clear(): void {
    this.byId.clear();
    this.byType.clear();
    this.byParent.clear();
  }

  private index(map: Map<string, Set<string>>, indexKey: string, id: string) {
    const k = indexKey.toLowerCase();
    let set = map.get(k);
    if (!set) map.set(k, (set = new Set()));
    set.add(id);
  }
}
