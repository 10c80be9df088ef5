import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import type { Entity } from '@backstage/catalog-model';
import { ArmEmulator, DEMO_IDS } from '@aks-backstage/arm-emulator';
import { AksClusterEntityProvider } from '@aks-backstage/plugin-catalog-backend-module-aks';
import { AksClusterSupplier } from '@aks-backstage/plugin-kubernetes-backend-module-aks';
import { AzureClients } from '@aks-backstage/plugin-aks-node';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import type { AddressInfo, Server } from 'node:net';
import request from 'supertest';
import {
  demoConfig,
  eventually,
  guestToken,
  startDemoBackend,
} from './demoBackend';

/** What one reader of ARM answered: its HTTP status (or 200 for an in-process reader) and body. */
export interface Answer {
  reader: string;
  status: number;
  body: any;
}

const PROD = DEMO_IDS.productionSubscriptionId;

/**
 * Every reader of ARM that the product has, against one emulator: the AKS
 * backend's read routes (through the demo backend, uncached), its MCP read
 * actions (through the MCP actions backend), the catalog provider and the
 * Kubernetes cluster supplier.
 */
export async function startEveryReader(emulator: ArmEmulator) {
  const server = (await startDemoBackend(emulator, {
    cacheTtlSeconds: 0,
  })) as Server;
  const auth = { Authorization: `Bearer ${await guestToken(server)}` };
  const mcp = new Client({ name: 'readers', version: '1.0.0' });
  await mcp.connect(
    new StreamableHTTPClientTransport(
      new URL(
        `http://localhost:${
          (server.address() as AddressInfo).port
        }/api/mcp-actions/v1`,
      ),
      { requestInit: { headers: auth } },
    ),
  );

  const config = new ConfigReader(demoConfig(emulator));
  const clients = AzureClients.fromConfig(config);
  const logger = mockServices.logger.mock();
  const provided: Entity[][] = [];
  const provider = new AksClusterEntityProvider({
    clients,
    config: {
      schedule: { frequency: { minutes: 30 }, timeout: { minutes: 1 } },
      ownerTag: 'owner',
      defaultOwner: 'group:default/team-platform',
      systemTag: 'system',
      descriptionTag: 'description',
      namespace: 'default',
    },
    logger,
    taskRunner: { run: async () => {} },
  });
  await provider.connect({
    applyMutation: async mutation => {
      if (mutation.type === 'full') {
        provided.push(mutation.entities.map(e => e.entity));
      }
    },
    refresh: async () => {},
  });

  async function route(path: string): Promise<Answer> {
    const response = await request(server).get(`/api/aks${path}`).set(auth);
    return {
      reader: `GET ${path}`,
      status: response.status,
      body: response.body,
    };
  }

  function tool(name: string, args: object): Promise<Answer> {
    return settled(`MCP ${name}`, async () => {
      const result = await mcp.callTool({ name, arguments: args as any });
      if (result.isError) throw new Error(JSON.stringify(result.content));
      return result.structuredContent;
    });
  }

  async function settled(
    reader: string,
    read: () => Promise<unknown>,
  ): Promise<Answer> {
    try {
      return { reader, status: 200, body: await read() };
    } catch (error) {
      return { reader, status: 500, body: String(error) };
    }
  }

  const cluster = (sub: string, group: string, name: string) =>
    `/clusters/${sub}/${group}/${name}`;
  const payments = cluster(PROD, 'rg-payments-prod', 'aks-payments-prod');
  const paymentsId = `/subscriptions/${PROD}/resourceGroups/rg-payments-prod/providers/Microsoft.ContainerService/managedClusters/aks-payments-prod`;

  // The catalog reads the demo's entities after the backend has started.
  await eventually(
    () => route('/entities/component/default/payments-api/clusters'),
    answer => answer.status === 200,
  );

  return {
    /** Reads through every reader once; the answers in a fixed order. */
    async readAll(): Promise<Answer[]> {
      const answers = await Promise.all([
        route('/entities/component/default/payments-api/clusters'),
        route('/entities/component/default/payments-api/gitops'),
        route('/entities/component/default/payments-api/workload-identities'),
        route(payments),
        route(`${payments}/upgrades`),
        route('/clusters?limit=500'),
        route(
          `/locations/westeurope/kubernetes-versions?subscriptionId=${PROD}`,
        ),
        route(`/subscriptions/${PROD}/locations`),
        tool('aks.list-clusters', {}),
        tool('aks.get-cluster', { clusterId: paymentsId }),
      ]);
      provided.length = 0;
      const supplier = new AksClusterSupplier({ clients, logger });
      const inProcess = await Promise.all([
        settled('cluster supplier', () =>
          supplier.getClusters({ credentials: mockCredentials.service() }),
        ),
        settled('catalog provider', async () => {
          await provider.refresh();
          return provided.flat();
        }),
      ]);
      return [...answers, ...inProcess];
    },
    stop: () => mcp.close(),
  };
}
