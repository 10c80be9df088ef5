import { request } from 'node:https';

/** Where and how one cluster's Kubernetes API server is read. */
export interface KubernetesApiAccess {
  /** The API server, without a trailing slash. */
  url: string;
  /** The CA (PEM) to trust, when it is not publicly trusted. */
  caPem?: string;
  /** A bearer token; never logged nor put in a message. */
  token: string;
  timeoutMs: number;
}

const MAX_BODY_BYTES = 8 * 1024 * 1024;
const MAX_REASON = 200;

/** What the API server said when it refused: its Status message, cut short. */
function reasonOf(status: number, body: string): string {
  let message: unknown;
  try {
    message = JSON.parse(body)?.message;
  } catch {
    message = undefined;
  }
  const text =
    typeof message === 'string' && message ? message : 'no reason given';
  return `${status} ${text.slice(0, MAX_REASON)}`;
}

/** A GET of one path of the API server; the body as text, or an error that says why without the token. */
export function kubernetesGet(
  access: KubernetesApiAccess,
  path: string,
  accept = 'application/json',
): Promise<string> {
  return new Promise((resolve, reject) => {
    const req = request(
      `${access.url}${path}`,
      {
        method: 'GET',
        // One connection per read, closed after it: a check reads rarely.
        agent: false,
        ca: access.caPem ? [access.caPem] : undefined,
        headers: { Authorization: `Bearer ${access.token}`, Accept: accept },
        timeout: access.timeoutMs,
      },
      res => {
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > MAX_BODY_BYTES) {
            req.destroy(new Error(`${path} answered more than 8 MB`));
            return;
          }
          chunks.push(chunk);
        });
        res.on('end', () => {
          const body = Buffer.concat(chunks).toString('utf8');
          const status = res.statusCode ?? 0;
          if (status >= 200 && status < 300) resolve(body);
          else reject(new Error(`${path} answered ${reasonOf(status, body)}`));
        });
        res.on('error', reject);
      },
    );
    req.on('timeout', () =>
      req.destroy(
        new Error(`${path} did not answer within ${access.timeoutMs} ms`),
      ),
    );
    req.on('error', error =>
      reject(
        new Error(`${path}: ${error.message.replace(/\s+/g, ' ').trim()}`, {
          cause: error,
        }),
      ),
    );
    req.end();
  });
}
