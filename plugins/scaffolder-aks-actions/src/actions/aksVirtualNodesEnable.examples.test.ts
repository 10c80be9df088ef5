import { ArmEmulator, startArmEmulator } from '@aks-backstage/arm-emulator';
import yaml from 'yaml';
import {
  actionContext,
  emulatorClients,
  subnetId,
} from '../__testUtils__/emulatorClients';
import { createAksClusterCreateAction } from './aksCreate';
import { createAksVirtualNodesEnableAction } from './aksVirtualNodesEnable';
import { examples } from './aksVirtualNodesEnable.examples';

describe('azure:aks:virtual-nodes:enable examples', () => {
  let emulator: ArmEmulator;

  beforeAll(async () => {
    emulator = await startArmEmulator({ lroDurationMs: 50 });
  });
  afterAll(() => emulator.stop());

  it.each(examples.map(e => [e.description, e.example]))(
    '%s',
    async (_description, example) => {
      const clients = emulatorClients(emulator);
      const { input } = yaml.parse(example).steps[0];
      const [, , subscriptionId, , resourceGroup, , , , name] =
        input.clusterId.split('/');
      // The cluster the example names, as azure:aks:create makes it.
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

      await createAksVirtualNodesEnableAction({ clients }).handler(
        actionContext(input),
      );

      expect(
        emulator.admin.getResource(input.clusterId).properties.addonProfiles
          .aciConnectorLinux,
      ).toMatchObject({
        enabled: true,
        config: { SubnetName: input.subnetName },
      });
    },
  );
});
