import { ArmEmulator, startArmEmulator } from '@aks-backstage/arm-emulator';
import yaml from 'yaml';
import {
  actionContext,
  emulatorClients,
} from '../__testUtils__/emulatorClients';
import { createAcrAttachAction } from './acrAttach';
import { examples } from './acrAttach.examples';

describe('azure:acr:attach examples', () => {
  let emulator: ArmEmulator;
  // What the earlier steps of the first example output.
  const steps = {
    cluster: {
      clusterId:
        '/subscriptions/6f1a2b3c-0000-4000-8000-000000000001/resourceGroups/rg-payments-prod/providers/Microsoft.ContainerService/managedClusters/aks-checkout-prod',
    },
    registry: {
      registryId:
        '/subscriptions/6f1a2b3c-0000-4000-8000-000000000001/resourceGroups/rg-platform-prod/providers/Microsoft.ContainerRegistry/registries/acrcontosoprod',
    },
  };
  const render = (value: string) =>
    value.replace(
      /^\$\{\{ steps\.(\w+)\.output\.(\w+) \}\}$/,
      (_, step: keyof typeof steps, output: string) =>
        (steps[step] as Record<string, string>)[output],
    );

  beforeAll(async () => {
    emulator = await startArmEmulator();
  });
  afterAll(() => emulator.stop());

  it.each(examples.map(e => [e.description, e.example]))(
    '%s',
    async (_description, example) => {
      const action = createAcrAttachAction({
        clients: emulatorClients(emulator),
      });
      const { input } = yaml.parse(example).steps[0];
      const ctx = actionContext({
        clusterId: render(input.clusterId),
        registryId: render(input.registryId),
      });

      await action.handler(ctx);

      const outputs = Object.fromEntries(ctx.output.mock.calls);
      expect(
        emulator.admin.getResource(outputs.roleAssignmentId).properties,
      ).toMatchObject({
        principalId: outputs.principalId,
        roleDefinitionId: expect.stringMatching(
          /\/7f951dda-4ed3-4680-a7ca-43fe172d538d$/,
        ),
      });
    },
  );
});
