import type { ArmRequest } from '../armRequest';
import { badRequest } from '../../errors/armError';

/** One page of a list plus an absolute `nextLink` carrying a `$skipToken` when more items remain. */
export function paginate<T>(
  req: ArmRequest,
  items: T[],
  pageSize: number,
): { value: T[]; nextLink?: string } {
  const token = req.query.get('$skipToken') ?? req.query.get('$skiptoken');
  let offset = 0;
  if (token) {
    offset = Number.parseInt(
      Buffer.from(token, 'base64url').toString('utf8'),
      10,
    );
    if (!Number.isInteger(offset) || offset < 0)
      throw badRequest(
        'InvalidSkipToken',
        `The skip token '${token}' is invalid.`,
      );
  }
  const value = items.slice(offset, offset + pageSize);
  if (offset + pageSize >= items.length) return { value };
  const next = new URLSearchParams(req.query);
  next.delete('$skiptoken');
  next.set(
    '$skipToken',
    Buffer.from(String(offset + pageSize)).toString('base64url'),
  );
  const path = req.path.split('/').map(encodeURIComponent).join('/');
  return { value, nextLink: `${req.baseUrl}${path}?${next.toString()}` };
}
