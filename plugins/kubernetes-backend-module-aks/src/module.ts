import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import {
  kubernetesAuthStrategyExtensionPoint,
  kubernetesClusterSupplierExtensionPoint,
} from '@backstage/plugin-kubernetes-node';
import { azureClientsServiceRef } from '@aks-backstage/plugin-aks-node';
import { AksClusterSupplier } from './AksClusterSupplier';
import { aksAuthStrategies } from './authStrategies';
import { readSupplierSchedule } from './config';

/**
 * Adds the AKS clusters of the configured subscriptions to the Kubernetes
 * plugin, beside those of `kubernetes.clusterLocatorMethods`, and lets the
 * `azure` auth provider use the configured Azure credentials.
 *
 * @public
 */
export const kubernetesModuleAksClusters = createBackendModule({
  pluginId: 'kubernetes',
  moduleId: 'aks-clusters',
  register(reg) {
    reg.registerInit({
      deps: {
        config: coreServices.rootConfig,
        logger: coreServices.logger,
        scheduler: coreServices.scheduler,
        clients: azureClientsServiceRef,
        suppliers: kubernetesClusterSupplierExtensionPoint,
        strategies: kubernetesAuthStrategyExtensionPoint,
      },
      async init({
        config,
        logger,
        scheduler,
        clients,
        suppliers,
        strategies,
      }) {
        for (const [key, strategy] of aksAuthStrategies({
          config,
          logger,
          clients,
        })) {
          strategies.addAuthStrategy(key, strategy);
        }
        const schedule = readSupplierSchedule(config);
        suppliers.addClusterSupplier(async ({ getDefault }) => {
          const supplier = new AksClusterSupplier({
            // The default supplier needs locators; without any, only AKS clusters are supplied.
            defaultSupplier: config.has('kubernetes.clusterLocatorMethods')
              ? await getDefault()
              : undefined,
            clients,
            logger,
          });
          await scheduler.scheduleTask({
            id: 'aks-kubernetes-clusters:refresh',
            scope: 'local',
            ...schedule,
            fn: () => supplier.refresh(),
          });
          return supplier;
        });
      },
    });
  },
});
