import type { ArmResponse } from '../armRequest';

/** An API server's answer that is not the object asked for: a `Status` with its code and reason. */
export function status(
  code: number,
  reason: string,
  message: string,
  details?: object,
): ArmResponse {
  return {
    status: code,
    body: {
      kind: 'Status',
      apiVersion: 'v1',
      metadata: {},
      status: 'Failure',
      message,
      reason,
      ...(details ? { details } : {}),
      code,
    },
  };
}

/** An API server's answer of 200 with the object or list asked for. */
export const ok = (body: unknown): ArmResponse => ({ status: 200, body });
