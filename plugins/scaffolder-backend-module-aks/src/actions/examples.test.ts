import { ArmEmulator, startArmEmulator } from '@aks-backstage/arm-emulator';
import { AzureClients } from '@aks-backstage/plugin-aks-node';
import { PermissionsService } from '@backstage/backend-plugin-api';
import { mockServices } from '@backstage/backend-test-utils';
import { TemplateExample } from '@backstage/plugin-scaffolder-node';
import yaml from 'yaml';
import {
  actionContext,
  emulatorClients,
  subnetId,
} from '../__testUtils__/emulatorClients';
import { createAciCreateAction } from './aciCreate';
import { examples as aciCreateExamples } from './aciCreate.examples';
import { createAcrAttachAction } from './acrAttach';
import { examples as acrAttachExamples } from './acrAttach.examples';
import { createAcrCreateAction } from './acrCreate';
import { examples as acrCreateExamples } from './acrCreate.examples';
import { createAksClusterCreateAction } from './aksCreate';
import { examples as aksCreateExamples } from './aksCreate.examples';
import { createAksNodePoolCreateAction } from './aksNodePoolCreate';
import { examples as aksNodePoolCreateExamples } from './aksNodePoolCreate.examples';
import { createAksVirtualNodesEnableAction } from './aksVirtualNodesEnable';
import { examples as aksVirtualNodesEnableExamples } from './aksVirtualNodesEnable.examples';
import { createFluxConfigureAction } from './fluxConfigure';
import { examples as fluxConfigureExamples } from './fluxConfigure.examples';
import { createWorkloadIdentityCreateAction } from './workloadIdentityCreate';
import { examples as workloadIdentityCreateExamples } from './workloadIdentityCreate.examples';

type Input = Record<string, any>;

type Outputs = Record<string, any>;

/** One action's examples, and what each leaves in Azure. */
interface ExamplesOf {
  id: string;
  createAction(options: {
    clients: AzureClients;
    permissions: PermissionsService;
  }): {
    handler(ctx: ReturnType<typeof actionContext>): Promise<void>;
  };
  examples: TemplateExample[];
  /** What earlier steps of the template output, for `${{ steps.<id>.output.<name> }}`. */
  earlierSteps?: Record<string, Record<string, string>>;
  /** Makes what the example expects to exist. */
  arrange?(clients: AzureClients, input: Input): Promise<void>;
  expectDone(emulator: ArmEmulator, input: Input, outputs: Outputs): void;
}

const PROD = '6f1a2b3c-0000-4000-8000-000000000001';

function expectCluster(emulator: ArmEmulator, input: Input, outputs: Outputs) {
  expect(outputs.clusterId).toMatch(new RegExp(`/${input.name}$`));
  expect(emulator.admin.getResource(outputs.clusterId)).toMatchObject({
    location: input.location,
    properties: { provisioningState: 'Succeeded' },
  });
}

function expectNodePool(emulator: ArmEmulator, input: Input) {
  expect(
    emulator.admin.getResource(`${input.clusterId}/agentPools/${input.name}`),
  ).toMatchObject({
    properties: {
      provisioningState: 'Succeeded',
      vmSize: input.vmSize,
      nodeLabels: expect.objectContaining(input.labels),
    },
  });
}

function expectRegistry(emulator: ArmEmulator, input: Input) {
  expect(
    emulator.admin.getResource(
      `/subscriptions/${input.subscriptionId}/resourceGroups/${input.resourceGroup}/providers/Microsoft.ContainerRegistry/registries/${input.name}`,
    ),
  ).toMatchObject({
    sku: { name: input.sku ?? 'Standard' },
    properties: { provisioningState: 'Succeeded' },
  });
}

function expectAcrPull(emulator: ArmEmulator, _input: Input, outputs: Outputs) {
  expect(
    emulator.admin.getResource(outputs.roleAssignmentId).properties,
  ).toMatchObject({
    principalId: outputs.principalId,
    roleDefinitionId: expect.stringMatching(
      /\/7f951dda-4ed3-4680-a7ca-43fe172d538d$/,
    ),
  });
}

function expectVirtualNodes(emulator: ArmEmulator, input: Input) {
  expect(
    emulator.admin.getResource(input.clusterId).properties.addonProfiles
      .aciConnectorLinux,
  ).toMatchObject({
    enabled: true,
    config: { SubnetName: input.subnetName },
  });
}

function expectContainerGroup(emulator: ArmEmulator, input: Input) {
  expect(
    emulator.admin.getResource(
      `/subscriptions/${input.subscriptionId}/resourceGroups/${input.resourceGroup}/providers/Microsoft.ContainerInstance/containerGroups/${input.name}`,
    ),
  ).toMatchObject({
    properties: {
      provisioningState: 'Succeeded',
      containers: [{ properties: { image: input.image } }],
    },
  });
}

function expectWorkloadIdentity(
  emulator: ArmEmulator,
  input: Input,
  outputs: Outputs,
) {
  const identity = emulator.admin.getResource(outputs.identityId);
  expect(identity.tags['aks-cluster-id']).toMatch(
    new RegExp(`/managedclusters/${input.clusterName}$`),
  );
  expect(
    emulator.admin.getResource(
      `${outputs.identityId}/federatedIdentityCredentials/${input.serviceAccountName}`,
    ).properties,
  ).toMatchObject({
    issuer: outputs.issuerUrl,
    subject: `system:serviceaccount:${input.namespace}:${input.serviceAccountName}`,
  });
  expect(
    emulator.admin.getResource(outputs.roleAssignmentId).properties,
  ).toMatchObject({
    principalId: identity.properties.principalId,
    scope: input.roleScope,
  });
}

function expectFluxConfiguration(
  emulator: ArmEmulator,
  input: Input,
  outputs: Outputs,
) {
  expect(
    emulator.admin.getResource(outputs.configurationId).properties,
  ).toMatchObject({
    provisioningState: 'Succeeded',
    gitRepository: {
      url: input.repoUrl,
      repositoryRef: { branch: input.branch ?? 'main' },
    },
  });
}

/** The cluster the virtual nodes example names, as azure:aks:create makes it. */
async function createNodeSubnetCluster(clients: AzureClients, input: Input) {
  const [, , subscriptionId, , resourceGroup, , , , name] =
    input.clusterId.split('/');
  await createAksClusterCreateAction({ clients }).handler(
    actionContext({
      subscriptionId,
      resourceGroup,
      name,
      location: 'westeurope',
      networkPluginMode: 'nodeSubnet',
      subnetId: subnetId(subscriptionId),
    }),
  );
}

const actions: ExamplesOf[] = [
  {
    id: 'azure:aks:create',
    createAction: createAksClusterCreateAction,
    examples: aksCreateExamples,
    expectDone: expectCluster,
  },
  {
    id: 'azure:aks:nodepool:create',
    createAction: createAksNodePoolCreateAction,
    examples: aksNodePoolCreateExamples,
    expectDone: expectNodePool,
  },
  {
    id: 'azure:acr:create',
    createAction: createAcrCreateAction,
    examples: acrCreateExamples,
    expectDone: expectRegistry,
  },
  {
    id: 'azure:acr:attach',
    createAction: createAcrAttachAction,
    examples: acrAttachExamples,
    earlierSteps: {
      cluster: {
        clusterId: `/subscriptions/${PROD}/resourceGroups/rg-payments-prod/providers/Microsoft.ContainerService/managedClusters/aks-checkout-prod`,
      },
      registry: {
        registryId: `/subscriptions/${PROD}/resourceGroups/rg-platform-prod/providers/Microsoft.ContainerRegistry/registries/acrcontosoprod`,
      },
    },
    expectDone: expectAcrPull,
  },
  {
    id: 'azure:aks:virtual-nodes:enable',
    createAction: createAksVirtualNodesEnableAction,
    examples: aksVirtualNodesEnableExamples,
    arrange: createNodeSubnetCluster,
    expectDone: expectVirtualNodes,
  },
  {
    id: 'azure:aci:create',
    createAction: createAciCreateAction,
    examples: aciCreateExamples,
    expectDone: expectContainerGroup,
  },
  {
    id: 'azure:aks:workload-identity:create',
    createAction: createWorkloadIdentityCreateAction,
    examples: workloadIdentityCreateExamples,
    expectDone: expectWorkloadIdentity,
  },
  {
    id: 'azure:aks:flux:configure',
    createAction: createFluxConfigureAction,
    examples: fluxConfigureExamples,
    expectDone: expectFluxConfiguration,
  },
];

/** The input as the scaffolder hands it over, earlier steps' outputs filled in. */
function rendered(input: Input, earlierSteps: ExamplesOf['earlierSteps']) {
  return Object.fromEntries(
    Object.entries(input).map(([field, value]) => [
      field,
      typeof value === 'string'
        ? value.replace(
            /^\$\{\{ steps\.(\w+)\.output\.(\w+) \}\}$/,
            (_, step: string, output: string) => earlierSteps![step][output],
          )
        : value,
    ]),
  );
}

describe.each(actions.map(a => [a.id, a] as const))(
  '%s examples',
  (id, action) => {
    let emulator: ArmEmulator;

    beforeAll(async () => {
      emulator = await startArmEmulator({ lroDurationMs: 50 });
    });
    afterAll(() => emulator.stop());

    it.each(action.examples.map(e => [e.description, e.example]))(
      '%s',
      async (_description, example) => {
        const clients = emulatorClients(emulator);
        const [step] = yaml.parse(example).steps;
        const input = rendered(step.input, action.earlierSteps);
        await action.arrange?.(clients, input);
        const ctx = actionContext(input);

        await action
          .createAction({ clients, permissions: mockServices.permissions() })
          .handler(ctx);

        expect(step.action).toBe(id);
        action.expectDone(
          emulator,
          input,
          Object.fromEntries(ctx.output.mock.calls),
        );
      },
    );
  },
);
