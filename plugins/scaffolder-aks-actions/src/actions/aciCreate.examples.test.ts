import { ArmEmulator, startArmEmulator } from '@aks-backstage/arm-emulator';
import yaml from 'yaml';
import {
  actionContext,
  emulatorClients,
} from '../__testUtils__/emulatorClients';
import { createAciCreateAction } from './aciCreate';
import { examples } from './aciCreate.examples';

describe('azure:aci:create examples', () => {
  let emulator: ArmEmulator;

  beforeAll(async () => {
    emulator = await startArmEmulator({ lroDurationMs: 50 });
  });
  afterAll(() => emulator.stop());

  it.each(examples.map(e => [e.description, e.example]))(
    '%s',
    async (_description, example) => {
      const action = createAciCreateAction({
        clients: emulatorClients(emulator),
      });
      const { input } = yaml.parse(example).steps[0];

      await action.handler(actionContext(input));

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
    },
  );
});
