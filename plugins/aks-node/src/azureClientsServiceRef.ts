import {
  coreServices,
  createServiceFactory,
  createServiceRef,
} from '@backstage/backend-plugin-api';
import { AzureClients } from './AzureClients';

/**
 * The backend's one {@link AzureClients}, built from the `aks` configuration
 * when the backend starts and shared by the AKS plugin and every module: one
 * credential cache, one connection pool, one warmed token.
 *
 * @public
 */
export const azureClientsServiceRef = createServiceRef<AzureClients>({
  id: 'aks.azure-clients',
  scope: 'root',
  defaultFactory: async service =>
    createServiceFactory({
      service,
      deps: {
        config: coreServices.rootConfig,
        lifecycle: coreServices.rootLifecycle,
      },
      factory({ config, lifecycle }) {
        const clients = AzureClients.fromConfig(config);
        lifecycle.addShutdownHook(() => clients.close());
        return clients;
      },
    }),
});
