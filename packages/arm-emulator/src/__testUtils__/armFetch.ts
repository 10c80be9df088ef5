import { request } from 'node:https';
import type { ArmEmulator } from '../types';

/** A raw HTTPS call to the emulator (for tests that look at exact status codes, headers and bodies). */
export function armFetch(
  emulator: ArmEmulator,
  method: string,
  pathAndQuery: string,
  options: {
    body?: unknown;
    token?: string | null;
    headers?: Record<string, string>;
  } = {},
): Promise<{
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: any;
}> {
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
      `${emulator.url}${pathAndQuery}`,
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
          resolve({
            status: res.statusCode!,
            headers: res.headers,
            body: text ? JSON.parse(text) : undefined,
          });
        });
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}
