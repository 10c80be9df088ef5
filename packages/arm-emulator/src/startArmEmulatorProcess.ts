import { ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { Agent, request } from 'node:https';
import { createInterface } from 'node:readline';
import type { RequestLogEntry } from './persistence/requestLog';

/**
 * The ARM emulator in a process of its own, as Azure is to a real backend, so
 * that its work does not run on the backend's event loop. The admin calls the
 * benchmarks need go over its HTTP admin API.
 *
 * @public
 */
export interface ArmEmulatorProcess {
  url: string;
  authorityHost: string;
  /** Base URL of the emulated Microsoft Graph. */
  graphEndpoint: string;
  tenantId: string;
  clientId: string;
  clientSecret: string;
  subscriptionIds: string[];
  caCertPem: string;
  requests(operation?: string): Promise<RequestLogEntry[]>;
  clearRequests(): Promise<void>;
  stop(): Promise<void>;
}

// The package's own bin, wherever the package is installed.
const CLI = require.resolve('@aks-backstage/arm-emulator/bin/arm-emulator');

/**
 * Starts the emulator's CLI in a child process with the given flags.
 *
 * @public
 */
export async function startArmEmulatorProcess(
  args: string[],
): Promise<ArmEmulatorProcess> {
  const child: ChildProcess = spawn(process.execPath, [CLI, ...args], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
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
