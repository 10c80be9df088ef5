import { locationRequired } from '../../errors/armError';

/** Location as ARM stores it: lower case, no spaces. */
export const normalizeLocation = (location: string) =>
  location.toLowerCase().replace(/\s/g, '');

/** ARM's 400 for a body without a location. */
export function requireLocation(body: Record<string, any>): void {
  if (!body.location) throw locationRequired();
}
