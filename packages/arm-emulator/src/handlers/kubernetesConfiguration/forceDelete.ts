import type { ArmRequest } from '../armRequest';
import { invalidValue } from './configurationInput';

/**
 * The `forceDelete` query parameter: a forced delete removes the resource at
 * once, without waiting for the cluster's agent to uninstall it.
 */
export function forceDeleteOf(req: ArmRequest): boolean {
  const value = req.query.get('forceDelete');
  if (value === null) return false;
  if (!/^(true|false)$/i.test(value))
    throw invalidValue(
      `The query parameter 'forceDelete' must be true or false; got '${value}'.`,
      'forceDelete',
    );
  return value.toLowerCase() === 'true';
}
