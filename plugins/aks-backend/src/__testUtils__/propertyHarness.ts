import { mockServices } from '@backstage/backend-test-utils';
import { ArmEmulator } from '@aks-backstage/arm-emulator';
import { findSecrets } from '@aks-backstage/arm-emulator/testUtils';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { format } from 'node:util';
import { armRequests } from '../testUtils/emulatorConfig';

/**
 * The seed of the property suites: fixed, so that every run tries the same
 * inputs; `FC_SEED=<n>` tries others. fast-check prints the seed and path of
 * a failing input, which reproduce it.
 */
export const SEED = Number(process.env.FC_SEED ?? 20261201);

/**
 * Every log line of the backend under test, from its start: the root logger
 * at debug level, writing to the console, which is captured here.
 */
export function captureLogs() {
  const lines: string[] = [];
  for (const level of ['error', 'warn', 'info', 'debug'] as const) {
    jest.spyOn(console, level).mockImplementation((...args: unknown[]) => {
      lines.push(format(...args));
    });
  }
  return {
    lines,
    rootLogger: mockServices.rootLogger.factory({ level: 'debug' }),
  };
}

export interface Sent {
  method: string;
  path: string;
  headers?: Record<string, string>;
  body?: string;
}

export interface Answer {
  status: number;
  text: string;
  body: any;
}

/** Sends requests as they are written (no URL normalisation) over one kept-alive connection. */
export function rawClient(server: http.Server, authorization: string) {
  const { port } = server.address() as AddressInfo;
  const agent = new http.Agent({ keepAlive: true, maxSockets: 4 });
  const send = (sent: Sent) =>
    new Promise<Answer>((resolve, reject) => {
      const request = http.request(
        {
          host: '127.0.0.1',
          port,
          agent,
          method: sent.method,
          path: sent.path,
          headers: { authorization, ...sent.headers },
        },
        response => {
          const chunks: Buffer[] = [];
          response.on('data', chunk => chunks.push(chunk));
          response.on('end', () => {
            const text = Buffer.concat(chunks).toString();
            let body: unknown;
            try {
              body = JSON.parse(text);
            } catch {
              body = undefined;
            }
            resolve({ status: response.statusCode!, text, body });
          });
        },
      );
      request.on('error', reject);
      request.end(sent.body);
    });
  return Object.assign(send, { close: () => agent.destroy() });
}

/** What a property suite saw, for its assertions and the figures it prints. */
export class Tally {
  inputs = 0;
  serverErrors: string[] = [];
  refused = 0;
  azureCallsOnRefusals = 0;
  unnamedFields: string[] = [];
  secretHits: string[] = [];
  readonly statuses = new Map<number, number>();

  constructor(private readonly emulator: ArmEmulator) {}

  /** Azure requests so far, to compare before and after an input. */
  azureCalls(): number {
    return armRequests(this.emulator).length;
  }

  record(what: string, status: number, body: unknown) {
    this.inputs++;
    this.statuses.set(status, (this.statuses.get(status) ?? 0) + 1);
    if (status >= 500) this.serverErrors.push(`${status} ${what}`);
    for (const hit of findSecrets(body)) {
      this.secretHits.push(
        `${hit.kind} in the answer to ${what}: ${hit.excerpt}`,
      );
    }
  }

  refusal(
    what: string,
    azureCalls: number,
    message: string | undefined,
    mentions: RegExp[],
  ) {
    this.refused++;
    this.azureCallsOnRefusals += azureCalls;
    if (mentions.length > 0 && !mentions.some(m => m.test(message ?? ''))) {
      this.unnamedFields.push(
        `${what}: ${message} (expected ${mentions.join(' or ')})`,
      );
    }
  }

  scanLogs(lines: string[]) {
    for (const line of lines) {
      for (const hit of findSecrets(line)) {
        this.secretHits.push(`${hit.kind} in a log line: ${hit.excerpt}`);
      }
    }
  }

  summary(name: string, logLines: number): string {
    const statuses = [...this.statuses.entries()]
      .sort(([a], [b]) => a - b)
      .map(([s, n]) => `${s}×${n}`)
      .join(' ');
    return `${name}: ${this.inputs} inputs (seed ${SEED}; ${statuses}), ${this.serverErrors.length} 5xx, ${this.refused} refused with ${this.azureCallsOnRefusals} Azure calls, ${this.unnamedFields.length} refusals not naming the field, ${this.secretHits.length} secrets in answers and ${logLines} log lines`;
  }
}
