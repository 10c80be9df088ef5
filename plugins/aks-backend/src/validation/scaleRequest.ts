import { InputError } from '@backstage/errors';

/** The rules of a scale request the schema cannot say. */
export function checkScaleRequest(body: {
  count?: number;
  minCount?: number;
  maxCount?: number;
}): void {
  const { count, minCount, maxCount } = body;
  if (
    count === undefined &&
    (minCount === undefined || maxCount === undefined)
  ) {
    throw new InputError('Give count, or minCount and maxCount');
  }
  if (minCount !== undefined && maxCount !== undefined && minCount > maxCount) {
    throw new InputError('minCount must not be greater than maxCount');
  }
}
