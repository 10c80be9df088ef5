import type { ArmResponse } from '../handlers/armRequest';
import { ArmError } from '../errors/armError';

/** The answer to what a handler or the pipeline threw: its ARM error, or ARM's 500 for anything else. */
export function errorResponse(error: unknown): ArmResponse {
  if (error instanceof ArmError) {
    return {
      status: error.status,
      body: error.toBody(),
      headers: error.headers,
    };
  }
  return {
    status: 500,
    body: {
      error: {
        code: 'InternalServerError',
        message: `The emulator failed to process the request: ${
          (error as Error)?.message ?? error
        }`,
      },
    },
  };
}
