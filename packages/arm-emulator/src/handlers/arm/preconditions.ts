import { ArmError } from '../../errors/armError';
import type { ArmRequest } from '../armRequest';
import type { StoredResource } from '../../persistence/resourceStore';

/** Enforces If-Match / If-None-Match against the stored eTag. */
export function checkPreconditions(
  req: ArmRequest,
  existing: StoredResource | undefined,
  etag: () => string | undefined,
) {
  const ifMatch = req.headers['if-match'];
  const ifNoneMatch = req.headers['if-none-match'];
  if (ifNoneMatch === '*' && existing) {
    throw new ArmError(
      412,
      'PreconditionFailed',
      'The resource already exists and If-None-Match is "*".',
    );
  }
  if (
    ifMatch &&
    ifMatch !== '*' &&
    (!existing || ifMatch.replace(/"/g, '') !== etag())
  ) {
    throw new ArmError(
      412,
      'PreconditionFailed',
      `The specified If-Match value '${ifMatch}' does not match the resource's eTag.`,
    );
  }
  if (ifMatch === '*' && !existing) {
    throw new ArmError(
      412,
      'PreconditionFailed',
      'The resource does not exist and If-Match is "*".',
    );
  }
}
