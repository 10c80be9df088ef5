import { ArmEmulator, startArmEmulator } from '@aks-backstage/arm-emulator';
import yaml from 'yaml';
import {
  actionContext,
  emulatorClients,
} from '../__testUtils__/emulatorClients';
import { createAksClusterCreateAction } from './aksCreate';
import { examples } from './aksCreate.examples';

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
      const { input } = yaml.parse(example).steps[0];
      const ctx = actionContext(input);

      await action.handler(ctx);

      const [, clusterId] = ctx.output.mock.calls.find(
        ([name]: string[]) => name === 'clusterId',
      );
      expect(clusterId).toMatch(new RegExp(`/${input.name}$`));
      expect(emulator.admin.getResource(clusterId)).toMatchObject({
        location: input.location,
        properties: { provisioningState: 'Succeeded' },
      });
    },
  );
});
