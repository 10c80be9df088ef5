import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { catalogProcessingExtensionPoint } from '@backstage/plugin-catalog-node';
import { azureClientsServiceRef } from '@aks-backstage/plugin-aks-node';
import { AksClusterEntityProvider } from './AksClusterEntityProvider';
import { readProviderConfig } from './config';

/**
 * Adds the AKS clusters of the configured subscriptions to the catalog, on
 * the schedule of `catalog.providers.aks`.
 *
 * @public
 */
export const catalogModuleAksClusters = createBackendModule({
  pluginId: 'catalog',
  moduleId: 'aks-clusters',
  register(reg) {
    reg.registerInit({
      deps: {
        config: coreServices.rootConfig,
        logger: coreServices.logger,
        scheduler: coreServices.scheduler,
        catalog: catalogProcessingExtensionPoint,
        clients: azureClientsServiceRef,
      },
      async init({ config, logger, scheduler, catalog, clients }) {
        const providerConfig = readProviderConfig(config);
        if (!providerConfig) {
          logger.warn(
            'No catalog.providers.aks configuration: AKS clusters are not added to the catalog',
          );
          return;
        }
        const provider = new AksClusterEntityProvider({
          clients,
          config: providerConfig,
          logger,
          taskRunner: scheduler.createScheduledTaskRunner(
            providerConfig.schedule,
          ),
        });
        catalog.addEntityProvider(provider);
      },
    });
  },
});
