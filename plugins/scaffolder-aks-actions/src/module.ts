import { createBackendModule } from '@backstage/backend-plugin-api';
import { scaffolderActionsExtensionPoint } from '@backstage/plugin-scaffolder-node';
import { createAksActions } from './actions';

/**
 * Adds the `azure:aks:*` and `azure:acr:*` actions to the scaffolder.
 *
 * @public
 */
export const scaffolderAksActionsModule = createBackendModule({
  pluginId: 'scaffolder',
  moduleId: 'aks',
  register(reg) {
    reg.registerInit({
      deps: { scaffolder: scaffolderActionsExtensionPoint },
      async init({ scaffolder }) {
        scaffolder.addActions(...createAksActions());
      },
    });
  },
});
