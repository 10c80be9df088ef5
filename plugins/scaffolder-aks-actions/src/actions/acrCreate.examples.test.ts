import { ArmEmulator, startArmEmulator } from '@aks-backstage/arm-emulator';
import yaml from 'yaml';
import {
  actionContext,
  emulatorClients,
} from '../__testUtils__/emulatorClients';
import { createAcrCreateAction } from './acrCreate';
import { examples } from './acrCreate.examples';

describe('azure:acr:create examples', () => {
  let emulator: ArmEmulator;

  beforeAll(async () => {
    emulator = await startArmEmulator({ lroDurationMs: 50 });
  });
  afterAll(() => emulator.stop());

  it.each(examples.map(e => [e.description, e.example]))(
    '%s',
    async (_description, example) => {
      const action = createAcrCreateAction({
        clients: emulatorClients(emulator),
      });
      const { input } = yaml.parse(example).steps[0];

      await action.handler(actionContext(input));

      expect(
        emulator.admin.getResource(
          `/subscriptions/${input.subscriptionId}/resourceGroups/${input.resourceGroup}/providers/Microsoft.ContainerRegistry/registries/${input.name}`,
        ),
      ).toMatchObject({
        sku: { name: input.sku ?? 'Standard' },
        properties: { provisioningState: 'Succeeded' },
      });
    },
  );
});
