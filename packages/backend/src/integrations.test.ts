import { ArmEmulator, startArmEmulator } from '@aks-backstage/arm-emulator';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import {
  eventually,
  guestToken,
  startDemoBackend,
} from './__testUtils__/demoBackend';

const PAYMENTS =
  '/subscriptions/6f1a2b3c-0000-4000-8000-000000000001/resourceGroups/rg-payments-prod/providers/Microsoft.ContainerService/managedClusters/aks-payments-prod';

/**
 * The demo backend's AKS integrations, as a signed-in guest: the discovered
 * cluster entities, a component's pods through the Kubernetes plugin, and
 * the AKS actions over MCP.
 */
describe('the demo backend with the AKS modules', () => {
  let emulator: ArmEmulator;
  let server: Awaited<ReturnType<typeof startDemoBackend>>;
  let auth: { Authorization: string };

  beforeAll(async () => {
    emulator = await startArmEmulator();
    server = await startDemoBackend(emulator);
    auth = { Authorization: `Bearer ${await guestToken(server)}` };
  }, 60_000);
  afterAll(() => emulator.stop());

  it('has every emulator cluster as a Resource, owned as its tags say, the components depending on them', async () => {
    const emulated = emulator.admin
      .listResources('Microsoft.ContainerService/managedClusters')
      .map(r => r.id.split('/').pop())
      .sort();
    const entities = await eventually(
      async () =>
        (
          await request(server)
            .get(
              '/api/catalog/entities/by-query?filter=kind=resource,spec.type=kubernetes-cluster&limit=100',
            )
            .set(auth)
        ).body.items ?? [],
      (items: any[]) => items.length === emulated.length,
    );
    expect(entities.map((e: any) => e.metadata.name).sort()).toEqual(emulated);
    const payments = entities.find(
      (e: any) => e.metadata.name === 'aks-payments-prod',
    );
    expect(payments.spec).toMatchObject({
      owner: 'group:default/team-payments',
      system: 'system:default/payments',
    });
    expect(payments.metadata.annotations['azure.com/aks-cluster-id']).toBe(
      PAYMENTS,
    );

    const component = await eventually(
      async () =>
        (
          await request(server)
            .get('/api/catalog/entities/by-name/component/default/payments-api')
            .set(auth)
        ).body,
      (entity: any) =>
        entity?.relations?.some(
          (r: any) => r.targetRef === 'resource:default/aks-payments-prod',
        ),
    );
    expect(component.relations).toContainEqual({
      type: 'dependsOn',
      targetRef: 'resource:default/aks-payments-prod',
    });
  }, 30_000);

  it("shows a component's pods from the emulated clusters on the Kubernetes plugin", async () => {
    const response = await request(server)
      .post('/api/kubernetes/resources/workloads/query')
      .set(auth)
      .send({ entityRef: 'component:default/payments-api', auth: {} });
    expect(response.status).toBe(200);
    const pods = Object.fromEntries(
      response.body.items.map((item: any) => [
        item.cluster.name,
        item.resources.find((r: any) => r.type === 'pods').resources.length,
      ]),
    );
    expect(pods).toEqual({ 'aks-payments-prod': 3, 'aks-dev-free': 1 });
  }, 60_000);

  it('serves the AKS actions to an MCP client: tools, health, stop and start', async () => {
    const port = (server.address() as AddressInfo).port;
    const client = new Client({ name: 'demo-test', version: '1.0.0' });
    await client.connect(
      new StreamableHTTPClientTransport(
        new URL(`http://localhost:${port}/api/mcp-actions/v1`),
        { requestInit: { headers: auth } },
      ),
    );
    const { tools } = await client.listTools();
    expect(tools.map(t => t.name)).toEqual(
      expect.arrayContaining([
        'aks.list-clusters',
        'aks.get-cluster',
        'aks.stop-cluster',
        'aks.start-cluster',
        'kubernetes.get-kubernetes-resources-for-entity',
      ]),
    );
    const call = async (name: string, args: object) =>
      (await client.callTool({ name, arguments: args as any }))
        .structuredContent as any;

    const { cluster } = await call('aks.get-cluster', { clusterId: PAYMENTS });
    expect(cluster.health.status).toEqual(expect.any(String));

    for (const [tool, power] of [
      ['aks.stop-cluster', 'Stopped'],
      ['aks.start-cluster', 'Running'],
    ]) {
      const { operation } = await call(tool, { clusterId: PAYMENTS });
      expect(operation.requestedBy).toBe('user:development/guest');
      const ended = await eventually(
        async () =>
          (
            await call('aks.get-operation', { operationId: operation.id })
          ).operation,
        (op: any) => op.status !== 'InProgress',
      );
      expect(ended.status).toBe('Succeeded');
      expect(
        emulator.admin.getResource(PAYMENTS).properties.powerState.code,
      ).toBe(power);
    }
    await client.close();
  }, 30_000);
});
