import { createBackendModule } from '@backstage/backend-plugin-api';
import { scaffolderActionsExtensionPoint } from '@backstage/plugin-scaffolder-node';
import { azureClientsServiceRef } from '@aks-backstage/plugin-aks-node';
import { createAksActions } from './actions';

/**
 * Adds the `azure:aks:*`, `azure:acr:*` and `azure:aci:*` actions to the
 * scaffolder, with the backend's shared Azure clients.
 *
 * @public
 */
export const scaffolderAksActionsModule = createBackendModule({
  pluginId: 'scaffolder',
  moduleId: 'aks',
  register(reg) {
    reg.registerInit({
      deps: {
        clients: azureClientsServiceRef,
        scaffolder: scaffolderActionsExtensionPoint,
      },
      async init({ clients, scaffolder }) {
        scaffolder.addActions(...createAksActions(clients));
      },
    });
  },
});
