import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import mcpActionsPlugin from '@backstage/plugin-mcp-actions-backend';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { ArmEmulator, startArmEmulator } from '@aks-backstage/arm-emulator';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import type { AddressInfo } from 'node:net';
import { clusters, startAksTestBackend } from '../testUtils';

const OPERATOR = 'user:default/olivia';
const READER = 'user:default/rita';
/** Sees the actions that change clusters, but may operate no cluster. */
const ONLOOKER = 'user:default/vera';
const paymentsId = `/subscriptions/${clusters.healthy.subscriptionId}/resourceGroups/${clusters.healthy.resourceGroup}/providers/Microsoft.ContainerService/managedClusters/${clusters.healthy.name}`;

/** Every signed-in user may read clusters; only the operator may operate them. */
function decide(
  permission: { name: string },
  credentials: BackstageCredentials,
) {
  const user =
    credentials.principal && 'userEntityRef' in (credentials.principal as any)
      ? (credentials.principal as any).userEntityRef
      : undefined;
  if (permission.name === 'aks.cluster.operate') {
    return user === OPERATOR ? AuthorizeResult.ALLOW : AuthorizeResult.DENY;
  }
  if (permission.name === 'aks.actions.operate') {
    return user === OPERATOR || user === ONLOOKER
      ? AuthorizeResult.ALLOW
      : AuthorizeResult.DENY;
  }
  return user ? AuthorizeResult.ALLOW : AuthorizeResult.DENY;
}

/**
 * The AKS actions through the MCP actions backend, with the real MCP SDK
 * client over its streamable HTTP transport, against the emulator.
 */
describe('AKS actions over MCP', () => {
  let emulator: ArmEmulator;
  let baseUrl: string;
  const auditor = mockServices.auditor.mock();

  beforeAll(async () => {
    emulator = await startArmEmulator();
    const permissions = mockServices.permissions.mock({
      authorize: async (requests, { credentials }) =>
        requests.map(r => ({
          result: decide(r.permission, credentials),
        })) as any,
      authorizeConditional: async (requests, { credentials }) =>
        requests.map(r => ({
          result: decide(r.permission, credentials),
        })) as any,
    });
    const { server } = await startAksTestBackend({
      emulator,
      config: { backend: { actions: { pluginSources: ['aks'] } } },
      features: [
        mcpActionsPlugin,
        permissions.factory,
        auditor.factory,
        catalogServiceMock.factory(),
      ],
    });
    baseUrl = `http://localhost:${(server.address() as AddressInfo).port}`;
  }, 60_000);
  afterAll(() => emulator.stop());

  async function connect(user: string): Promise<Client> {
    const client = new Client({ name: 'aks-test', version: '1.0.0' });
    await client.connect(
      new StreamableHTTPClientTransport(
        new URL(`${baseUrl}/api/mcp-actions/v1`),
        {
          requestInit: {
            headers: { Authorization: mockCredentials.user.header(user) },
          },
        },
      ),
    );
    return client;
  }

  async function call(client: Client, name: string, args: object) {
    const result = await client.callTool({ name, arguments: args as any });
    const [content] = result.content as Array<{ text: string }>;
    return {
      isError: !!result.isError,
      text: content.text,
      output: result.structuredContent as any,
    };
  }

  async function untilDone(client: Client, operationId: string) {
    for (;;) {
      const { output } = await call(client, 'aks.get-operation', {
        operationId,
      });
      if (output.operation.status !== 'InProgress') return output.operation;
      await new Promise(resolve => setTimeout(resolve, 20));
    }
  }

  it('lists the tools with truthful hints', async () => {
    const client = await connect(OPERATOR);
    const { tools } = await client.listTools();
    const byName = Object.fromEntries(tools.map(t => [t.name, t]));
    expect(Object.keys(byName).sort()).toEqual([
      'aks.get-cluster',
      'aks.get-cluster-maintenance',
      'aks.get-cluster-upgrades',
      'aks.get-operation',
      'aks.get-upgrade-readiness',
      'aks.list-clusters',
      'aks.scale-node-pool',
      'aks.start-cluster',
      'aks.stop-cluster',
      'aks.upgrade-cluster',
    ]);
    expect(byName['aks.get-cluster'].annotations).toMatchObject({
      readOnlyHint: true,
      destructiveHint: false,
    });
    expect(byName['aks.stop-cluster'].annotations).toMatchObject({
      readOnlyHint: false,
      destructiveHint: true,
      idempotentHint: true,
    });
    expect(byName['aks.start-cluster'].annotations).toMatchObject({
      destructiveHint: false,
    });
    expect(
      (byName['aks.get-cluster'].inputSchema as any).properties.clusterId
        .maxLength,
    ).toBe(400);
    await client.close();
  }, 30_000);

  it("reads a cluster's health, and lists the fleet by health", async () => {
    const client = await connect(READER);
    const { output } = await call(client, 'aks.get-cluster', {
      clusterId: paymentsId,
    });
    expect(output.cluster).toMatchObject({
      name: 'aks-payments-prod',
      health: { status: expect.any(String), warnings: expect.any(Array) },
      currentKubernetesVersion: '1.35.2',
    });
    const stopped = await call(client, 'aks.list-clusters', {
      health: 'stopped',
    });
    expect(stopped.output.items.map((c: any) => c.name)).toEqual([
      'aks-dev-stopped',
    ]);
    await client.close();
  }, 30_000);

  it('tells when a cluster will change, as the REST route does', async () => {
    const client = await connect(READER);
    const { isError, output } = await call(
      client,
      'aks.get-cluster-maintenance',
      { clusterId: paymentsId },
    );
    expect(isError).toBe(false);
    expect(output.maintenance).toMatchObject({
      upgradeChannel: 'patch',
      nodeOSUpgradeChannel: 'NodeImage',
      windows: [
        {
          kind: 'autoUpgrade',
          summary: 'Every Sunday 02:00–06:00 UTC+01:00',
          next: expect.arrayContaining([
            { start: expect.any(String), end: expect.any(String) },
          ]),
        },
        { kind: 'nodeOS' },
      ],
    });
    const filtered = await call(client, 'aks.list-clusters', {
      maintenance: 'auto-upgrade-without-window',
    });
    expect(filtered.output.items.map((c: any) => c.name)).not.toContain(
      'aks-payments-prod',
    );
    for (const item of filtered.output.items) {
      expect(item.upgradeChannel).not.toBe('none');
    }
    await client.close();
  }, 30_000);

  it('checks an upgrade first, and upgrade-cluster refuses its blocking findings', async () => {
    const ltsId = `/subscriptions/${clusters.lts.subscriptionId}/resourceGroups/${clusters.lts.resourceGroup}/providers/Microsoft.ContainerService/managedClusters/${clusters.lts.name}`;
    const reader = await connect(READER);
    const checked = await call(reader, 'aks.get-upgrade-readiness', {
      clusterId: ltsId,
      kubernetesVersion: '1.33.8',
    });
    expect(checked.isError).toBe(false);
    expect(checked.output.readiness).toMatchObject({
      targetVersion: '1.33.8',
      blocking: true,
    });
    expect(checked.output.readiness.findings).toContainEqual(
      expect.objectContaining({
        code: 'QuotaInsufficient',
        severity: 'blocking',
      }),
    );
    const offered = await call(reader, 'aks.get-upgrade-readiness', {
      clusterId: ltsId,
      kubernetesVersion: '1.99.0',
    });
    expect(offered.text).toMatch(/^InputError: Invalid kubernetesVersion/);

    const operator = await connect(OPERATOR);
    emulator.admin.clearRequests();
    const refused = await call(operator, 'aks.upgrade-cluster', {
      clusterId: ltsId,
      kubernetesVersion: '1.33.8',
    });
    expect(refused.isError).toBe(true);
    expect(refused.text).toMatch(/^ConflictError: .*Not enough vCPU quota/);
    expect(
      emulator.admin.requests({ operation: 'ManagedClusters_CreateOrUpdate' }),
    ).toEqual([]);
    await Promise.all([reader.close(), operator.close()]);
  }, 30_000);

  it('stops and starts a cluster, audited as the user', async () => {
    const client = await connect(OPERATOR);
    const stop = await call(client, 'aks.stop-cluster', {
      clusterId: paymentsId,
    });
    expect(stop.isError).toBe(false);
    expect(stop.output.operation).toMatchObject({
      kind: 'stop',
      status: 'InProgress',
      requestedBy: OPERATOR,
    });
    expect((await untilDone(client, stop.output.operation.id)).status).toBe(
      'Succeeded',
    );
    expect(
      emulator.admin.getResource(paymentsId).properties.powerState.code,
    ).toBe('Stopped');

    const start = await call(client, 'aks.start-cluster', {
      clusterId: paymentsId,
    });
    expect((await untilDone(client, start.output.operation.id)).status).toBe(
      'Succeeded',
    );
    expect(
      emulator.admin.getResource(paymentsId).properties.powerState.code,
    ).toBe('Running');
    expect(auditor.createEvent).toHaveBeenCalledWith(
      expect.objectContaining({
        eventId: 'cluster-operation',
        severityLevel: 'medium',
        meta: expect.objectContaining({
          kind: 'stop',
          clusterId: paymentsId,
          requestedBy: OPERATOR,
          via: 'action',
        }),
      }),
    );
    await client.close();
  }, 30_000);

  it('hides the actions that change clusters from a user without aks.actions.operate', async () => {
    const client = await connect(READER);
    const { tools } = await client.listTools();
    expect(
      tools
        .map(t => t.name)
        .filter(n => n.startsWith('aks.'))
        .sort(),
    ).toEqual([
      'aks.get-cluster',
      'aks.get-cluster-maintenance',
      'aks.get-cluster-upgrades',
      'aks.get-operation',
      'aks.get-upgrade-readiness',
      'aks.list-clusters',
    ]);
    emulator.admin.clearRequests();
    const hidden = await call(client, 'aks.stop-cluster', {
      clusterId: paymentsId,
    });
    expect(hidden.isError).toBe(true);
    expect(
      emulator.admin.requests().filter(r => !r.operation?.startsWith('Entra_')),
    ).toEqual([]);
    await client.close();
  }, 30_000);

  it('refuses a user without aks.cluster.operate, and bad input, before any Azure call', async () => {
    const client = await connect(ONLOOKER);
    emulator.admin.clearRequests();
    const refused = await call(client, 'aks.stop-cluster', {
      clusterId: paymentsId,
    });
    expect(refused).toMatchObject({
      isError: true,
      text: 'NotAllowedError: Not allowed: aks.cluster.operate',
    });

    const operator = await connect(OPERATOR);
    const bad = await call(operator, 'aks.stop-cluster', {
      clusterId:
        '/subscriptions/nope/resourceGroups/rg/providers/Microsoft.ContainerService/managedClusters/x',
    });
    expect(bad.isError).toBe(true);
    expect(bad.text).toMatch(
      /^InputError: Invalid clusterId: Invalid subscriptionId 'nope'/,
    );
    const scale = await call(operator, 'aks.scale-node-pool', {
      clusterId: paymentsId,
      nodePool: 'apps',
      minCount: 5,
      maxCount: 2,
    });
    expect(scale.text).toBe(
      'InputError: minCount must not be greater than maxCount',
    );
    expect(
      emulator.admin.requests().filter(r => !r.operation?.startsWith('Entra_')),
    ).toEqual([]);
    await Promise.all([client.close(), operator.close()]);
  }, 30_000);
});
