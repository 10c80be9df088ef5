import { createServer, type Server } from 'node:https';
import type { ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import type { ArmEmulator, ArmEmulatorOptions } from './types';
import { EmulatorContext } from './emulatorContext';
import { FaultController } from './faults/faultController';
import { generateCertificates } from './tls/generateCertificates';
import { applySeed } from './seeds/applySeed';
import { DEMO_IDS } from './seeds/demoIds';
import { createAdmin } from './admin/createAdmin';
import { createRequestHandler } from './http/handleRequest';
import { GRAPH_PREFIX } from './handlers/graph/graphEndpoint';
import { KUBERNETES_PREFIX } from './handlers/kubernetes/kubernetesApi';

/**
 * Starts an HTTPS server that behaves like Azure Resource Manager (AKS, ACR, ACI,
 * role assignments, resource groups), the Entra token endpoint and the Microsoft
 * Graph read of applications' secret end dates.
 * @public
 */
export async function startArmEmulator(
  options: ArmEmulatorOptions = {},
): Promise<ArmEmulator> {
  const faults = new FaultController({
    latency: {
      fixedMs: options.latencyMs ?? 0,
      jitterMs: options.jitterMs ?? 0,
    },
    throttling: options.throttling ?? false,
  });
  const certificates = await generateCertificates();
  const ctx = new EmulatorContext(
    DEMO_IDS.tenantId,
    certificates.caCertPem,
    faults,
    {
      lroDurationMs: options.lroDurationMs ?? 20,
      pageSize: options.pageSize ?? 100,
    },
  );
  applySeed(ctx, options.seed ?? 'demo');

  const admin = createAdmin(ctx);
  const hanging = new Set<ServerResponse>();
  const sockets = new Set<Socket>();
  let url = '';
  const info = () => ({
    url,
    authorityHost: url,
    graphEndpoint: `${url}${GRAPH_PREFIX}`,
    kubernetesUrlTemplate: `${url}${KUBERNETES_PREFIX}/{subscriptionId}/{resourceGroup}/{name}`,
    tenantId: ctx.tenantId,
    clientId: DEMO_IDS.clientId,
    clientSecret: DEMO_IDS.clientSecret,
    subscriptionIds: ctx.subscriptions.ids(),
  });
  const server: Server = createServer(
    { key: certificates.serverKeyPem, cert: certificates.serverCertPem },
    createRequestHandler(ctx, admin, info, hanging),
  );
  // Every connection, also one still in its TLS handshake, so that stop()
  // does not wait for clients that keep theirs alive.
  server.on('connection', socket => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => {});
  });
  server.on('tlsClientError', () => {});

  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const address = server.address();
  const port =
    typeof address === 'object' && address ? address.port : options.port;
  url = `https://${host.includes(':') ? `[${host}]` : host}:${port}`;

  return {
    ...(info() as Omit<ArmEmulator, 'caCertPem' | 'admin' | 'stop'>),
    caCertPem: certificates.caCertPem,
    admin,
    stop: async () => {
      ctx.operations.clear();
      for (const res of hanging) res.destroy();
      for (const socket of sockets) socket.destroy();
      await new Promise<void>(resolve => server.close(() => resolve()));
    },
  };
}
