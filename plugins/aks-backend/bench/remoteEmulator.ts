import { ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { Agent, request } from 'node:https';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import type { RequestLogEntry } from '@aks-backstage/arm-emulator';

/**
 * The ARM emulator in a process of its own, as Azure is to a real backend, so
 * that its work does not run on the backend's event loop. The admin calls the
 * benchmark needs go over its HTTP admin API.
 */
export interface RemoteEmulator {
  url: string;
  authorityHost: string;
  tenantId: string;
  clientId: string;
  clientSecret: string;
  subscriptionIds: string[];
  caCertPem: string;
  requests(operation?: string): Promise<RequestLogEntry[]>;
  clearRequests(): Promise<void>;
  stop(): Promise<void>;
}

const CLI = resolve(__dirname, '../../../packages/arm-emulator/src/cli.ts');

export async function startRemoteEmulator(
  args: string[],
): Promise<RemoteEmulator> {
  const child: ChildProcess = spawn(
    process.execPath,
    ['--require', '@backstage/cli/config/nodeTransform.cjs', CLI, ...args],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const [line] = await once(createInterface({ input: child.stdout! }), 'line');
  const info = JSON.parse(line);
  const caCertPem = readFileSync(info.caCertPath, 'utf8');
  const agent = new Agent({ ca: caCertPem, keepAlive: true });

  const admin = (method: string, path: string) =>
    new Promise<any>((done, fail) => {
      const req = request(
        `${info.url}/_emulator${path}`,
        { method, agent },
        res => {
          const chunks: Buffer[] = [];
          res.on('data', chunk => chunks.push(chunk));
          res.on('end', () => {
            const text = Buffer.concat(chunks).toString();
            done(text ? JSON.parse(text) : undefined);
          });
        },
      );
      req.on('error', fail);
      req.end();
    });

  return {
    ...info,
    caCertPem,
    requests: async operation =>
      (
        await admin(
          'GET',
          `/requests${operation ? `?operation=${operation}` : ''}`,
        )
      ).value,
    clearRequests: () => admin('DELETE', '/requests'),
    stop: async () => {
      agent.destroy();
      child.kill('SIGTERM');
      await once(child, 'exit');
    },
  };
}
