import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import { ArmEmulator, startArmEmulator } from '@aks-backstage/arm-emulator';
import yaml from 'yaml';
import { createAksClusterCreateAction } from './aksCreate';
import { examples } from './aksCreate.examples';
import { emulatorClients } from '../__testUtils__/emulatorClients';

describe('azure:aks:create examples', () => {
  let emulator: ArmEmulator;

  beforeAll(async () => {
    emulator = await startArmEmulator({ lroDurationMs: 50 });
  });
  afterAll(() => emulator.stop());

  it.each(examples.map(e => [e.description, e.example]))(
    '%s',
    async (_description, example) => {
      const action = createAksClusterCreateAction({
        clients: emulatorClients(emulator),
      });
      const step = yaml.parse(example).steps[0];
      const ctx = createMockActionContext({ input: step.input });
      await action.handler(ctx);
      expect(ctx.output).toHaveBeenCalledWith(
        'clusterId',
        expect.stringContaining(step.input.name),
      );
    },
  );
});
