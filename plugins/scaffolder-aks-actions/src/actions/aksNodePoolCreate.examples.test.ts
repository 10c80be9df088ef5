import { ArmEmulator, startArmEmulator } from '@aks-backstage/arm-emulator';
import yaml from 'yaml';
import {
  actionContext,
  emulatorClients,
} from '../__testUtils__/emulatorClients';
import { createAksNodePoolCreateAction } from './aksNodePoolCreate';
import { examples } from './aksNodePoolCreate.examples';

describe('azure:aks:nodepool:create examples', () => {
  let emulator: ArmEmulator;

  beforeAll(async () => {
    emulator = await startArmEmulator({ lroDurationMs: 50 });
  });
  afterAll(() => emulator.stop());

  it.each(examples.map(e => [e.description, e.example]))(
    '%s',
    async (_description, example) => {
      const action = createAksNodePoolCreateAction({
        clients: emulatorClients(emulator),
      });
      const { input } = yaml.parse(example).steps[0];

      await action.handler(actionContext(input));

      expect(
        emulator.admin.getResource(
          `${input.clusterId}/agentPools/${input.name}`,
        ),
      ).toMatchObject({
        properties: {
          provisioningState: 'Succeeded',
          vmSize: input.vmSize,
          nodeLabels: expect.objectContaining(input.labels),
        },
      });
    },
  );
});
