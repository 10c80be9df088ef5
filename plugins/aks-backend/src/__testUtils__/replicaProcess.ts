import { spawn } from 'node:child_process';
import { AddressInfo } from 'node:net';
import { once } from 'node:events';
import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import knex, { Knex } from 'knex';
import { aksPlugin } from '../plugin';

const PORT_LINE = /^AKS_REPLICA_PORT=(\d+)$/m;

/**
 * A backend replica in a process of its own, that a test can kill outright
 * (no shutdown hooks, no lease given up), on the test's database.
 */
export async function startReplicaProcess(options: {
  config: Record<string, unknown>;
  database: Knex.Config;
}) {
  const child = spawn(
    process.execPath,
    [
      '--require',
      require.resolve('@backstage/cli/config/nodeTransform.cjs'),
      __filename,
    ],
    {
      env: { ...process.env, AKS_REPLICA: JSON.stringify(options) },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  const port = await new Promise<number>((resolve, reject) => {
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const match = PORT_LINE.exec(output);
      if (match) resolve(Number(match[1]));
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.once('exit', code =>
      reject(new Error(`replica exited with ${code}: ${output.slice(-2000)}`)),
    );
  });
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    async kill() {
      const exited = once(child, 'exit');
      child.kill('SIGKILL');
      await exited;
    },
  };
}

/** In the child: the real plugin in a test backend, on the given database. */
async function runReplica() {
  const { config, database } = JSON.parse(process.env.AKS_REPLICA!);
  const backend = await startTestBackend({
    features: [
      aksPlugin,
      mockServices.database.factory({ knex: knex(database) }),
      mockServices.rootConfig.factory({ data: config }),
    ],
  });
  const { port } = backend.server.address() as AddressInfo;
  process.stdout.write(`AKS_REPLICA_PORT=${port}\n`);
}

if (require.main === module) {
  runReplica().catch(error => {
    process.stderr.write(`${error?.stack ?? error}\n`);
    process.exit(1);
  });
}
