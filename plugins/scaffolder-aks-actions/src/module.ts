import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { scaffolderActionsExtensionPoint } from '@backstage/plugin-scaffolder-node';
import { AzureClients } from '@aks-backstage/plugin-aks-node';
import { createAksActions } from './actions';

/**
 * Adds the `azure:aks:*` actions to the scaffolder.
 *
 * @public
 */
export const scaffolderAksActionsModule = createBackendModule({
  pluginId: 'scaffolder',
  moduleId: 'aks',
  register(reg) {
    reg.registerInit({
      deps: {
        config: coreServices.rootConfig,
        scaffolder: scaffolderActionsExtensionPoint,
      },
      async init({ config, scaffolder }) {
        scaffolder.addActions(
          ...createAksActions(AzureClients.fromConfig(config)),
        );
      },
    });
  },
});
