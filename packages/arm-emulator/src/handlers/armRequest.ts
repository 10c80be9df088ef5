import type { IncomingHttpHeaders } from 'node:http';
import { ArmError } from '../errors/armError';
import type { Principal } from '../persistence/principalStore';

/** A parsed request as handlers see it. */
export interface ArmRequest {
  method: string;
  /** Decoded path without query string. */
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  rawBody: string;
  /** The emulator's base URL, e.g. https://127.0.0.1:1234 */
  baseUrl: string;
  requestId: string;
  correlationId: string;
  principal?: Principal;
  params: Record<string, string>;
}

/** What a handler returns. */
export interface ArmResponse {
  status: number;
  body?: unknown;
  /** A body sent as it is, instead of `body` as JSON. */
  text?: string;
  headers?: Record<string, string>;
}

/** Parses the JSON body the way ARM does, with ARM's error for content that does not deserialize. */
export function jsonBody(req: ArmRequest): Record<string, any> {
  if (!req.rawBody.trim()) {
    throw new ArmError(
      400,
      'InvalidRequestContent',
      'The request content was invalid and could not be deserialized: the request body is empty.',
    );
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(req.rawBody);
  } catch (error) {
    throw new ArmError(
      400,
      'InvalidRequestContent',
      `The request content was invalid and could not be deserialized: '${
        (error as Error).message
      }'.`,
    );
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new ArmError(
      400,
      'InvalidRequestContent',
      'The request content was invalid and could not be deserialized: expected a JSON object.',
    );
  }
  return parsed as Record<string, any>;
}

export const ok = (
  body: unknown,
  headers?: Record<string, string>,
): ArmResponse => ({ status: 200, body, headers });
