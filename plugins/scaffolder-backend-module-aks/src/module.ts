import { createBackendModule } from '@backstage/backend-plugin-api';
import { scaffolderActionsExtensionPoint } from '@backstage/plugin-scaffolder-node';
import {
  AzureClients,
  azureClientsServiceRef,
} from '@aks-backstage/plugin-aks-node';
import {
  createAciCreateAction,
  createAcrAttachAction,
  createAcrCreateAction,
  createAksClusterCreateAction,
  createAksNodePoolCreateAction,
  createAksVirtualNodesEnableAction,
} from './actions';

/** Every action of this module. */
export function createAksActions(clients: AzureClients) {
  return [
    createAksClusterCreateAction({ clients }),
    createAksNodePoolCreateAction({ clients }),
    createAcrCreateAction({ clients }),
    createAcrAttachAction({ clients }),
    createAksVirtualNodesEnableAction({ clients }),
    createAciCreateAction({ clients }),
  ];
}

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
