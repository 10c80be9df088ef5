import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import scaffolderEntityModel from '@backstage/plugin-catalog-backend-module-scaffolder-entity-model';
import scaffolderPlugin from '@backstage/plugin-scaffolder-backend';
import scaffolderAksModule from '@aks-backstage/plugin-scaffolder-backend-module-aks';
import { ArmEmulator, startArmEmulator } from '@aks-backstage/arm-emulator';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import request from 'supertest';

const templates = resolve(__dirname, '../../../examples/templates');
const PROD = '6f1a2b3c-0000-4000-8000-000000000001';
const DEV = '6f1a2b3c-0000-4000-8000-000000000002';
const GROUP = `/subscriptions/${PROD}/resourceGroups/rg-platform-prod`;
const SUBNET = `/subscriptions/${PROD}/resourceGroups/rg-network/providers/Microsoft.Network/virtualNetworks/vnet-platform/subnets/snet-aks`;
const COMPONENT = 'component:default/shop-api';
const componentFile = join(
  mkdtempSync(join(tmpdir(), 'aks-templates-')),
  'c.yaml',
);
writeFileSync(
  componentFile,
  `apiVersion: backstage.io/v1alpha1
kind: Component
metadata:
  name: shop-api
  annotations:
    backstage.io/kubernetes-namespace: shop
    backstage.io/source-location: url:https://github.com/contoso/shop-api/tree/main/
spec: { type: service, lifecycle: production, owner: group:default/team-shop }
`,
);
const clusterId = (name: string, group = GROUP) =>
  `${group}/providers/Microsoft.ContainerService/managedClusters/${name}`;

/**
 * The shipped software templates, run by the real scaffolder from the
 * catalog, with the AKS actions against the emulator. Picker values are the
 * plain strings the pickers produce.
 */
describe('the AKS software templates', () => {
  let emulator: ArmEmulator;
  let server: Awaited<ReturnType<typeof startTestBackend>>['server'];
  const auth = { Authorization: mockCredentials.user.header() };

  beforeAll(async () => {
    emulator = await startArmEmulator({ lroDurationMs: 50 });
    const credential = {
      type: 'clientSecret',
      clientId: emulator.clientId,
      clientSecret: emulator.clientSecret,
    };
    ({ server } = await startTestBackend({
      features: [
        catalogPlugin,
        scaffolderEntityModel,
        scaffolderPlugin,
        scaffolderAksModule,
        mockServices.rootConfig.factory({
          data: {
            catalog: {
              rules: [{ allow: ['Template', 'Component'] }],
              locations: [
                ...[
                  'aks-cluster',
                  'acr',
                  'aks-virtual-nodes',
                  'aks-spot-node-pool',
                  'azure-access',
                  'aks-gitops',
                ].map(name => ({
                  type: 'file',
                  target: `${templates}/${name}.yaml`,
                })),
                { type: 'file', target: componentFile },
              ],
            },
            aks: {
              armEndpoint: emulator.url,
              authorityHost: emulator.authorityHost,
              caCert: emulator.caCertPem,
              pollIntervalMs: 20,
              subscriptions: emulator.subscriptionIds.map(subscriptionId => ({
                subscriptionId,
                tenantId: emulator.tenantId,
                credential,
              })),
            },
          },
        }),
      ],
    }));
  }, 60_000);

  afterAll(() => emulator.stop());

  /** Runs a template as the Create page does, and returns its output. */
  async function run(template: string, values: Record<string, unknown>) {
    const ref = `template:default/${template}`;
    for (;;) {
      const found = await request(server)
        .get(`/api/catalog/entities/by-name/template/default/${template}`)
        .set(auth);
      if (found.status === 200) break;
      await new Promise(r => setTimeout(r, 100));
    }
    const created = await request(server)
      .post('/api/scaffolder/v2/tasks')
      .set(auth)
      .send({ templateRef: ref, values });
    expect(created.status).toBe(201);
    for (;;) {
      const task = await request(server)
        .get(`/api/scaffolder/v2/tasks/${created.body.id}`)
        .set(auth);
      if (['completed', 'failed'].includes(task.body.status)) break;
      await new Promise(r => setTimeout(r, 50));
    }
    const events = await request(server)
      .get(`/api/scaffolder/v2/tasks/${created.body.id}/events`)
      .set(auth);
    const completion = events.body.find((e: any) => e.type === 'completion');
    if (completion.body.error) {
      const log = events.body.map((e: any) => e.body.message).join('\n');
      throw new Error(`${template} failed: ${log}`);
    }
    return completion.body.output as {
      links: { title: string; url?: string; entityRef?: string }[];
      text: { title: string; content?: string }[];
    };
  }

  it('creates a cluster with a registry it pulls from and virtual nodes', async () => {
    const output = await run('aks-cluster', {
      subscriptionId: PROD,
      resourceGroup: 'rg-team-checkout',
      createResourceGroup: true,
      name: 'aks-checkout-dev',
      location: 'westeurope',
      kubernetesVersion: '1.35',
      tier: 'Standard',
      nodeVmSize: 'Standard_D4ds_v5',
      enableAutoScaling: false,
      nodeCount: 2,
      virtualNodes: true,
      networkPolicy: 'azure',
      subnetId: SUBNET,
      aciSubnetName: 'snet-virtual-nodes',
      createRegistry: true,
      registryName: 'acrcheckoutdev',
    });

    const group = `/subscriptions/${PROD}/resourceGroups/rg-team-checkout`;
    const id = clusterId('aks-checkout-dev', group);
    const cluster = emulator.admin.getResource(id);
    expect(cluster.properties).toMatchObject({
      provisioningState: 'Succeeded',
      currentKubernetesVersion: '1.35.2',
      networkProfile: { networkPlugin: 'azure', networkPolicy: 'azure' },
      addonProfiles: {
        aciConnectorLinux: {
          enabled: true,
          config: { SubnetName: 'snet-virtual-nodes' },
        },
      },
    });
    expect(cluster.properties.networkProfile.networkPluginMode).toBeUndefined();
    const registry = `${group}/providers/Microsoft.ContainerRegistry/registries/acrcheckoutdev`;
    expect(emulator.admin.getResource(registry).properties).toMatchObject({
      provisioningState: 'Succeeded',
      adminUserEnabled: false,
    });
    const kubelet = cluster.properties.identityProfile.kubeletidentity.objectId;
    const pulls = emulator.admin
      .listResources('Microsoft.Authorization/roleAssignments')
      .map(r => (r.body as any).properties)
      .filter(p => p.principalId === kubelet);
    expect(pulls).toEqual([
      expect.objectContaining({
        scope: registry,
        roleDefinitionId: expect.stringMatching(
          /\/7f951dda-4ed3-4680-a7ca-43fe172d538d$/,
        ),
      }),
    ]);

    expect(output.links).toEqual([
      {
        title: 'The cluster in the Azure portal',
        url: `https://portal.azure.com/#resource${id}/overview`,
      },
      {
        title: 'The registry in the Azure portal',
        url: `https://portal.azure.com/#resource${registry}/overview`,
      },
    ]);
    expect(output.text[0].content).toContain(`azure.com/aks-cluster-id: ${id}`);
    expect(output.text[1].content).toBe('acrcheckoutdev.azurecr.io');
  }, 30_000);

  it('creates an autoscaling cluster from the defaults, and enables virtual nodes on it later', async () => {
    const output = await run('aks-cluster', {
      subscriptionId: PROD,
      resourceGroup: 'rg-platform-prod',
      name: 'aks-burst',
      location: 'westeurope',
      nodeVmSize: 'Standard_D8ds_v5',
      enableAutoScaling: true,
      // What the form keeps of the other choice is left out.
      nodeCount: 3,
      minCount: 4,
      maxCount: 6,
      virtualNodes: false,
      networkPluginMode: 'nodeSubnet',
      subnetId: SUBNET,
      createRegistry: false,
    });
    const cluster = emulator.admin.getResource(clusterId('aks-burst'));
    expect(cluster).toMatchObject({
      sku: { tier: 'Standard' },
      properties: {
        provisioningState: 'Succeeded',
        autoUpgradeProfile: { upgradeChannel: 'patch' },
      },
    });
    expect(cluster.properties.agentPoolProfiles[0]).toMatchObject({
      enableAutoScaling: true,
      minCount: 4,
      maxCount: 6,
      count: 4,
    });
    expect(output.links.filter(link => link.url)).toHaveLength(1);
    expect(output.text.filter(text => text.content)).toHaveLength(1);

    const enabled = await run('aks-virtual-nodes', {
      clusterId: clusterId('aks-burst'),
      subnetName: 'snet-aci',
    });
    expect(
      emulator.admin.getResource(clusterId('aks-burst')).properties
        .addonProfiles.aciConnectorLinux,
    ).toMatchObject({ enabled: true, config: { SubnetName: 'snet-aci' } });
    expect(enabled.links[0].url).toBe(
      `https://portal.azure.com/#resource${clusterId('aks-burst')}/overview`,
    );
  }, 30_000);

  it('creates a registry that an existing cluster pulls from', async () => {
    const cluster = clusterId('aks-platform-lts');
    const output = await run('acr', {
      subscriptionId: PROD,
      resourceGroup: 'rg-platform-prod',
      name: 'acrplatformshared',
      location: 'westeurope',
      sku: 'Premium',
      clusterId: cluster,
    });
    const registry = `${GROUP}/providers/Microsoft.ContainerRegistry/registries/acrplatformshared`;
    expect(emulator.admin.getResource(registry).sku).toMatchObject({
      name: 'Premium',
    });
    const kubelet =
      emulator.admin.getResource(cluster).properties.identityProfile
        .kubeletidentity.objectId;
    expect(
      emulator.admin
        .listResources('Microsoft.Authorization/roleAssignments')
        .map(r => (r.body as any).properties)
        .filter(p => p.principalId === kubelet && p.scope === registry),
    ).toHaveLength(1);
    expect(output.links.map(link => link.url)).toEqual([
      `https://portal.azure.com/#resource${registry}/overview`,
      `https://portal.azure.com/#resource${cluster}/overview`,
    ]);
  }, 30_000);

  it('adds a spot node pool', async () => {
    const cluster = `/subscriptions/${DEV}/resourceGroups/rg-dev/providers/Microsoft.ContainerService/managedClusters/aks-dev-free`;
    const output = await run('aks-spot-node-pool', {
      clusterId: cluster,
      name: 'spot',
      vmSize: 'Standard_D4ds_v5',
      minCount: 0,
      maxCount: 5,
      evictionPolicy: 'Delete',
      spotMaxPrice: -1,
    });
    expect(
      emulator.admin.getResource(`${cluster}/agentPools/spot`).properties,
    ).toMatchObject({
      provisioningState: 'Succeeded',
      scaleSetPriority: 'Spot',
      enableAutoScaling: true,
      minCount: 0,
      maxCount: 5,
      nodeTaints: ['kubernetes.azure.com/scalesetpriority=spot:NoSchedule'],
    });
    expect(output.links[0].url).toBe(
      `https://portal.azure.com/#resource${cluster}/nodePools`,
    );
    expect(output.text[1].content).toContain(
      `azure.com/aks-cluster-id: ${cluster}`,
    );
  }, 30_000);

  /** Waits until the catalog has read the component the templates pick. */
  async function componentInCatalog() {
    for (;;) {
      const found = await request(server)
        .get('/api/catalog/entities/by-name/component/default/shop-api')
        .set(auth);
      if (found.status === 200) return;
      await new Promise(r => setTimeout(r, 100));
    }
  }

  it("gives a component's service account an Azure identity with a role, and turns workload identity on where asked", async () => {
    await componentInCatalog();
    const registry = `${GROUP}/providers/Microsoft.ContainerRegistry/registries/acrcontosoprod`;
    const payments = clusterId(
      'aks-payments-prod',
      `/subscriptions/${PROD}/resourceGroups/rg-payments-prod`,
    );
    const output = await run('azure-access', {
      component: COMPONENT,
      clusterId: payments,
      roleDefinition: 'AcrPull',
      roleScope: registry,
      enableWorkloadIdentity: false,
    });

    const identityId = `/subscriptions/${PROD}/resourceGroups/rg-payments-prod/providers/Microsoft.ManagedIdentity/userAssignedIdentities/id-shop-api-aks-payments-prod`;
    const identity = emulator.admin.getResource(identityId);
    expect(identity.tags['aks-cluster-id']).toBe(payments.toLowerCase());
    expect(
      emulator.admin.getResource(
        `${identityId}/federatedIdentityCredentials/shop-api`,
      ).properties.subject,
    ).toBe('system:serviceaccount:shop:shop-api');
    expect(
      emulator.admin
        .listResources('Microsoft.Authorization/roleAssignments')
        .map(r => (r.body as any).properties)
        .filter(p => p.principalId === identity.properties.principalId),
    ).toEqual([expect.objectContaining({ scope: registry })]);
    expect(output.links[0]).toEqual({
      title: 'The component',
      entityRef: COMPONENT,
    });
    expect(output.text[0].content).toBe(identity.properties.clientId);
    expect(output.text[1].content).toContain(
      [
        'kind: ServiceAccount',
        'metadata:',
        '  name: shop-api',
        '  namespace: shop',
        '  annotations:',
        `    azure.workload.identity/client-id: ${identity.properties.clientId}`,
      ].join('\n'),
    );

    const dev = `/subscriptions/${DEV}/resourceGroups/rg-dev/providers/Microsoft.ContainerService/managedClusters/aks-dev-free`;
    await expect(
      run('azure-access', { component: COMPONENT, clusterId: dev }),
    ).rejects.toThrow(/enableWorkloadIdentity: .* has the OIDC issuer off/);
    await run('azure-access', {
      component: COMPONENT,
      clusterId: dev,
      namespace: 'shop-dev',
      enableWorkloadIdentity: true,
    });
    expect(
      emulator.admin.getResource(dev).properties.oidcIssuerProfile,
    ).toMatchObject({ enabled: true, issuerURL: expect.any(String) });
  }, 30_000);

  it("points Flux at a component's source location", async () => {
    await componentInCatalog();
    const cluster = clusterId('aks-platform-lts');
    const output = await run('aks-gitops', {
      component: COMPONENT,
      clusterId: cluster,
      branch: 'main',
      path: './deploy',
      prune: true,
    });

    const configuration = `${cluster}/providers/Microsoft.KubernetesConfiguration/fluxConfigurations/shop-api`;
    expect(emulator.admin.getResource(configuration).properties).toMatchObject({
      provisioningState: 'Succeeded',
      gitRepository: {
        url: 'https://github.com/contoso/shop-api',
        repositoryRef: { branch: 'main' },
      },
      kustomizations: { apps: { path: './deploy', prune: true } },
    });
    expect(output.links[1].url).toBe(
      `https://portal.azure.com/#resource${configuration}/overview`,
    );
    expect(output.text[0].content).toMatch(
      /^Flux reports (Pending|Compliant);/,
    );
  }, 30_000);
});
