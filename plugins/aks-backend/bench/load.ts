import { spawn } from 'node:child_process';

/** What autocannon measured in one run. */
export interface LoadResult {
  requests: number;
  /** Responses per second over the run. */
  throughput: number;
  latency: { p50: number; p99: number };
  statuses: Record<string, number>;
  errors: number;
}

/**
 * Runs autocannon in a process of its own, so that the load it makes does not
 * share the backend's event loop. `amount` sends that many requests in all
 * (one per connection for a burst); otherwise it runs for `seconds`.
 */
export function runLoad(options: {
  url: string;
  headers: Record<string, string>;
  connections: number;
  seconds?: number;
  amount?: number;
}): Promise<LoadResult> {
  const args = [
    require.resolve('autocannon/autocannon.js'),
    '--json',
    '--connections',
    String(options.connections),
    '--timeout',
    '60',
    ...(options.amount
      ? ['--amount', String(options.amount)]
      : ['--duration', String(options.seconds ?? 5)]),
    ...Object.entries(options.headers).flatMap(([k, v]) => [
      '--headers',
      `${k}=${v}`,
    ]),
    options.url,
  ];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    let out = '';
    child.stdout.on('data', chunk => (out += chunk));
    child.once('error', reject);
    child.once('exit', code => {
      if (code !== 0) {
        reject(new Error(`autocannon exited with ${code}`));
        return;
      }
      const result = JSON.parse(out);
      resolve({
        requests: result.requests.total,
        throughput: result.requests.total / (result.duration || 1),
        latency: { p50: result.latency.p50, p99: result.latency.p99 },
        statuses: Object.fromEntries(
          Object.entries(result.statusCodeStats ?? {}).map(([status, s]) => [
            status,
            (s as { count: number }).count,
          ]),
        ),
        errors: result.errors + result.timeouts,
      });
    });
  });
}
