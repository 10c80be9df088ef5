import type { StoredResource } from '../../persistence/resourceStore';
import { nameOf } from '../../util/ids';

/** A stored resource as ARM returns it: its id, name and type, then its body. */
export function renderResource(
  record: StoredResource,
  type: string,
  body: Record<string, any> = record.body,
): Record<string, any> {
  return { id: record.id, name: nameOf(record.id), type, ...body };
}
