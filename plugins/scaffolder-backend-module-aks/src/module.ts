import {
  coreServices,
  createBackendModule,
  PermissionsService,
} from '@backstage/backend-plugin-api';
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
  createFluxConfigureAction,
  createWorkloadIdentityCreateAction,
} from './actions';

/** Every action of this module. */
export function createAksActions(options: {
  clients: AzureClients;
  permissions: PermissionsService;
}) {
  const { clients } = options;
  return [
    createAksClusterCreateAction({ clients }),
    createAksNodePoolCreateAction({ clients }),
    createAcrCreateAction({ clients }),
    createAcrAttachAction({ clients }),
    createAksVirtualNodesEnableAction({ clients }),
    createAciCreateAction({ clients }),
    createWorkloadIdentityCreateAction(options),
    createFluxConfigureAction(options),
  ];
}

/**
 * Adds the `azure:aks:*`, `azure:acr:*` and `azure:aci:*` actions to the
 * scaffolder, with the backend's shared Azure clients; the actions that
 * grant access or configure GitOps check the task initiator's permissions.
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
        permissions: coreServices.permissions,
        scaffolder: scaffolderActionsExtensionPoint,
      },
      async init({ clients, permissions, scaffolder }) {
        scaffolder.addActions(...createAksActions({ clients, permissions }));
      },
    });
  },
});
