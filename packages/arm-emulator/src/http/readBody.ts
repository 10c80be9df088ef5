import type { IncomingMessage } from 'node:http';
import { ArmError } from '../errors/armError';

const MAX_BODY_BYTES = 4 * 1024 * 1024;

/** The request's body as text, or ARM's 413 when it is larger than ARM takes. */
export function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES)
        reject(
          new ArmError(
            413,
            'RequestEntityTooLarge',
            'The request content is too large.',
          ),
        );
      else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
