import { request } from 'node:https';
import type { ArmEmulator } from '../types';

/** What {@link armFetch} resolves to. */
export interface ArmFetchResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: any;
  text: string;
}

/**
 * A raw HTTPS call to the emulator (for tests that look at exact status
 * codes, headers and bodies): a path and query, or an absolute URL the
 * emulator handed out (nextLink, Azure-AsyncOperation, Location).
 */
export function armFetch(
  emulator: ArmEmulator,
  method: string,
  pathOrUrl: string,
  options: {
    body?: unknown;
    token?: string | null;
    headers?: Record<string, string>;
  } = {},
): Promise<ArmFetchResponse> {
  const token =
    options.token === undefined
      ? emulator.admin.issueToken(emulator.clientId)
      : options.token;
  let payload: string | undefined;
  if (options.body !== undefined)
    payload =
      typeof options.body === 'string'
        ? options.body
        : JSON.stringify(options.body);
  return new Promise((resolve, reject) => {
    const req = request(
      pathOrUrl.startsWith('https://')
        ? pathOrUrl
        : `${emulator.url}${pathOrUrl}`,
      {
        method,
        ca: emulator.caCertPem,
        headers: {
          ...(token ? { authorization: `Bearer ${token}` } : {}),
          ...(payload ? { 'content-type': 'application/json' } : {}),
          ...options.headers,
        },
      },
      res => {
        const chunks: Buffer[] = [];
        res.on('data', chunk => chunks.push(chunk));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let body: any;
          try {
            body = text ? JSON.parse(text) : undefined;
          } catch {
            body = undefined;
          }
          resolve({
            status: res.statusCode!,
            headers: res.headers,
            body,
            text,
          });
        });
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}
